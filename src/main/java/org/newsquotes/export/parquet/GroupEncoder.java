package org.newsquotes.export.parquet;

import org.newsquotes.schema.ValueSink;

/**
 * Encodes the rows of one table into one row group at a time, for a {@link ParquetAssembler}: values
 * come column by column in their stored form (see {@link ValueSink}), and {@link #finish()} hands
 * over the compressed row group. Two encoders do it: this tool's own ({@link RowGroupEncoder}) and
 * parquet-java's column writers ({@link ColumnStoreEncoder}); {@link ParquetTableWriter.Pages} picks
 * one. Used by one thread at a time; encoders of the same table on several threads, their groups
 * appended in order, write the same file as one encoder would.
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
