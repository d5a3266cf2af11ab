package org.newsquotes.schema;

/**
 * What a rule is called, how serious breaking it is and what it checks.
 *
 * @param id stable dotted lower-case id, such as {@code quote.text.at-offsets}
 * @param severity severity of its violations
 * @param description what it checks and why, for curators
 */
public record RuleDescriptor(String id, Severity severity, String description) {

    /** A violation of this rule. */
    public Violation violation(org.newsquotes.model.Location location, String recordId, String field,
            String message) {
        return new Violation(id, severity, location, recordId, field, message);
    }
}
