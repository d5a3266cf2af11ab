package org.newsquotes.validate.table;

import org.newsquotes.schema.Table;

/**
 * A conservative, fast test that a row breaks none of its own rules, read straight from the bytes of
 * its {@link RowSpans}, making no object: true only when {@link RowValidator#checkRow} would report
 * nothing at all for the row, so that a row it accepts needs no other check than the uniqueness of
 * its key. It runs the quick test of each of the table's {@link ColumnCheck}s, the same checks whose
 * reporting side the validator runs. Whatever it is unsure of (an escaped id or date, an unknown or
 * repeated column, any fault) it leaves to {@link RowValidator}, which alone says what is wrong.
 * One per thread.
 */
public final class RowPrecheck {

    private final TableChecks checks;

    /** @param table the table whose rows are checked */
    public RowPrecheck(Table<?> table) {
        this(TableChecks.of(table));
    }

    RowPrecheck(TableChecks checks) {
        this.checks = checks;
    }

    /** Whether {@code row} of {@code spans} surely breaks none of its own rules. */
    public boolean accepts(RowSpans spans, int row) {
        return spans.rowFlags(row) == 0 && checks.accepts(spans, row);
    }
}
