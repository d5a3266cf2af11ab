package org.newsquotes.validate;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.model.Dataset;
import org.newsquotes.schema.Violation;

/** Runs rules over a dataset and collects every violation, in report order. */
public final class Validator {

    private final List<Rule> rules;

    /** @param rules the rules to run */
    public Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every violation of every rule in {@code dataset}, in report order. */
    public List<Violation> validate(Dataset dataset) {
        List<Violation> violations = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(dataset, violations::add);
        }
        violations.sort(Violation.REPORT_ORDER);
        return violations;
    }
}
