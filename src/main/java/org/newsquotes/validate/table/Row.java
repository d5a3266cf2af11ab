package org.newsquotes.validate.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One row of a table file, refilled by its {@link RowReader} for every row so that reading a file
 * allocates no more than the row's own values. Cells are found by column name through a small hash
 * index rebuilt for each row, since a general map costs more than the rest of reading a row.
 */
public final class Row {

    private static final int NONE = -1;

    private String[] names = new String[32];
    private Cell[] cells = new Cell[32];
    private int[] index = new int[128];
    private int size;
    private final List<String> duplicates = new ArrayList<>();
    private int line;
    /** Why the row could not be read though the file goes on, or null. */
    private String unreadable;

    /** An empty row. */
    public Row() {
        Arrays.fill(index, NONE);
    }

    /** The 1-based line of the file where the row starts. */
    public int line() {
        return line;
    }

    /** The number of columns the row names. */
    public int size() {
        return size;
    }

    /** The name of the row's {@code i}th column, in file order. */
    public String name(int i) {
        return names[i];
    }

    /** The cell of {@code column}, or null when the row has no such column. */
    public Cell cell(String column) {
        int at = find(column);
        return at == NONE ? null : cells[at];
    }

    /** Empties the row for the next one, which starts at {@code line}. */
    public void reset(int line) {
        this.line = line;
        Arrays.fill(names, 0, size, null);
        Arrays.fill(cells, 0, size, null);
        Arrays.fill(index, NONE);
        size = 0;
        duplicates.clear();
        unreadable = null;
    }

    /**
     * Why the row holds no cells though the rows after it are read: a value past a read limit (see
     * {@link org.newsquotes.schema.ReadLimits}), in words; null for a row that was read.
     */
    public String unreadable() {
        return unreadable;
    }

    /** Marks the row, emptied at {@code line}, as one that could not be read, for {@code why}. */
    void unreadable(String why) {
        this.unreadable = why;
    }

    /** Columns the row names more than once (the last value is kept). */
    public List<String> duplicates() {
        return duplicates;
    }

    /** Sets a cell, noting {@code column} as a duplicate when the row already had one. */
    public void put(String column, Cell cell) {
        int mask = index.length - 1;
        int free = spread(column) & mask;
        for (int at = index[free]; at != NONE; free = (free + 1) & mask, at = index[free]) {
            if (names[at] == column || names[at].equals(column)) {
                cells[at] = cell;
                duplicates.add(column);
                return;
            }
        }
        if (size == names.length) {
            grow();
            free = slot(column);
        }
        names[size] = column;
        cells[size] = cell;
        index[free] = size;
        size++;
    }

    private int find(String column) {
        int mask = index.length - 1;
        for (int i = spread(column) & mask; ; i = (i + 1) & mask) {
            int at = index[i];
            if (at == NONE || names[at] == column || names[at].equals(column)) {
                return at;
            }
        }
    }

    /** The free slot of the index where {@code column}, which the row does not have, goes. */
    private int slot(String column) {
        int mask = index.length - 1;
        int i = spread(column) & mask;
        while (index[i] != NONE) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** The name's hash with its high bits mixed into the low ones that pick a slot. */
    private static int spread(String column) {
        int h = column.hashCode();
        return h ^ (h >>> 7) ^ (h >>> 16);
    }

    private void grow() {
        names = Arrays.copyOf(names, size * 2);
        cells = Arrays.copyOf(cells, size * 2);
        index = new int[size * 4];
        Arrays.fill(index, NONE);
        for (int i = 0; i < size; i++) {
            index[slot(names[i])] = i;
        }
    }
}
