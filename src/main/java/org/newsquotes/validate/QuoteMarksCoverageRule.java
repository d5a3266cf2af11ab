package org.newsquotes.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.newsquotes.model.Dataset;
import org.newsquotes.model.Document;
import org.newsquotes.model.Quote;
import org.newsquotes.model.QuoteKind;
import org.newsquotes.model.Segment;
import org.newsquotes.model.SegmentKind;
import org.newsquotes.model.SourceText;
import org.newsquotes.schema.Violation;
import org.newsquotes.schema.Severity;
import org.newsquotes.schema.RuleDescriptor;
import org.newsquotes.schema.Messages;

/**
 * Proves that no quotation was left out: every quotation mark in a document's text opens or closes
 * a quote record, unless it lies in a furniture segment (menus, related stories, comment forms).
 *
 * <p>The marks are the straight double quote {@code "} and the curly {@code “ ” ‘ ’}. A mark
 * <em>accounts</em> for itself when a quote record (of any kind but {@code indirect}, which has no
 * marks) starts right after it ({@code char_start} is the mark's offset + 1) or ends right at it
 * ({@code char_end} is the mark's offset). A {@code ’} or {@code ‘} with a letter right before it
 * and a letter right after it is an apostrophe ({@code Russia’s}, {@code don’t}) and needs no record.
 * Every other {@code ’} is taken as a closing mark, so an apostrophe next to a non-letter (a plural
 * possessive such as {@code allies’}, or {@code ’90s}) is reported for a curator to judge. Marks in the
 * text's gaps between segments are checked too: only furniture is excused.
 *
 * <p>Each unaccounted mark is reported at its line and column in the source file, with the quote
 * record that would account for it when the matching mark can be found. The rule runs only when
 * every record loaded: a quote left out for a loading error would leave its marks unaccounted.
 */
public final class QuoteMarksCoverageRule implements Rule {

    /** This rule's descriptor. */
    public static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("coverage.quote-marks", Severity.ERROR,
            "Every quotation mark (\" “ ” ‘ ’) outside furniture segments opens or closes a quote record; a ’ or ‘"
                    + " between two letters is an apostrophe. Checked only when every record loaded.");

    @Override
    public List<RuleDescriptor> descriptors() {
        return List.of(DESCRIPTOR);
    }

    @Override
    public void check(Dataset dataset, Consumer<Violation> violations) {
        for (Document d : dataset.documents()) {
            dataset.sourceOf(d).ifPresent(source -> check(d, source, violations));
        }
    }

    private static void check(Document d, SourceText source, Consumer<Violation> violations) {
        Set<Integer> openedAt = new HashSet<>();
        Set<Integer> closedAt = new HashSet<>();
        for (Quote q : d.quotes()) {
            if (q.kind() != QuoteKind.INDIRECT) {
                openedAt.add(q.charStart() - 1);
                closedAt.add(q.charEnd());
            }
        }
        for (int i = 0; i < source.length(); i++) {
            if (!isQuotationMark(source, i) || openedAt.contains(i) || closedAt.contains(i)) {
                continue;
            }
            Optional<Segment> segment = d.segmentContaining(i, i + 1);
            if (segment.isPresent() && segment.get().kind() == SegmentKind.FURNITURE) {
                continue;
            }
            violations.accept(DESCRIPTOR.violation(source.locationOf(i), d.id(), null,
                    message(d, source, i, segment)));
        }
    }

    /** Whether the code point at {@code i} is a quotation mark, and not an apostrophe. */
    static boolean isQuotationMark(SourceText source, int i) {
        int cp = source.codePointAt(i);
        if (cp == '"' || cp == '“' || cp == '”') {
            return true;
        }
        if (cp != '‘' && cp != '’') {
            return false;
        }
        boolean letterBefore = i > 0 && Character.isLetter(source.codePointAt(i - 1));
        boolean letterAfter = i + 1 < source.length() && Character.isLetter(source.codePointAt(i + 1));
        return !(letterBefore && letterAfter);
    }

    private static boolean opens(SourceText source, int i) {
        int cp = source.codePointAt(i);
        if (cp == '“' || cp == '‘') {
            return true;
        }
        if (cp != '"') {
            return false;
        }
        boolean spaceAfter = i + 1 >= source.length() || TextFieldRules.isWhitespace(source.codePointAt(i + 1));
        boolean spaceBefore = i == 0 || TextFieldRules.isWhitespace(source.codePointAt(i - 1))
                || "([{—–-/".indexOf(source.codePointAt(i - 1)) >= 0;
        return spaceBefore && !spaceAfter;
    }

    private static String message(Document d, SourceText source, int i, Optional<Segment> segment) {
        String mark = new String(Character.toChars(source.codePointAt(i)));
        String where = segment.map(s -> "segment " + s.id() + " of " + d.id()).orElse("no segment of " + d.id());
        String head = "quotation mark " + mark + " at offset " + i + " (" + where + ") opens or closes no quote: no"
                + " quote has char_start " + (i + 1) + " or char_end " + i;
        int from = segment.map(Segment::charStart).orElse(0);
        int to = segment.map(Segment::charEnd).orElse(source.length());
        if (opens(source, i)) {
            for (int j = i + 1; j < to; j++) {
                if (isQuotationMark(source, j) && !opens(source, j)) {
                    return head + "; add a quote with char_start: " + (i + 1) + ", char_end: " + j + " ("
                            + Messages.quoted(source.slice(i + 1, j)) + "), or a scare quote if nobody speaks";
                }
            }
        } else {
            for (int k = i - 1; k >= from; k--) {
                if (isQuotationMark(source, k) && opens(source, k)) {
                    return head + "; add a quote with char_start: " + (k + 1) + ", char_end: " + i + " ("
                            + Messages.quoted(source.slice(k + 1, i)) + "), or a scare quote if nobody speaks";
                }
            }
        }
        return head + "; add the quote it belongs to, or make its segment furniture if it is not part of the article";
    }
}
