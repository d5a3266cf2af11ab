package org.newsquotes.export.parquet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.OutputFile;
import org.newsquotes.export.Table;
import org.newsquotes.export.TableWriter;
import org.newsquotes.export.Tables;
import org.newsquotes.model.DatasetVersion;

/**
 * Parquet files, zstd-compressed, one field per column with its logical type (see
 * {@link ParquetSchema}), and the dataset and schema versions in the file's key-value metadata. The
 * same rows give the same bytes: nothing in the file depends on the time, the machine or its
 * defaults. Memory is bounded by the row group size, whatever the number of rows.
 */
public final class ParquetTableWriter implements TableWriter {

    /** Key-value metadata key of the dataset version. */
    public static final String DATASET_VERSION_KEY = "org.newsquotes.dataset_version";
    /** Key-value metadata key of the version of the tables' columns. */
    public static final String SCHEMA_VERSION_KEY = "org.newsquotes.schema_version";

    /** Rows are buffered up to about this many bytes before a row group is written. */
    static final long ROW_GROUP_BYTES = 16L * 1024 * 1024;

    private final long rowGroupBytes;

    /** A writer with row groups of about {@link #ROW_GROUP_BYTES}. */
    public ParquetTableWriter() {
        this(ROW_GROUP_BYTES);
    }

    /** A writer whose row groups hold about {@code rowGroupBytes}: the bound of its memory use. */
    ParquetTableWriter(long rowGroupBytes) {
        this.rowGroupBytes = rowGroupBytes;
    }

    @Override
    public String extension() {
        return "parquet";
    }

    @Override
    public <R> long write(Table<R> table, Iterator<R> rows, Path file) throws IOException {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(DATASET_VERSION_KEY, DatasetVersion.current());
        metadata.put(SCHEMA_VERSION_KEY, Tables.SCHEMA_VERSION);
        long count = 0;
        try (ParquetWriter<R> writer = new Builder<>(new LocalOutputFile(file), new RowWriteSupport<>(table, metadata))
                // First, so that no later call makes a Hadoop configuration.
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(new ZstdCodecFactory())
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withWriteMode(ParquetFileWriter.Mode.CREATE)
                .withRowGroupSize(rowGroupBytes)
                // The key is unique: its dictionary would hold every value, cost a lookup a row, and be dropped.
                .withDictionaryEncoding(table.columns().get(0).name(), false)
                .build()) {
            while (rows.hasNext()) {
                writer.write(rows.next());
                count++;
            }
        }
        return count;
    }

    /**
     * Encodes the row's text as UTF-8 ahead of writing, the largest part of the writing thread's work
     * otherwise; {@link RowWriteSupport} writes the encoded text as it is. The bytes are held in an
     * array-backed value, which the writer's dictionaries hash and compare faster than the
     * buffer-backed one of {@code Binary.fromString}.
     */
    @Override
    public Object[] prepare(Object[] row) {
        Object[] prepared = row.clone();
        for (int i = 0; i < prepared.length; i++) {
            if (prepared[i] instanceof String s) {
                prepared[i] = Binary.fromConstantByteArray(s.getBytes(StandardCharsets.UTF_8));
            }
        }
        return prepared;
    }

    /** A writer builder whose write support is given, not made from a configuration. */
    private static final class Builder<R> extends ParquetWriter.Builder<R, Builder<R>> {

        private final WriteSupport<R> writeSupport;

        Builder(OutputFile file, WriteSupport<R> writeSupport) {
            super(file);
            this.writeSupport = writeSupport;
        }

        @Override
        protected Builder<R> self() {
            return this;
        }

        @Override
        protected WriteSupport<R> getWriteSupport(ParquetConfiguration conf) {
            return writeSupport;
        }

        @Override
        @SuppressWarnings("deprecation")
        protected WriteSupport<R> getWriteSupport(Configuration conf) {
            throw new UnsupportedOperationException("Hadoop configurations are not supported");
        }
    }
}
