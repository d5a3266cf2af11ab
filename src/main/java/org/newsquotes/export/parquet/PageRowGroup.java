package org.newsquotes.export.parquet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.statistics.SizeStatistics;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/** A row group of pages made by {@link RowGroupEncoder}; immutable. */
final class PageRowGroup extends EncodedRowGroup {

    private final List<EncodedColumnChunk> columns;

    PageRowGroup(long rows, List<EncodedColumnChunk> columns) {
        super(rows);
        this.columns = List.copyOf(columns);
    }

    /** The column chunks, in column order. */
    List<EncodedColumnChunk> columns() {
        return columns;
    }

    @Override
    boolean ownPages() {
        return true;
    }

    @Override
    void writeTo(ParquetFileWriter writer, List<ColumnDescriptor> descriptors) throws IOException {
        if (columns.size() != descriptors.size()) {
            throw new IllegalArgumentException("a row group of " + columns.size() + " columns for a table of "
                    + descriptors.size());
        }
        for (int i = 0; i < columns.size(); i++) {
            ColumnDescriptor descriptor = descriptors.get(i);
            EncodedColumnChunk chunk = columns.get(i);
            writer.startColumn(descriptor, chunk.valueCount(), CompressionCodecName.ZSTD);
            if (chunk.dictionary() != null) {
                writer.writeDictionaryPage(new DictionaryPage(BytesInput.from(chunk.dictionary()),
                        chunk.dictionaryUncompressedSize(), chunk.dictionarySize(), Encoding.PLAIN));
            }
            Encoding repetition = levelEncoding(descriptor.getMaxRepetitionLevel());
            Encoding definition = levelEncoding(descriptor.getMaxDefinitionLevel());
            for (EncodedPage page : chunk.pages()) {
                writer.writeDataPage(page.valueCount(), page.uncompressedSize(), BytesInput.from(page.bytes()),
                        statistics(descriptor, page), page.rowCount(), repetition, definition,
                        page.dictionaryEncoded() ? Encoding.RLE_DICTIONARY : Encoding.PLAIN, null, null,
                        sizes(descriptor, page.sizes()));
            }
            writer.endColumn();
        }
    }

    /**
     * The encoding of a page's repetition or definition levels: RLE, or, when the column has none to
     * write (a highest level of 0), the deprecated BIT_PACKED that parquet-java's writer names then too
     * (its {@code DevNullValuesWriter}), so that the file's metadata is the one that writer gives.
     */
    @SuppressWarnings("deprecation")
    private static Encoding levelEncoding(int maxLevel) {
        return maxLevel > 0 ? Encoding.RLE : Encoding.BIT_PACKED;
    }

    /** The page's statistics, with its NaN count for floating-point columns as parquet-java's writer gives it. */
    private static Statistics<?> statistics(ColumnDescriptor descriptor, EncodedPage page) {
        PrimitiveType type = descriptor.getPrimitiveType();
        Statistics.Builder builder = Statistics.getBuilderForReading(type).withNumNulls(page.nulls());
        PrimitiveTypeName name = type.getPrimitiveTypeName();
        if (name == PrimitiveTypeName.DOUBLE || name == PrimitiveTypeName.FLOAT) {
            builder.withNanCount(page.nans());
        }
        if (page.min() != null) {
            builder.withMin(page.min()).withMax(page.max());
        }
        return builder.build();
    }

    private static SizeStatistics sizes(ColumnDescriptor descriptor, PageSizes sizes) {
        return new SizeStatistics(descriptor.getPrimitiveType(), sizes.unencodedBytes(),
                longs(sizes.repetitionHistogram()), longs(sizes.definitionHistogram()));
    }

    /** A changeable list, as {@link SizeStatistics#mergeStatistics} adds into the first page's lists. */
    private static List<Long> longs(long[] values) {
        List<Long> list = new ArrayList<>(values.length);
        for (long value : values) {
            list.add(value);
        }
        return list;
    }
}
