package org.newsquotes.validate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsquotes.schema.RuleDescriptor;

/** The rules that {@code quotes validate} applies, and the catalogue that {@code quotes rules} prints. */
public final class Rules {

    /**
     * Rules that reason from what is absent (an entry nobody refers to, a quotation mark no quote
     * accounts for). When the loader had to leave records out, their findings would be mistaken, so
     * they are reported only when every record loaded.
     */
    public static final Set<String> NEED_EVERY_RECORD = Set.of(ReferenceRules.UNUSED.id(),
            QuoteMarksCoverageRule.DESCRIPTOR.id(), ClaimPositionRules.TAKEN.id());

    private Rules() {
    }

    /**
     * Every rule over a loaded dataset, in the order they run.
     *
     * @param clock says what today is, for the rules about dates
     */
    public static List<Rule> datasetRules(Clock clock) {
        return List.of(new IdRules(), new TextFieldRules(), new FormatRules(), new ReferenceRules(),
                new QuoteTextAtOffsetsRule(), new ProvenanceRules(), new SegmentRules(), new DateRules(clock),
                new ConsistencyRules(), new ClaimPositionRules(), new QuoteMarksCoverageRule());
    }

    /**
     * Every rule's descriptor: the loader's structural checks first, then the dataset rules, then
     * any others (such as the rules for exported tables).
     *
     * @param loadRules the loader's descriptors
     * @param others descriptors of rules outside the dataset check
     */
    public static List<RuleDescriptor> catalogue(List<RuleDescriptor> loadRules, List<RuleDescriptor> others) {
        List<RuleDescriptor> all = new ArrayList<>(loadRules);
        datasetRules(Clock.systemUTC()).forEach(rule -> all.addAll(rule.descriptors()));
        all.addAll(others);
        return List.copyOf(all);
    }
}
