package org.newsquotes.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * A table: its file name stem, what one row is, its ordered columns, and every constraint that ties
 * its columns together, declared here and read by every consumer (validation, the writers, the JSON
 * Schemas, the metadata files, the column dictionary); none is inferred from a column's name or place.
 *
 * @param <R> the row type
 * @param name file name stem, such as {@code quotes}
 * @param description what one row is
 * @param columns the columns, in export order
 * @param primaryKey the columns whose values identify a row: one column, whose values are unique
 * @param foreignKeys columns whose values are keys of another table
 * @param spans pairs of columns that are the start and end offsets of a text in its source
 * @param keyPrefixes columns whose values start with another column's value
 */
public record Table<R>(String name, String description, List<Column<R>> columns, List<String> primaryKey,
        List<ForeignKey> foreignKeys, List<Span> spans, List<KeyPrefix> keyPrefixes) {

    /**
     * A column whose every non-null value is a value of another table's column.
     *
     * @param column the column of this table
     * @param table the other table's name
     * @param referencedColumn the other table's column
     */
    public record ForeignKey(String column, String table, String referencedColumn) {
    }

    /**
     * Two whole-number columns that are where a text starts and ends in its source, in code points, end
     * exclusive. In a row, the start is not after the end.
     *
     * @param start the start column
     * @param end the end column
     * @param text the column holding the text the span covers
     */
    public record Span(String start, String end, String text) {
    }

    /**
     * A column whose values start with another column's value: a quote id {@code d002-q01} with its
     * {@code document_id} {@code d002}. The prefix is the value up to its first hyphen, or all of it.
     *
     * @param column the column whose values carry the prefix
     * @param prefix the column whose value is the prefix
     */
    public record KeyPrefix(String column, String prefix) {
    }

    public Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        spans = List.copyOf(spans);
        keyPrefixes = List.copyOf(keyPrefixes);
        List<String> names = columns.stream().map(Column::name).toList();
        if (primaryKey.size() > 1) {
            throw new IllegalArgumentException("table " + name + " has a primary key of " + primaryKey.size()
                    + " columns; a key is one column");
        }
        primaryKey.forEach(key -> requireColumn(name, names, key));
        foreignKeys.forEach(key -> requireColumn(name, names, key.column()));
        for (Span span : spans) {
            for (String end : List.of(span.start(), span.end())) {
                requireColumn(name, names, end);
                if (columns.get(names.indexOf(end)).type() != ColumnType.INT32) {
                    throw new IllegalArgumentException("table " + name + " has a span on column " + end
                            + ", which does not hold whole numbers");
                }
            }
            requireColumn(name, names, span.text());
        }
        for (KeyPrefix prefix : keyPrefixes) {
            if (!primaryKey.contains(prefix.column()) || keyPrefixes.size() > 1) {
                throw new IllegalArgumentException("table " + name + " has a key prefix on " + prefix.column()
                        + "; a table has at most one, on its primary key " + primaryKey);
            }
            requireColumn(name, names, prefix.prefix());
        }
    }

    /** A table without keys or relations between its columns. */
    public Table(String name, String description, List<Column<R>> columns) {
        this(name, description, columns, List.of(), List.of(), List.of(), List.of());
    }

    /** This table with {@code column} as its primary key. */
    public Table<R> withPrimaryKey(String column) {
        return new Table<>(name, description, columns, List.of(column), foreignKeys, spans, keyPrefixes);
    }

    /** This table with one more foreign key: {@code column} refers to {@code table.referencedColumn}. */
    public Table<R> withForeignKey(String column, String table, String referencedColumn) {
        return new Table<>(name, description, columns, primaryKey,
                plus(foreignKeys, new ForeignKey(column, table, referencedColumn)), spans, keyPrefixes);
    }

    /** This table with one more span: {@code start} and {@code end} are where {@code text} is in its source. */
    public Table<R> withSpan(String start, String end, String text) {
        return new Table<>(name, description, columns, primaryKey, foreignKeys, plus(spans, new Span(start, end, text)),
                keyPrefixes);
    }

    /** This table with one more key prefix: {@code column}'s values start with {@code prefix}'s value. */
    public Table<R> withKeyPrefix(String column, String prefix) {
        return new Table<>(name, description, columns, primaryKey, foreignKeys, spans,
                plus(keyPrefixes, new KeyPrefix(column, prefix)));
    }

    /** The column names, in order. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /**
     * The place of column {@code column} in the row.
     *
     * @throws IllegalArgumentException when the table has no such column
     */
    public int indexOf(String column) {
        int index = columnNames().indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("table " + name + " has no column " + column + "; it has "
                    + columnNames());
        }
        return index;
    }

    /** The place of the primary key's column in the row, or -1 when the table has no key. */
    public int keyIndex() {
        return primaryKey.isEmpty() ? -1 : indexOf(primaryKey.get(0));
    }

    /**
     * This table over rows that are arrays of values in column order, as a file's rows are once
     * read: the same columns, constraints and keys, each column reading its value by position.
     */
    public Table<Object[]> positional() {
        List<Column<Object[]>> byPosition = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column<R> c = columns.get(i);
            int index = i;
            byPosition.add(new Column<>(c.name(), c.type(), c.nullable(), c.description(), row -> row[index],
                    c.codes(), c.pattern()));
        }
        return new Table<>(name, description, byPosition, primaryKey, foreignKeys, spans, keyPrefixes);
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> more = new ArrayList<>(list);
        more.add(item);
        return more;
    }

    private static void requireColumn(String table, List<String> names, String column) {
        if (!names.contains(column)) {
            throw new IllegalArgumentException("table " + table + " has no column " + column + "; it has " + names);
        }
    }
}
