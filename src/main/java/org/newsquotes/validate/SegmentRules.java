package org.newsquotes.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.newsquotes.model.Claim;
import org.newsquotes.model.Dataset;
import org.newsquotes.model.Document;
import org.newsquotes.model.Origin;
import org.newsquotes.model.Quote;
import org.newsquotes.model.Segment;
import org.newsquotes.model.SegmentKind;
import org.newsquotes.model.SourceText;
import org.newsquotes.schema.Violation;
import org.newsquotes.schema.Severity;
import org.newsquotes.schema.RuleDescriptor;
import org.newsquotes.schema.Messages;

/**
 * Segments cut a document's text into labelled parts, and every record sits in one of them:
 * <ul>
 * <li>{@code segment.bounds}: a segment is a non-empty span inside the source text.</li>
 * <li>{@code segment.overlap}: no two segments of a document share a character.</li>
 * <li>{@code segment.edge-whitespace}: a segment starts and ends on a printed character, not on white
 * space, so that segments are cut the same way everywhere.</li>
 * <li>{@code span.segment}: every quote's and claim's span lies inside exactly one segment; it is
 * that segment (headline, body, caption…) that the exports name.</li>
 * <li>{@code span.furniture}: no quote or claim lies in a furniture segment (menus, related-story
 * lists, comment forms), which is not part of the article.</li>
 * <li>{@code segment.derived-from.other-outlet}: a segment's {@code derived_from} names another outlet
 * than the document's own: it says whose text a page reposts.</li>
 * </ul>
 */
public final class SegmentRules implements Rule {

    /** A segment outside the text, or empty. */
    public static final RuleDescriptor BOUNDS = new RuleDescriptor("segment.bounds", Severity.ERROR,
            "A segment is a non-empty span inside its source text: 0 <= char_start < char_end <= length.");

    /** Two segments sharing characters. */
    public static final RuleDescriptor OVERLAP = new RuleDescriptor("segment.overlap", Severity.ERROR,
            "The segments of a document do not overlap.");

    /** A segment starting or ending on white space. */
    public static final RuleDescriptor EDGE_WHITESPACE = new RuleDescriptor("segment.edge-whitespace",
            Severity.ERROR, "A segment starts and ends on a printed character, not on white space.");

    /** A span in no segment, or across two. */
    public static final RuleDescriptor IN_ONE_SEGMENT = new RuleDescriptor("span.segment", Severity.ERROR,
            "Every quote's and claim's span lies inside exactly one segment.");

    /** A span in site furniture. */
    public static final RuleDescriptor IN_FURNITURE = new RuleDescriptor("span.furniture", Severity.ERROR,
            "No quote or claim lies in a furniture segment (menus, related stories, comment forms).");

    /** A segment said to repost its own outlet's text. */
    public static final RuleDescriptor DERIVED_FROM_OTHER = new RuleDescriptor("segment.derived-from.other-outlet",
            Severity.ERROR, "A segment's derived_from names the outlet whose text the segment reposts, which is"
                    + " another outlet than the document's own; an outlet's own text is not derived from anything.");

    /** How many code points of a segment's edge a message shows. */
    private static final int EDGE_SHOWN = 20;

    @Override
    public List<RuleDescriptor> descriptors() {
        return List.of(BOUNDS, OVERLAP, EDGE_WHITESPACE, IN_ONE_SEGMENT, IN_FURNITURE, DERIVED_FROM_OTHER);
    }

    @Override
    public void check(Dataset dataset, Consumer<Violation> violations) {
        for (Document d : dataset.documents()) {
            dataset.sourceOf(d).ifPresent(source -> {
                segments(d, source, violations);
                for (Quote q : d.quotes()) {
                    span(d, "quote", q.id(), q.charStart(), q.charEnd(), q.origin(), violations);
                }
                for (Claim c : d.claims()) {
                    span(d, "claim", c.id(), c.charStart(), c.charEnd(), c.origin(), violations);
                }
            });
        }
    }

    private static void segments(Document d, SourceText source, Consumer<Violation> violations) {
        List<Segment> inside = new ArrayList<>();
        for (Segment s : d.segments()) {
            String name = "segment " + s.id() + " of " + d.id();
            if (d.outlet().equals(s.derivedFrom())) {
                violations.accept(DERIVED_FROM_OTHER.violation(s.origin().of("derived_from"), d.id(), "derived_from",
                        name + " is derived_from " + Messages.quoted(s.derivedFrom()) + ", the document's own outlet;"
                                + " name the outlet whose text it reposts, or write null"));
            }
            if (s.charStart() >= s.charEnd() || !source.isSpan(s.charStart(), s.charEnd())) {
                violations.accept(BOUNDS.violation(s.origin().of("char_start"), d.id(), "char_start", name + " spans "
                        + s.charStart() + ".." + s.charEnd() + ", which is not a non-empty span of sources/"
                        + source.name() + " (0.." + source.length() + ")"));
                continue;
            }
            inside.add(s);
            boolean startsOnSpace = TextFieldRules.isWhitespace(source.codePointAt(s.charStart()));
            boolean endsOnSpace = TextFieldRules.isWhitespace(source.codePointAt(s.charEnd() - 1));
            if (startsOnSpace || endsOnSpace) {
                String field = startsOnSpace ? "char_start" : "char_end";
                String shown = startsOnSpace
                        ? "starts on white space: the segment begins " + Messages.quoted(source.slice(s.charStart(),
                                Math.min(s.charEnd(), s.charStart() + EDGE_SHOWN))) + "; move char_start forward"
                        : "ends on white space: the segment ends " + Messages.quoted(source.slice(
                                Math.max(s.charStart(), s.charEnd() - EDGE_SHOWN), s.charEnd()))
                                + "; move char_end back";
                violations.accept(EDGE_WHITESPACE.violation(s.origin().of(field), d.id(), field, name + " " + shown
                        + " to the nearest printed character"));
            }
        }
        inside.sort(Comparator.comparingInt(Segment::charStart));
        for (int i = 1; i < inside.size(); i++) {
            Segment previous = inside.get(i - 1);
            Segment s = inside.get(i);
            if (s.charStart() < previous.charEnd()) {
                violations.accept(OVERLAP.violation(s.origin().of("char_start"), d.id(), "char_start", "segment "
                        + s.id() + " (" + s.charStart() + ".." + s.charEnd() + ") of " + d.id() + " overlaps segment "
                        + previous.id() + " (" + previous.charStart() + ".." + previous.charEnd() + ")"));
            }
        }
    }

    private static void span(Document d, String recordKind, String id, int start, int end, Origin origin,
            Consumer<Violation> violations) {
        List<Segment> containing = d.segments().stream().filter(s -> s.contains(start, end)).toList();
        String span = recordKind + " " + id + " (" + start + ".." + end + ")";
        if (containing.size() != 1) {
            violations.accept(IN_ONE_SEGMENT.violation(origin.of("char_start"), id, "char_start", span + " lies in "
                    + (containing.isEmpty() ? "no segment" : containing.size() + " segments") + " of " + d.id()
                    + "; every quote and claim lies inside exactly one segment"));
            return;
        }
        Segment segment = containing.get(0);
        if (segment.kind() == SegmentKind.FURNITURE) {
            violations.accept(IN_FURNITURE.violation(origin.of("char_start"), id, "char_start", span
                    + " lies in the furniture segment " + segment.id() + "; furniture is not part of the article:"
                    + " remove the record or correct the segments"));
        }
    }
}
