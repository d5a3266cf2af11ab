package org.newsquotes.export;

import java.util.ArrayList;
import java.util.List;

/**
 * An exported table: its file name stem, what one row is, its ordered columns, and the keys that the
 * metadata files declare.
 *
 * @param <R> the row type
 * @param name file name stem, such as {@code quotes}
 * @param description what one row is
 * @param columns the columns, in export order
 * @param primaryKey the columns whose values identify a row
 * @param foreignKeys columns whose values are keys of another table
 */
public record Table<R>(String name, String description, List<Column<R>> columns, List<String> primaryKey,
        List<ForeignKey> foreignKeys) {

    /**
     * A column whose every non-null value is a value of another table's column.
     *
     * @param column the column of this table
     * @param table the other table's name
     * @param referencedColumn the other table's column
     */
    public record ForeignKey(String column, String table, String referencedColumn) {
    }

    public Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        List<String> names = columns.stream().map(Column::name).toList();
        for (String key : primaryKey) {
            requireColumn(name, names, key);
        }
        for (ForeignKey key : foreignKeys) {
            requireColumn(name, names, key.column());
        }
    }

    /** A table without keys. */
    public Table(String name, String description, List<Column<R>> columns) {
        this(name, description, columns, List.of(), List.of());
    }

    /** This table with {@code columns} as its primary key. */
    public Table<R> withPrimaryKey(String... columns) {
        return new Table<>(name, description, this.columns, List.of(columns), foreignKeys);
    }

    /** This table with one more foreign key: {@code column} refers to {@code table.referencedColumn}. */
    public Table<R> withForeignKey(String column, String table, String referencedColumn) {
        List<ForeignKey> keys = new ArrayList<>(foreignKeys);
        keys.add(new ForeignKey(column, table, referencedColumn));
        return new Table<>(name, description, columns, primaryKey, keys);
    }

    /** The column names, in order. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
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
        return new Table<>(name, description, byPosition, primaryKey, foreignKeys);
    }

    private static void requireColumn(String table, List<String> names, String column) {
        if (!names.contains(column)) {
            throw new IllegalArgumentException("table " + table + " has no column " + column + "; it has " + names);
        }
    }
}
