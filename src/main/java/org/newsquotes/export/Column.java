package org.newsquotes.export;

import java.util.Objects;
import java.util.function.Function;

/**
 * One exported column: its frozen {@code snake_case} name, type, whether it may be null, what it
 * means, and how to get its value from a row.
 *
 * @param <R> the row type
 * @param name the column name; renaming it is a breaking change
 * @param type the column type
 * @param nullable whether the value may be null
 * @param description what the column holds, for the metadata files and the README
 * @param value how to get the value from a row; its Java type follows {@link ColumnType}
 */
public record Column<R>(String name, ColumnType type, boolean nullable, String description, Function<R, ?> value) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(value, "value");
    }

    /** A column that is never null. */
    public static <R> Column<R> required(String name, ColumnType type, String description, Function<R, ?> value) {
        return new Column<>(name, type, false, description, value);
    }

    /** A column that may be null. */
    public static <R> Column<R> optional(String name, ColumnType type, String description, Function<R, ?> value) {
        return new Column<>(name, type, true, description, value);
    }

    /**
     * This column's value in {@code row}.
     *
     * @throws IllegalStateException when a required column's value is null
     */
    public Object valueOf(R row) {
        Object v = value.apply(row);
        if (v == null && !nullable) {
            throw new IllegalStateException("column " + name + " is required but has no value in row " + row);
        }
        return v;
    }
}
