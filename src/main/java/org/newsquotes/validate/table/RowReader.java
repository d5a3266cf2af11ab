package org.newsquotes.validate.table;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Reads a table file one row at a time. One implementation per file format (CSV, JSON, JSON Lines;
 * Parquet can join them behind this interface); {@link RowReaders} picks one by file extension.
 */
public interface RowReader extends Closeable {

    /**
     * The column names every row has, when the format declares them once (a CSV header); empty when
     * each row names its own (JSON objects).
     */
    Optional<List<String>> header();

    /**
     * Fills {@code row} with the next row.
     *
     * @return false when there are no more rows
     * @throws RowFileException when the file is not well-formed at some point; no row after it can be read
     */
    boolean next(Row row) throws IOException;
}
