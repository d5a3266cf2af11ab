package org.newsquotes.model;

import java.util.Objects;

/**
 * Where a value was read: a file and a 1-based line and column. A location whose line or column is
 * not known says so with {@link #NOT_AVAILABLE} rather than 0.
 *
 * @param file the file as it should be shown to people, with {@code /} separators
 * @param line 1-based line, or {@link #NOT_AVAILABLE}
 * @param column 1-based column, or {@link #NOT_AVAILABLE}
 */
public record Location(String file, int line, int column) implements Comparable<Location> {

    /** Line or column number of a location that is not known. */
    public static final int NOT_AVAILABLE = -1;

    public Location {
        Objects.requireNonNull(file, "file");
    }

    /** A location that names only a file. */
    public static Location ofFile(String file) {
        return new Location(file, NOT_AVAILABLE, NOT_AVAILABLE);
    }

    /** Whether the line (and so possibly the column) is known. */
    public boolean hasLine() {
        return line != NOT_AVAILABLE;
    }

    /** Compiler style: {@code file:line:col}, {@code file:line} or {@code file}. */
    @Override
    public String toString() {
        if (!hasLine()) {
            return file;
        }
        return column == NOT_AVAILABLE ? file + ":" + line : file + ":" + line + ":" + column;
    }

    @Override
    public int compareTo(Location other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }
}
