package org.newsquotes.export.parquet;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.Table;

/**
 * This tool's own encoder of row groups: each column through a {@link ColumnChunkEncoder}, pages
 * compressed as they fill. The first column, the key, is stored plain: its values are all distinct,
 * so a dictionary would only cost. Encoders of the same table on several threads, their groups
 * appended in order to a {@link ParquetAssembler}, write the same bytes as one encoder would.
 */
public final class RowGroupEncoder implements GroupEncoder {

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

    @Override
    public int rowCount() {
        return Math.toIntExact(rows);
    }

    @Override
    public EncodedRowGroup finish() {
        if (rows == 0) {
            throw new IllegalStateException("no rows to make a row group of");
        }
        List<EncodedColumnChunk> chunks = new ArrayList<>(columns.length);
        for (ColumnChunkEncoder column : columns) {
            chunks.add(column.finish());
        }
        EncodedRowGroup group = new PageRowGroup(rows, chunks);
        rows = 0;
        return group;
    }

    @Override
    public void close() {
        compressor.release();
    }
}
