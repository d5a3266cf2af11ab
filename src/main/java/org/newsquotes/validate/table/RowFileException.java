package org.newsquotes.validate.table;

import java.io.IOException;

/** A table file that is not well-formed CSV or JSON where it was being read. */
public final class RowFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    /**
     * @param message what is wrong
     * @param line 1-based line, or -1
     * @param column 1-based column, or -1
     */
    public RowFileException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** 1-based line, or -1 when not known. */
    public int line() {
        return line;
    }

    /** 1-based column, or -1 when not known. */
    public int column() {
        return column;
    }
}
