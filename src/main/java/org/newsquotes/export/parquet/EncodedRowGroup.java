package org.newsquotes.export.parquet;

import java.io.IOException;
import java.util.List;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.hadoop.ParquetFileWriter;

/**
 * One encoded row group: the compressed pages of every column of a table, in column order, ready
 * for a {@link ParquetAssembler} to write. Made by a {@link GroupEncoder} on one thread, it may be
 * appended on another; once appended, or dropped, it holds nothing more.
 */
public abstract class EncodedRowGroup {

    private final long rows;

    EncodedRowGroup(long rows) {
        this.rows = rows;
    }

    /** The number of rows in the group. */
    public long rows() {
        return rows;
    }

    /** Whether this tool's encoder made the pages, rather than parquet-java's column writers. */
    abstract boolean ownPages();

    /**
     * Writes the column chunks of the group, between the file writer's start and end of a block.
     *
     * @param descriptors the table's columns, in order
     */
    abstract void writeTo(ParquetFileWriter writer, List<ColumnDescriptor> descriptors) throws IOException;
}
