package org.newsquotes.schema;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Takes the values of rows column by column, in a table's column order, already in their stored
 * form: text as UTF-8 bytes, whole numbers and dates (days since 1970-01-01) as {@code int},
 * decimals as {@code double}. For each row there is exactly one call per column (a list is
 * {@link #listStart}, its items, {@link #listEnd}), then {@link #endRow}. Arrays handed over may be
 * reused by the caller once the call returns: a sink copies what it keeps.
 */
public interface ValueSink {

    /** No value in {@code column}, which is nullable. */
    void nullValue(int column);

    /** Text: {@code length} bytes of UTF-8 from {@code offset}. */
    void text(int column, byte[] utf8, int offset, int length);

    /** A whole number, or a date as days since 1970-01-01. */
    void int32(int column, int value);

    /** A decimal number. */
    void float64(int column, double value);

    /** The start of a list of text; {@link #listEnd} right after it makes an empty list. */
    void listStart(int column);

    /** One item of the list begun by {@link #listStart}. */
    void listItem(int column, byte[] utf8, int offset, int length);

    /** The end of the list begun by {@link #listStart}. */
    void listEnd(int column);

    /** The end of the row whose values came since the last call. */
    void endRow();

    /**
     * Hands over one row of typed values in column order ({@link Table#positional()}): each as
     * {@link #value} takes it.
     */
    default void row(Object[] values) {
        for (int column = 0; column < values.length; column++) {
            value(column, values[column]);
        }
        endRow();
    }

    /**
     * Hands over one typed value of {@code column}: {@link String}, {@link Integer},
     * {@link BigDecimal}, {@link LocalDate}, a {@link List} of strings, or null.
     */
    default void value(int column, Object value) {
        if (value == null) {
            nullValue(column);
        } else if (value instanceof String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            text(column, utf8, 0, utf8.length);
        } else if (value instanceof Integer n) {
            int32(column, n);
        } else if (value instanceof BigDecimal d) {
            float64(column, d.doubleValue());
        } else if (value instanceof LocalDate date) {
            int32(column, Math.toIntExact(date.toEpochDay()));
        } else if (value instanceof List<?> list) {
            listStart(column);
            for (Object item : list) {
                byte[] utf8 = ((String) item).getBytes(StandardCharsets.UTF_8);
                listItem(column, utf8, 0, utf8.length);
            }
            listEnd(column);
        } else {
            throw new IllegalArgumentException("column " + column + ": no stored form for "
                    + value.getClass().getName());
        }
    }
}
