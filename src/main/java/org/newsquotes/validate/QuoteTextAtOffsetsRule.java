package org.newsquotes.validate;

import java.util.List;
import java.util.function.Consumer;
import org.newsquotes.model.Dataset;
import org.newsquotes.model.Document;
import org.newsquotes.model.Quote;
import org.newsquotes.schema.Violation;
import org.newsquotes.schema.Severity;
import org.newsquotes.schema.RuleDescriptor;

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
    public List<RuleDescriptor> descriptors() {
        return List.of(DESCRIPTOR);
    }

    @Override
    public void check(Dataset dataset, Consumer<Violation> violations) {
        for (Document document : dataset.documents()) {
            dataset.sourceOf(document).ifPresent(source -> {
                for (Quote quote : document.quotes()) {
                    Spans.check(DESCRIPTOR, quote.id(), quote.origin(), Spans.Fields.TEXT, quote.text(),
                            quote.charStart(), quote.charEnd(), source, violations);
                }
            });
        }
    }
}
