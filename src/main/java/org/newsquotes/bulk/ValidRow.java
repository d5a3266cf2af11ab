package org.newsquotes.bulk;

import org.newsquotes.schema.ValueSink;
import org.newsquotes.validate.table.Row;
import org.newsquotes.validate.table.RowSpans;
import org.newsquotes.validate.table.RowValues;

/**
 * A valid row as a worker hands it to the outputs' batches, in whichever form each takes: its values
 * in their stored form, or typed. A row that the quick test accepted is read straight from its bytes;
 * any other was read as a {@link Row}. One object per worker, pointed at one row after another, so
 * that handing a row on makes nothing, and its typed values are made once, and only when an output
 * asks for them.
 */
final class ValidRow {

    private final RowValues values;
    /** The worker's row, filled from the bytes when typed values are asked of a row read from them. */
    private final Row scratch = new Row();
    private RowSpans spans;
    private int index;
    private Row row;
    private Object[] typed;

    /** @param values the maker of typed values of the pass's table */
    ValidRow(RowValues values) {
        this.values = values;
    }

    /** Points at row {@code index} of {@code spans}, which the quick test accepted. */
    ValidRow read(RowSpans spans, int index) {
        this.spans = spans;
        this.index = index;
        this.row = null;
        this.typed = null;
        return this;
    }

    /** Points at {@code row}, which the validator found valid. */
    ValidRow checked(Row row) {
        this.spans = null;
        this.row = row;
        this.typed = null;
        return this;
    }

    /** Hands the row's values to {@code sink} in their stored form, then ends the row there. */
    void storeIn(ValueSink sink) {
        if (spans != null) {
            spans.values(index, sink);
        } else {
            sink.row(typed());
        }
    }

    /** The row's values in column order, typed as {@link RowValues#of} makes them. */
    Object[] typed() {
        if (typed == null) {
            typed = values.of(spans != null ? spans.toRow(index, scratch) : row);
        }
        return typed;
    }
}
