package org.newsquotes.export.parquet;

import java.util.List;

/**
 * Parquet files whose pages parquet-java's own column writers make ({@link ColumnStoreEncoder}): the
 * reference that the tests compare the tool's own encoder with, and the library path that the
 * benchmark measures it against (BENCHMARKS.md, "Library paths"), which the exports do not use.
 */
public final class LibraryPages {

    /** The encoders by name: the tool's own, and parquet-java's column writers. */
    public static final List<String> ENCODERS = List.of("own", "parquet-java");

    private LibraryPages() {
    }

    /** A writer of row groups of {@code rowsPerGroup} rows, made by the encoder named ({@link #ENCODERS}). */
    public static ParquetTableWriter writer(String encoder, int rowsPerGroup) {
        switch (encoder) {
            case "own":
                return new ParquetTableWriter(rowsPerGroup);
            case "parquet-java":
                return writer(rowsPerGroup);
            default:
                throw new IllegalArgumentException("no encoder " + encoder + "; the encoders are " + ENCODERS);
        }
    }

    /** A writer of row groups of {@code rowsPerGroup} rows, made by parquet-java's column writers. */
    public static ParquetTableWriter writer(int rowsPerGroup) {
        return new ParquetTableWriter(rowsPerGroup, ColumnStoreEncoder::new);
    }
}
