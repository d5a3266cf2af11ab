package org.newsquotes.validate;

import java.util.List;
import java.util.function.Consumer;
import org.newsquotes.model.Dataset;
import org.newsquotes.schema.Violation;
import org.newsquotes.schema.RuleDescriptor;

/**
 * A check over a loaded dataset: one rule, or a small family of rules about one subject, each with
 * its own id. Implementations say in their Javadoc what they check and why.
 */
public interface Rule {

    /** The id, severity and description of every rule this check reports. */
    List<RuleDescriptor> descriptors();

    /** Reports every violation of these rules in {@code dataset}. */
    void check(Dataset dataset, Consumer<Violation> violations);
}
