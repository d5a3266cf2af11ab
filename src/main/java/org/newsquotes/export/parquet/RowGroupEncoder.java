package org.newsquotes.export.parquet;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.ValueSink;

/**
 * Encodes the rows of one table into one row group at a time: values come column by column in their
 * stored form (see {@link ValueSink}), {@code column} being the index in the table's columns, and
 * {@link #finish()} hands over the compressed row group. The first column, the key, is stored plain:
 * its values are all distinct, so a dictionary would only cost. Used by one thread at a time;
 * encoders of the same table on several threads, their groups appended in order to a
 * {@link ParquetAssembler}, write the same bytes as one encoder would.
 */
public final class RowGroupEncoder implements ValueSink, AutoCloseable {

    private final ColumnChunkEncoder[] columns;
    private final PageCompressor compressor = new PageCompressor();
    private long rows;

    /** An encoder of rows of {@code table}. */
    public RowGroupEncoder(Table<?> table) {
        List<? extends Column<?>> definitions = table.columns();
        this.columns = new ColumnChunkEncoder[definitions.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = new ColumnChunkEncoder(definitions.get(i), i > 0, compressor);
        }
    }

    @Override
    public void nullValue(int column) {
        columns[column].nullValue();
    }

    @Override
    public void text(int column, byte[] utf8, int offset, int length) {
        columns[column].text(utf8, offset, length);
    }

    @Override
    public void int32(int column, int value) {
        columns[column].int32(value);
    }

    @Override
    public void float64(int column, double value) {
        columns[column].float64(value);
    }

    @Override
    public void listStart(int column) {
        columns[column].listStart();
    }

    @Override
    public void listItem(int column, byte[] utf8, int offset, int length) {
        columns[column].listItem(utf8, offset, length);
    }

    @Override
    public void listEnd(int column) {
        columns[column].listEnd();
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException when a column had no value, or an unfinished list, in the row
     */
    @Override
    public void endRow() {
        for (ColumnChunkEncoder column : columns) {
            column.endRow(rows);
        }
        rows++;
    }

    /** The number of rows since the last {@link #finish()}. */
    public int rowCount() {
        return Math.toIntExact(rows);
    }

    /**
     * Completes the open pages and returns the row group of the rows since the last call; the
     * encoder then starts a new row group.
     *
     * @throws IllegalStateException when there was no row: a Parquet row group has at least one
     */
    public EncodedRowGroup finish() {
        if (rows == 0) {
            throw new IllegalStateException("no rows to make a row group of");
        }
        List<EncodedColumnChunk> chunks = new ArrayList<>(columns.length);
        for (ColumnChunkEncoder column : columns) {
            chunks.add(column.finish());
        }
        EncodedRowGroup group = new EncodedRowGroup(rows, chunks);
        rows = 0;
        return group;
    }

    /** Frees the compression context; the encoder must not be used after. */
    @Override
    public void close() {
        compressor.release();
    }
}
