package org.newsquotes.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Writes a table's rows in one file format, streaming: rows are written as they come, and memory
 * does not grow with their number.
 */
public interface TableWriter {

    /** The file extension this writer produces, without the dot: {@code csv}, {@code jsonl}. */
    String extension();

    /**
     * Writes every row of {@code rows} to a new file {@code file}, which must not exist.
     *
     * @return how many rows were written
     */
    <R> long write(Table<R> table, Iterator<R> rows, Path file) throws IOException;
}
