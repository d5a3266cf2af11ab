package org.newsquotes.validate;

import java.util.List;
import java.util.function.Consumer;
import org.newsquotes.model.Claim;
import org.newsquotes.model.Dataset;
import org.newsquotes.model.Document;
import org.newsquotes.model.Quote;
import org.newsquotes.model.Segment;
import org.newsquotes.model.SegmentKind;
import org.newsquotes.model.SourceText;
import org.newsquotes.schema.Violation;
import org.newsquotes.schema.Severity;
import org.newsquotes.schema.RuleDescriptor;
import org.newsquotes.schema.Messages;

/**
 * Every verbatim value is what the source printed, and the source is the file that was recorded:
 * <ul>
 * <li>{@code quote.speaker-as-written.at-offsets}: a quote's {@code speaker_as_written} is exactly the
 * source's characters from {@code speaker_as_written_start} to {@code speaker_as_written_end}.</li>
 * <li>{@code quote.speaker-as-written.incomplete}: {@code speaker_as_written} and its two offsets are
 * given together or not at all.</li>
 * <li>{@code quote.cue.at-offsets}: a quote's {@code cue} is exactly the source's characters from
 * {@code cue_start} to {@code cue_end}, when they are set.</li>
 * <li>{@code quote.cue.offsets-incomplete}: {@code cue_start} and {@code cue_end} are given together
 * or not at all, and only with a {@code cue}; a cue with no offsets is allowed, for a cue in two
 * pieces such as "described … as".</li>
 * <li>{@code claim.text.at-offsets}: a claim's text is exactly the source's characters from
 * {@code char_start} to {@code char_end}.</li>
 * <li>{@code document.headline.matches-segment}: when a document has a headline segment, its
 * {@code headline} is that segment's text.</li>
 * <li>{@code document.sha256.matches}: the source file's bytes have the sha256 its document records,
 * so that a changed or swapped source cannot go unnoticed.</li>
 * </ul>
 */
public final class ProvenanceRules implements Rule {

    /** speaker_as_written not at its offsets. */
    public static final RuleDescriptor SPEAKER_AT_OFFSETS = new RuleDescriptor(
            "quote.speaker-as-written.at-offsets", Severity.ERROR,
            "A quote's speaker_as_written is exactly the source's characters from speaker_as_written_start to"
                    + " speaker_as_written_end.");

    /** speaker_as_written without its offsets, or offsets without it. */
    public static final RuleDescriptor SPEAKER_INCOMPLETE = new RuleDescriptor(
            "quote.speaker-as-written.incomplete", Severity.ERROR,
            "speaker_as_written, speaker_as_written_start and speaker_as_written_end are all set or all null.");

    /** A cue not at its offsets. */
    public static final RuleDescriptor CUE_AT_OFFSETS = new RuleDescriptor("quote.cue.at-offsets", Severity.ERROR,
            "A quote's cue is exactly the source's characters from cue_start to cue_end, when they are set.");

    /** One cue offset without the other, or offsets without a cue. */
    public static final RuleDescriptor CUE_INCOMPLETE = new RuleDescriptor("quote.cue.offsets-incomplete",
            Severity.ERROR, "cue_start and cue_end are both set or both null, and set only with a cue (a cue in two"
                    + " pieces, such as \"described … as\", has none).");

    /** A claim's text not at its offsets. */
    public static final RuleDescriptor CLAIM_AT_OFFSETS = new RuleDescriptor("claim.text.at-offsets",
            Severity.ERROR, "A claim's text is exactly the source's characters from char_start to char_end.");

    /** A headline that is not the headline segment's text. */
    public static final RuleDescriptor HEADLINE = new RuleDescriptor("document.headline.matches-segment",
            Severity.ERROR, "A document's headline is the text of its headline segment, when it has one.");

    /** A source whose bytes changed. */
    public static final RuleDescriptor SHA256 = new RuleDescriptor("document.sha256.matches", Severity.ERROR,
            "The source file's sha256 is the one its document records; sources are never edited.");

    private static final Spans.Fields SPEAKER_FIELDS = new Spans.Fields("speaker_as_written",
            "speaker_as_written_start", "speaker_as_written_end");

    private static final Spans.Fields CUE_FIELDS = new Spans.Fields("cue", "cue_start", "cue_end");

    @Override
    public List<RuleDescriptor> descriptors() {
        return List.of(SPEAKER_AT_OFFSETS, SPEAKER_INCOMPLETE, CUE_AT_OFFSETS, CUE_INCOMPLETE, CLAIM_AT_OFFSETS,
                HEADLINE, SHA256);
    }

    @Override
    public void check(Dataset dataset, Consumer<Violation> violations) {
        for (Document d : dataset.documents()) {
            for (Quote q : d.quotes()) {
                speakerComplete(q, violations);
                cueComplete(q, violations);
            }
            dataset.sourceOf(d).ifPresent(source -> check(d, source, violations));
        }
    }

    private static void check(Document d, SourceText source, Consumer<Violation> violations) {
        if (!source.sha256().equals(d.sha256())) {
            violations.accept(SHA256.violation(d.origin().of("sha256"), d.id(), "sha256", "sources/"
                    + source.name() + " has sha256 " + source.sha256() + ", not the recorded " + d.sha256()
                    + "; sources are never edited: restore the file, or record the new hash only if the file was"
                    + " replaced on purpose"));
        }
        for (Quote q : d.quotes()) {
            if (q.speakerAsWritten() != null && q.speakerAsWrittenStart() != null && q.speakerAsWrittenEnd() != null) {
                Spans.check(SPEAKER_AT_OFFSETS, q.id(), q.origin(), SPEAKER_FIELDS, q.speakerAsWritten(),
                        q.speakerAsWrittenStart(), q.speakerAsWrittenEnd(), source, violations);
            }
            if (q.cue() != null && q.cueStart() != null && q.cueEnd() != null) {
                Spans.check(CUE_AT_OFFSETS, q.id(), q.origin(), CUE_FIELDS, q.cue(), q.cueStart(), q.cueEnd(), source,
                        violations);
            }
        }
        for (Claim c : d.claims()) {
            Spans.check(CLAIM_AT_OFFSETS, c.id(), c.origin(), Spans.Fields.TEXT, c.text(), c.charStart(), c.charEnd(),
                    source, violations);
        }
        for (Segment s : d.segments()) {
            if (s.kind() == SegmentKind.HEADLINE && source.isSpan(s.charStart(), s.charEnd())) {
                String printed = source.slice(s.charStart(), s.charEnd());
                if (!printed.equals(d.headline())) {
                    violations.accept(HEADLINE.violation(d.origin().of("headline"), d.id(), "headline", "headline "
                            + Messages.quoted(d.headline()) + " of " + d.id() + " is not the text of its headline"
                            + " segment " + s.id() + " (" + s.charStart() + ".." + s.charEnd() + "), which is "
                            + Messages.quoted(printed)));
                }
                return;
            }
        }
    }

    private static void speakerComplete(Quote q, Consumer<Violation> violations) {
        boolean text = q.speakerAsWritten() != null;
        boolean start = q.speakerAsWrittenStart() != null;
        boolean end = q.speakerAsWrittenEnd() != null;
        if (text == start && start == end) {
            return;
        }
        String missing = (text ? "" : " speaker_as_written") + (start ? "" : " speaker_as_written_start")
                + (end ? "" : " speaker_as_written_end");
        String field = !text ? "speaker_as_written" : !start ? "speaker_as_written_start" : "speaker_as_written_end";
        violations.accept(SPEAKER_INCOMPLETE.violation(q.origin().of(field), q.id(), field, "quote " + q.id()
                + " gives only part of speaker_as_written and its offsets; missing:" + missing
                + ". Set all three, or all three to null"));
    }

    private static void cueComplete(Quote q, Consumer<Violation> violations) {
        boolean start = q.cueStart() != null;
        boolean end = q.cueEnd() != null;
        if (start != end) {
            String field = start ? "cue_end" : "cue_start";
            violations.accept(CUE_INCOMPLETE.violation(q.origin().of(field), q.id(), field, "quote " + q.id()
                    + " gives only one of cue_start and cue_end; set " + field + " too, or both to null"));
        } else if (start && q.cue() == null) {
            violations.accept(CUE_INCOMPLETE.violation(q.origin().of("cue"), q.id(), "cue", "quote " + q.id()
                    + " has cue_start and cue_end but no cue; set cue to the text at " + q.cueStart() + ".."
                    + q.cueEnd() + ", or both offsets to null"));
        }
    }
}
