package org.newsquotes.validate;

import java.util.ArrayList;
import java.util.List;

/** The rules that {@code quotes validate} applies, and the catalogue that {@code quotes rules} prints. */
public final class Rules {

    private Rules() {
    }

    /** Every rule over a loaded dataset, in the order they run. */
    public static List<Rule> datasetRules() {
        return List.of(new QuoteTextAtOffsetsRule());
    }

    /**
     * Every rule's descriptor: the loader's structural checks first, then the dataset rules.
     *
     * @param loadRules the loader's descriptors
     */
    public static List<RuleDescriptor> catalogue(List<RuleDescriptor> loadRules) {
        List<RuleDescriptor> all = new ArrayList<>(loadRules);
        datasetRules().forEach(rule -> all.add(rule.descriptor()));
        return List.copyOf(all);
    }
}
