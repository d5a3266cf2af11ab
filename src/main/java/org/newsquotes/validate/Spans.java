package org.newsquotes.validate;

import java.util.OptionalInt;
import java.util.function.Consumer;
import org.newsquotes.model.Origin;
import org.newsquotes.model.SourceText;
import org.newsquotes.schema.Violation;
import org.newsquotes.schema.RuleDescriptor;
import org.newsquotes.schema.Messages;
import org.newsquotes.schema.Unicode;

/**
 * The one check that a verbatim field (a quote's or claim's text, a speaker as written) is exactly
 * the source's characters at its code-point offsets, and the wording of its failures.
 */
final class Spans {

    /**
     * Which fields of a record hold a verbatim text and its offsets.
     *
     * @param text the text field, such as {@code text}
     * @param start the start offset field, such as {@code char_start}
     * @param end the end offset field
     */
    record Fields(String text, String start, String end) {
        static final Fields TEXT = new Fields("text", "char_start", "char_end");
    }

    private Spans() {
    }

    /**
     * Reports a violation of {@code rule} unless {@code text} is the source's characters from
     * {@code start} to {@code end}. When the text is elsewhere in the source, the message gives the
     * nearest offsets that hold it; when it is nowhere, it shows what the source has there.
     */
    static void check(RuleDescriptor rule, String recordId, Origin origin, Fields fields, String text, int start,
            int end, SourceText source, Consumer<Violation> violations) {
        if (source.isSpan(start, end) && source.slice(start, end).equals(text)) {
            return;
        }
        if (Unicode.loneSurrogate(text) >= 0) {
            // Half a character, which structure.text.unicode reports: it would match half of one in the source.
            return;
        }
        int length = text.codePointCount(0, text.length());
        String span = start + ".." + end;
        String where = " in sources/" + source.name();
        String shown = fields.text() + " " + Messages.quoted(text);
        OptionalInt found = nearest(source, text, start);
        if (found.isPresent()) {
            int at = found.getAsInt();
            violations.accept(rule.violation(origin.of(fields.start()), recordId, fields.start(),
                    shown + " is not at " + span + where + "; found it at " + at + ".." + (at + length) + " (set "
                            + fields.start() + ": " + at + ", " + fields.end() + ": " + (at + length) + ")"));
            return;
        }
        String actual = source.isSpan(start, end)
                ? "the source has " + Messages.quoted(source.slice(start, end)) + " there"
                : "that span is outside the source, which has " + source.length() + " code points";
        violations.accept(rule.violation(origin.of(fields.text()), recordId, fields.text(),
                shown + " is not at " + span + where + " and does not occur anywhere in it; " + actual));
    }

    /** The occurrence of {@code text} in the source nearest to {@code near}, if any. */
    private static OptionalInt nearest(SourceText source, String text, int near) {
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        OptionalInt best = OptionalInt.empty();
        OptionalInt at = source.indexOf(text, 0);
        while (at.isPresent()) {
            int candidate = at.getAsInt();
            if (best.isEmpty() || Math.abs(candidate - near) < Math.abs(best.getAsInt() - near)) {
                best = at;
            }
            at = source.indexOf(text, candidate + 1);
        }
        return best;
    }
}
