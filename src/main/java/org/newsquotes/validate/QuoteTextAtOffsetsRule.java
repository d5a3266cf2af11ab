package org.newsquotes.validate;

import java.util.OptionalInt;
import java.util.function.Consumer;
import org.newsquotes.model.Dataset;
import org.newsquotes.model.Document;
import org.newsquotes.model.Quote;
import org.newsquotes.model.SourceText;

/**
 * A quote's {@code text} must be exactly the characters of its source between {@code char_start}
 * and {@code char_end}, counted in Unicode code points. This is what makes every quote traceable
 * to the words the document printed. When the text is elsewhere in the source, the message says
 * where, so that a shifted offset is a one-line fix; when it is nowhere, the message shows what the
 * source has at the offsets, so that a typo in the text is easy to spot.
 */
public final class QuoteTextAtOffsetsRule implements Rule {

    /** This rule's descriptor. */
    public static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("quote.text.at-offsets", Severity.ERROR,
            "A quote's text must be exactly the source's characters from char_start to char_end (Unicode code"
                    + " points, end exclusive, quotation marks excluded).");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Dataset dataset, Consumer<Violation> violations) {
        for (Document document : dataset.documents()) {
            dataset.sourceOf(document).ifPresent(source -> {
                for (Quote quote : document.quotes()) {
                    check(quote, source, violations);
                }
            });
        }
    }

    private static void check(Quote quote, SourceText source, Consumer<Violation> violations) {
        int start = quote.charStart();
        int end = quote.charEnd();
        if (source.isSpan(start, end) && source.slice(start, end).equals(quote.text())) {
            return;
        }
        int length = quote.text().codePointCount(0, quote.text().length());
        String span = start + ".." + end;
        String where = " in sources/" + source.name();
        OptionalInt found = nearest(source, quote.text(), start);
        if (found.isPresent()) {
            int at = found.getAsInt();
            violations.accept(DESCRIPTOR.violation(quote.origin().of("char_start"), quote.id(), "char_start",
                    "text " + Messages.quoted(quote.text()) + " is not at " + span + where + "; found it at "
                            + at + ".." + (at + length) + " (set char_start: " + at + ", char_end: " + (at + length)
                            + ")"));
            return;
        }
        String actual = source.isSpan(start, end)
                ? "the source has " + Messages.quoted(source.slice(start, end)) + " there"
                : "that span is outside the source, which has " + source.length() + " code points";
        violations.accept(DESCRIPTOR.violation(quote.origin().of("text"), quote.id(), "text",
                "text " + Messages.quoted(quote.text()) + " is not at " + span + where
                        + " and does not occur anywhere in it; " + actual));
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
