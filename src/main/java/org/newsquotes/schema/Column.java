package org.newsquotes.schema;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.newsquotes.model.Coded;

/**
 * One exported column: its frozen {@code snake_case} name, type, whether it may be null, what it
 * means, how to get its value from a row, and the constraints its values keep (which the table
 * validator and the published JSON Schemas check).
 *
 * @param <R> the row type
 * @param name the column name; renaming it is a breaking change
 * @param type the column type
 * @param nullable whether the value may be null
 * @param description what the column holds, for the metadata files and the README
 * @param value how to get the value from a row; its Java type follows {@link ColumnType}
 * @param codes the only values a text column may hold, in order; empty when any text will do
 * @param pattern a regular expression (Java and ECMA-262 alike, anchored with ^ and $) that a text
 *     column's values match, or null
 */
public record Column<R>(String name, ColumnType type, boolean nullable, String description, Function<R, ?> value,
        List<String> codes, String pattern) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(value, "value");
        codes = List.copyOf(codes);
    }

    /** A column that is never null. */
    public static <R> Column<R> required(String name, ColumnType type, String description, Function<R, ?> value) {
        return new Column<>(name, type, false, description, value, List.of(), null);
    }

    /** A column that may be null. */
    public static <R> Column<R> optional(String name, ColumnType type, String description, Function<R, ?> value) {
        return new Column<>(name, type, true, description, value, List.of(), null);
    }

    /** This column, holding only the codes of {@code type}. */
    public <E extends Enum<E> & Coded> Column<R> withCodes(Class<E> type) {
        return new Column<>(name, this.type, nullable, description, value, Coded.codes(type), pattern);
    }

    /** This column, its values matching {@code regex}. */
    public Column<R> withPattern(String regex) {
        return new Column<>(name, type, nullable, description, value, codes, regex);
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
