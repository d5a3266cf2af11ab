package org.newsquotes.schema;

import java.util.Comparator;
import org.newsquotes.model.Location;

/**
 * One problem found in the data.
 *
 * @param rule id of the rule broken
 * @param severity error or warning
 * @param location where, as precisely as known
 * @param recordId id of the record concerned, or null
 * @param field name of the field concerned, or null
 * @param message what is wrong and, where there is one, the fix
 */
public record Violation(String rule, Severity severity, Location location, String recordId, String field,
        String message) {

    /** Report order: by file, line, column, then rule. */
    public static final Comparator<Violation> REPORT_ORDER = Comparator.comparing(Violation::location)
            .thenComparing(Violation::rule)
            .thenComparing(Violation::message);

    /** Compiler style: {@code path:line:col: error: [rule.id] message}. */
    public String toCompilerStyle() {
        return location + ": " + severity.label() + ": [" + rule + "] " + message;
    }
}
