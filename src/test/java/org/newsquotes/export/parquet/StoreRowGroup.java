package org.newsquotes.export.parquet;

import java.io.IOException;
import java.util.List;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;

/**
 * A row group of pages made by parquet-java's column writers ({@link ColumnStoreEncoder}): the page
 * store they were flushed to, compressed pages, statistics and indexes included, which the file
 * writer copies in schema order. Written once.
 */
final class StoreRowGroup extends EncodedRowGroup {

    private final ColumnChunkPageWriteStore pages;

    StoreRowGroup(long rows, ColumnChunkPageWriteStore pages) {
        super(rows);
        this.pages = pages;
    }

    @Override
    boolean ownPages() {
        return false;
    }

    @Override
    void writeTo(ParquetFileWriter writer, List<ColumnDescriptor> descriptors) throws IOException {
        try {
            pages.flushToFileWriter(writer);
        } finally {
            pages.close();
        }
    }
}
