package org.apache.parquet;

import java.util.HashMap;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.format.converter.ParquetMetadataConverter;

/**
 * Read options of parquet-java without Hadoop, for the tests' second reader. Every public way to
 * make {@link ParquetReadOptions} starts from Hadoop's codec factory, whose classes the test class
 * path lacks; the constructor they end in takes the codec factory as it is given, and is reached
 * from this package.
 */
public final class PlainReadOptions {

    /** parquet-java's default allocation size for reading, 8 MiB. */
    private static final int ALLOCATION_SIZE = 8 * 1024 * 1024;

    private PlainReadOptions() {
    }

    /**
     * Options that read every row, no filter of any kind on (so the order of the constructor's nine
     * switches does not matter: all are off), pages decompressed by {@code codecs}.
     */
    public static ParquetReadOptions with(CompressionCodecFactory codecs) {
        return new ParquetReadOptions(false, false, false, false, false, false, false, false, false,
                FilterCompat.NOOP, ParquetMetadataConverter.NO_FILTER, codecs, new HeapByteBufferAllocator(),
                ALLOCATION_SIZE, new HashMap<>(), null, null, new PlainParquetConfiguration());
    }
}
