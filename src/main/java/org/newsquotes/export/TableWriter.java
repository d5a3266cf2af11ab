package org.newsquotes.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import org.newsquotes.schema.Table;

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

    /**
     * Does the part of writing one row that depends on the row alone, ahead of {@link #writePrepared},
     * on whatever thread made the row: a pipeline calls it on several threads while
     * {@link #writePrepared} runs on one. {@code rows} is a table's {@link Table#positional()} form,
     * whose columns read {@code row}; the result is the row in a form only this writer need
     * understand. By default the row itself.
     */
    default Object[] prepare(Table<Object[]> rows, Object[] row) {
        return row;
    }

    /**
     * Writes rows that {@link #prepare} made from rows of {@code rows}, in their order, to a new file
     * {@code file}, which must not exist: the file that {@link #write} writes from the rows they were
     * made from. By default {@link #write} of the prepared rows.
     *
     * @return how many rows were written
     */
    default long writePrepared(Table<Object[]> rows, Iterator<Object[]> prepared, Path file) throws IOException {
        return write(rows, prepared, file);
    }
}
