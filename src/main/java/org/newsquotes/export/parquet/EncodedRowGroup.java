package org.newsquotes.export.parquet;

import java.util.List;

/**
 * One encoded row group: the compressed pages of every column of a table, in column order, and what
 * {@link ParquetAssembler} needs to write them. Immutable: it may be made on one thread and
 * appended on another.
 */
public final class EncodedRowGroup {

    private final long rows;
    private final List<EncodedColumnChunk> columns;

    EncodedRowGroup(long rows, List<EncodedColumnChunk> columns) {
        this.rows = rows;
        this.columns = List.copyOf(columns);
    }

    /** The number of rows in the group. */
    public long rows() {
        return rows;
    }

    List<EncodedColumnChunk> columns() {
        return columns;
    }
}
