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
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Tables;
import org.newsquotes.model.DatasetVersion;

/**
 * The yardstick of the encoder's benchmarks: parquet-java's record writer (a {@link ParquetWriter}
 * fed through a {@code RecordConsumer}), set up as the exports were written before the encoder
 * replaced it: zstd level 3, row groups of about 16 MiB, the key column without a dictionary.
 */
public final class RecordConsumerTableWriter {

    private static final long ROW_GROUP_BYTES = 16L * 1024 * 1024;

    /** Writes {@code rows}, values in column order, text already made {@link #prepare}d or not. */
    public long write(Table<Object[]> table, Iterator<Object[]> rows, Path file) throws IOException {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(ParquetTableWriter.DATASET_VERSION_KEY, DatasetVersion.current());
        metadata.put(ParquetTableWriter.SCHEMA_VERSION_KEY, Tables.SCHEMA_VERSION);
        long count = 0;
        try (ParquetWriter<Object[]> writer = new Builder(new LocalOutputFile(file),
                new RowWriteSupport<>(table, metadata))
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(new ZstdCodecFactory())
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withWriteMode(ParquetFileWriter.Mode.CREATE)
                .withRowGroupSize(ROW_GROUP_BYTES)
                .withDictionaryEncoding(table.columns().get(0).name(), false)
                .build()) {
            while (rows.hasNext()) {
                writer.write(rows.next());
                count++;
            }
        }
        return count;
    }

    /** The row with its text encoded as UTF-8 ahead of writing, as the bulk pipeline's workers did it. */
    public static Object[] prepare(Object[] row) {
        Object[] prepared = row.clone();
        for (int i = 0; i < prepared.length; i++) {
            if (prepared[i] instanceof String s) {
                prepared[i] = Binary.fromConstantByteArray(s.getBytes(StandardCharsets.UTF_8));
            }
        }
        return prepared;
    }

    private static final class Builder extends ParquetWriter.Builder<Object[], Builder> {

        private final WriteSupport<Object[]> writeSupport;

        Builder(OutputFile file, WriteSupport<Object[]> writeSupport) {
            super(file);
            this.writeSupport = writeSupport;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Object[]> getWriteSupport(ParquetConfiguration conf) {
            return writeSupport;
        }

        @Override
        @SuppressWarnings("deprecation")
        protected WriteSupport<Object[]> getWriteSupport(Configuration conf) {
            throw new UnsupportedOperationException("Hadoop configurations are not supported");
        }
    }
}
