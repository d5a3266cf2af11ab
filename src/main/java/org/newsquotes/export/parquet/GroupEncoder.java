package org.newsquotes.export.parquet;

import org.newsquotes.schema.ValueSink;

/**
 * Encodes the rows of one table into one row group at a time, for a {@link ParquetAssembler}: values
 * come column by column in their stored form (see {@link ValueSink}), and {@link #finish()} hands
 * over the compressed row group. The exports are encoded by this tool's own encoder
 * ({@link RowGroupEncoder}); the tests put parquet-java's own column writers behind this interface too,
 * as the reference the own encoder's files are compared with. Used by one thread at a time; encoders
 * of the same table on several threads, their groups appended in order, write the same file as one
 * encoder would.
 */
public interface GroupEncoder extends ValueSink, AutoCloseable {

    /** The number of rows since the last {@link #finish()}. */
    int rowCount();

    /**
     * Completes the open pages and returns the row group of the rows since the last call; the
     * encoder then starts a new row group.
     *
     * @throws IllegalStateException when there was no row: a Parquet row group has at least one
     */
    EncodedRowGroup finish();

    /** Frees the encoder's native memory; it must not be used after. */
    @Override
    void close();
}
