package org.newsquotes.validate;

import java.util.function.Consumer;
import org.newsquotes.model.Dataset;

/** A check over a loaded dataset. Implementations say in their Javadoc what they check and why. */
public interface Rule {

    /** The rule's id, severity and description. */
    RuleDescriptor descriptor();

    /** Reports every violation of this rule in {@code dataset}. */
    void check(Dataset dataset, Consumer<Violation> violations);
}
