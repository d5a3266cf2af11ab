package org.newsquotes.export.parquet;

import java.util.List;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.Table;

/**
 * parquet-java's own column writers as a {@link GroupEncoder}: each row group fills a column write
 * store of {@link ParquetProperties#newColumnWriteStore} over a {@link ColumnChunkPageWriteStore},
 * which is flushed (pages compressed, dictionaries and statistics made) on the encoding thread and
 * handed over whole; the file writer only copies it, as parquet-java's
 * {@code InternalParquetRecordWriter.flushRowGroupToStore} does on one thread. Set up as
 * {@link RowGroupEncoder} is wherever parquet-java allows it: zstd at the same level, version 1
 * pages of at most 1 MiB and {@value #PAGE_ROWS} rows, dictionaries of at most 1 MiB, the key column
 * plain, statistics, column and offset indexes and size statistics. parquet-java has no rule for
 * columns of distinct values: it drops their dictionary at the end of the first page, where the own
 * encoder does so after {@link ColumnChunkEncoder#PROBE_VALUES} values.
 */
public final class ColumnStoreEncoder implements GroupEncoder {

    /** Rows per page at most, as in {@link ColumnChunkEncoder#PAGE_ROWS}. */
    static final int PAGE_ROWS = ColumnChunkEncoder.PAGE_ROWS;

    private final MessageType schema;
    private final ParquetProperties properties;
    private final ColumnDescriptor[] descriptors;
    /** Per column, its greatest definition level: a list's level of an element, otherwise of a value. */
    private final int[] defined;
    private final ZstdPageCompressor compressor = new ZstdPageCompressor();
    private final ColumnWriter[] writers;
    private ColumnChunkPageWriteStore pages;
    private ColumnWriteStore store;
    private int rows;
    /** Per column, whether the open list has no element yet. */
    private final boolean[] listEmpty;

    /** An encoder of rows of {@code table}. */
    public ColumnStoreEncoder(Table<?> table) {
        this.schema = ParquetSchema.of(table);
        List<? extends Column<?>> columns = table.columns();
        this.properties = ParquetProperties.builder()
                .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_1_0)
                .withPageSize(ColumnChunkEncoder.PAGE_BYTES)
                .withPageRowCountLimit(PAGE_ROWS)
                .withDictionaryPageSize(ColumnChunkEncoder.MAX_DICTIONARY_BYTES)
                .withDictionaryEncoding(columns.get(0).name(), false)
                .withAllocator(HeapByteBufferAllocator.getInstance())
                .build();
        List<ColumnDescriptor> list = schema.getColumns();
        this.descriptors = list.toArray(new ColumnDescriptor[0]);
        this.defined = new int[descriptors.length];
        for (int i = 0; i < descriptors.length; i++) {
            defined[i] = descriptors[i].getMaxDefinitionLevel();
        }
        this.writers = new ColumnWriter[descriptors.length];
        this.listEmpty = new boolean[descriptors.length];
        startGroup();
    }

    private void startGroup() {
        pages = new ColumnChunkPageWriteStore(compressor, schema, properties.getAllocator(),
                properties.getColumnIndexTruncateLength(), properties.getPageWriteChecksumEnabled());
        store = properties.newColumnWriteStore(schema, pages, pages);
        for (int i = 0; i < descriptors.length; i++) {
            writers[i] = store.getColumnWriter(descriptors[i]);
        }
    }

    @Override
    public void nullValue(int column) {
        if (defined[column] == 0 || descriptors[column].getMaxRepetitionLevel() == defined[column]) {
            throw new IllegalArgumentException("column " + name(column) + " is required but was given a null");
        }
        writers[column].writeNull(0, 0);
    }

    @Override
    public void text(int column, byte[] utf8, int offset, int length) {
        // Reused, not constant: the bytes are the input's, whose buffer is refilled after the group is
        // encoded, and statistics and dictionaries keep copies only of values marked as reused.
        writers[column].write(Binary.fromReusedByteArray(utf8, offset, length), 0, defined[column]);
    }

    @Override
    public void int32(int column, int value) {
        writers[column].write(value, 0, defined[column]);
    }

    @Override
    public void float64(int column, double value) {
        writers[column].write(value, 0, defined[column]);
    }

    @Override
    public void listStart(int column) {
        listEmpty[column] = true;
    }

    @Override
    public void listItem(int column, byte[] utf8, int offset, int length) {
        writers[column].write(Binary.fromReusedByteArray(utf8, offset, length), listEmpty[column] ? 0 : 1,
                defined[column]);
        listEmpty[column] = false;
    }

    @Override
    public void listEnd(int column) {
        if (listEmpty[column]) {
            // An empty list is defined up to the list, not to an element.
            writers[column].writeNull(0, defined[column] - 1);
        }
    }

    @Override
    public void endRow() {
        store.endRecord();
        rows++;
    }

    @Override
    public int rowCount() {
        return rows;
    }

    @Override
    public EncodedRowGroup finish() {
        if (rows == 0) {
            throw new IllegalStateException("no rows to make a row group of");
        }
        store.flush();
        store.close();
        EncodedRowGroup group = new StoreRowGroup(rows, pages);
        rows = 0;
        startGroup();
        return group;
    }

    @Override
    public void close() {
        store.close();
        pages.close();
        compressor.release();
    }

    private String name(int column) {
        return descriptors[column].getPath()[0];
    }
}
