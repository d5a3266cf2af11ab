package org.newsquotes.validate.table;

import java.io.Serializable;
import org.newsquotes.model.Location;
import org.newsquotes.schema.Severity;
import org.newsquotes.schema.Violation;

/**
 * One problem of one row, as {@link RowRules} finds it: plain values only, with no reference to the
 * table or the row, so that an engine can keep it, send it to another process (it is
 * {@link Serializable}) or print it.
 *
 * @param rule the id of the rule broken, such as {@code row.value.enum} (see RULES.md)
 * @param severity error or warning
 * @param column the column concerned, or null when the problem is the row's
 * @param message what is wrong, as {@code quotes validate} says it
 * @param line the 1-based line of the row, or {@link Location#NOT_AVAILABLE}
 */
public record RowViolation(String rule, Severity severity, String column, String message, int line)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** {@code v}, its line moved by {@code lineShift}. */
    static RowViolation of(Violation v, int lineShift) {
        int line = v.location().hasLine() ? v.location().line() + lineShift : Location.NOT_AVAILABLE;
        return new RowViolation(v.rule(), v.severity(), v.field(), v.message(), line);
    }

    /** As {@code quotes validate} prints it for {@code file}: {@code file:line: error: [rule.id] message}. */
    public String toCompilerStyle(String file) {
        return new Location(file, line, Location.NOT_AVAILABLE) + ": " + severity.label() + ": [" + rule + "] "
                + message;
    }
}
