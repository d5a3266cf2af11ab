package org.newsquotes.export;

import java.util.List;

/**
 * An exported table: its file name stem, what one row is, and its ordered columns.
 *
 * @param <R> the row type
 * @param name file name stem, such as {@code quotes}
 * @param description what one row is
 * @param columns the columns, in export order
 */
public record Table<R>(String name, String description, List<Column<R>> columns) {

    public Table {
        columns = List.copyOf(columns);
    }

    /** The column names, in order. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }
}
