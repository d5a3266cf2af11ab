package org.newsquotes.validate.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a table file, refilled by its {@link RowReader} for every row so that reading a file
 * allocates no more than the row's own values.
 */
public final class Row {

    private final Map<String, Cell> cells = new LinkedHashMap<>();
    private final List<String> duplicates = new ArrayList<>();
    private int line;

    /** The 1-based line of the file where the row starts. */
    public int line() {
        return line;
    }

    /** The row's cells by column name, in file order. */
    public Map<String, Cell> cells() {
        return cells;
    }

    /** Empties the row for the next one, which starts at {@code line}. */
    public void reset(int line) {
        this.line = line;
        cells.clear();
        duplicates.clear();
    }

    /** Columns the row names more than once (the last value is kept). */
    public List<String> duplicates() {
        return duplicates;
    }

    /** Sets a cell, noting {@code column} as a duplicate when the row already had one. */
    public void put(String column, Cell cell) {
        if (cells.put(column, cell) != null) {
            duplicates.add(column);
        }
    }
}
