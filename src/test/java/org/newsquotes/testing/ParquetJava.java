package org.newsquotes.testing;

import com.github.luben.zstd.Zstd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.PlainReadOptions;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * parquet-java's reader, without Hadoop: a second reader of our Parquet files besides DuckDB. Rows
 * come back as lists of plain values: {@link String} for text, {@link Integer} for whole numbers and
 * dates (days since 1970-01-01), {@link Double}, a {@code List<String>} for a list, null for a null.
 */
public final class ParquetJava {

    private ParquetJava() {
    }

    /** The footer of {@code file}, as parquet-java reads it. */
    public static ParquetMetadata footer(Path file) throws IOException {
        try (ParquetFileReader reader = open(file)) {
            return reader.getFooter();
        }
    }

    /** Every row of {@code file}, in order, read through parquet-java's record assembly. */
    public static List<List<Object>> rows(Path file) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        try (ParquetFileReader reader = open(file)) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            MessageColumnIO io = new ColumnIOFactory().getColumnIO(schema);
            for (PageReadStore group = reader.readNextRowGroup(); group != null; group = reader.readNextRowGroup()) {
                RecordReader<Group> records = io.getRecordReader(group, new GroupRecordConverter(schema));
                for (long i = 0; i < group.getRowCount(); i++) {
                    rows.add(row(records.read(), schema));
                }
            }
        }
        return rows;
    }

    private static ParquetFileReader open(Path file) throws IOException {
        return ParquetFileReader.open(new LocalInputFile(file), PlainReadOptions.with(new ZstdDecompressors()));
    }

    private static List<Object> row(Group record, GroupType schema) {
        List<Object> values = new ArrayList<>();
        for (int field = 0; field < schema.getFieldCount(); field++) {
            Type type = schema.getType(field);
            if (record.getFieldRepetitionCount(field) == 0) {
                values.add(null);
            } else if (type.isPrimitive()) {
                values.add(value(record, field, 0, type.asPrimitiveType()));
            } else {
                // The three-level list: the list group, its repeated group, each one's element.
                Group list = record.getGroup(field, 0);
                List<Object> elements = new ArrayList<>();
                for (int i = 0; i < list.getFieldRepetitionCount(0); i++) {
                    Group item = list.getGroup(0, i);
                    elements.add(value(item, 0, 0, item.getType().getType(0).asPrimitiveType()));
                }
                values.add(elements);
            }
        }
        return values;
    }

    private static Object value(Group record, int field, int index, PrimitiveType type) {
        switch (type.getPrimitiveTypeName()) {
            case BINARY:
                return record.getString(field, index);
            case INT32:
                return record.getInteger(field, index);
            case DOUBLE:
                return record.getDouble(field, index);
            default:
                throw new IllegalArgumentException("no test reading of " + type);
        }
    }

    /** zstd decompression through zstd-jni: parquet-java's own codecs need Hadoop. */
    private static final class ZstdDecompressors implements CompressionCodecFactory {

        @Override
        public BytesInputCompressor getCompressor(CompressionCodecName codecName) {
            throw new UnsupportedOperationException("only reads");
        }

        @Override
        public BytesInputDecompressor getDecompressor(CompressionCodecName codecName) {
            if (codecName != CompressionCodecName.ZSTD) {
                throw new IllegalArgumentException("only ZSTD pages are expected, not " + codecName);
            }
            return new BytesInputDecompressor() {
                @Override
                public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
                    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
                    bytes.writeAllTo(compressed);
                    return BytesInput.from(Zstd.decompress(compressed.toByteArray(), uncompressedSize));
                }

                @Override
                public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                        throws IOException {
                    byte[] compressed = new byte[compressedSize];
                    input.get(compressed);
                    output.put(Zstd.decompress(compressed, uncompressedSize));
                }

                @Override
                public void release() {
                    // Nothing is pooled.
                }
            };
        }

        @Override
        public void release() {
            // Nothing is pooled.
        }
    }
}
