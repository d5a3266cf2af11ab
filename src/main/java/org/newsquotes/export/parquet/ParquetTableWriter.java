package org.newsquotes.export.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.Table;
import org.newsquotes.export.TableWriter;

/**
 * Parquet files, zstd-compressed, one field per column with its logical type (see
 * {@link ParquetSchema}), and the dataset and schema versions in the file's key-value metadata. The
 * same rows give the same bytes: nothing in the file depends on the time, the machine or its
 * defaults. Memory is bounded by the row group, {@link #ROWS_PER_GROUP} rows, whatever the number of
 * rows. Rows go through one {@link GroupEncoder}, this tool's own ({@link RowGroupEncoder}), into a
 * {@link ParquetAssembler}; encoding the same row groups on several threads and appending them in
 * order gives the same bytes.
 */
public final class ParquetTableWriter implements TableWriter {

    /** Key-value metadata key of the dataset version. */
    public static final String DATASET_VERSION_KEY = "org.newsquotes.dataset_version";
    /** Key-value metadata key of the version of the tables' columns. */
    public static final String SCHEMA_VERSION_KEY = "org.newsquotes.schema_version";

    /** Rows in each row group but the last. */
    public static final int ROWS_PER_GROUP = 16_384;

    private final int rowsPerGroup;
    private final Function<Table<?>, GroupEncoder> encoders;

    /** A writer with row groups of {@link #ROWS_PER_GROUP} rows. */
    public ParquetTableWriter() {
        this(ROWS_PER_GROUP);
    }

    /** A writer with row groups of {@code rowsPerGroup} rows, made by this tool's own encoder. */
    public ParquetTableWriter(int rowsPerGroup) {
        this(rowsPerGroup, RowGroupEncoder::new);
    }

    /**
     * A writer with row groups of {@code rowsPerGroup} rows, made by the encoders {@code encoders}
     * makes: the tests' way to write with a reference encoder.
     */
    ParquetTableWriter(int rowsPerGroup, Function<Table<?>, GroupEncoder> encoders) {
        if (rowsPerGroup < 1) {
            throw new IllegalArgumentException("a row group holds at least one row, not " + rowsPerGroup);
        }
        this.rowsPerGroup = rowsPerGroup;
        this.encoders = encoders;
    }

    /** A new encoder of row groups of {@code table}. */
    public GroupEncoder encoder(Table<?> table) {
        return encoders.apply(table);
    }

    /** Rows in each row group but the last. */
    public int rowsPerGroup() {
        return rowsPerGroup;
    }

    @Override
    public String extension() {
        return "parquet";
    }

    @Override
    public <R> long write(Table<R> table, Iterator<R> rows, Path file) throws IOException {
        List<Column<R>> columns = table.columns();
        long count = 0;
        try (GroupEncoder encoder = encoder(table);
                ParquetAssembler assembler = new ParquetAssembler(file, table)) {
            while (rows.hasNext()) {
                R row = rows.next();
                for (int i = 0; i < columns.size(); i++) {
                    encoder.value(i, columns.get(i).valueOf(row));
                }
                encoder.endRow();
                count++;
                if (encoder.rowCount() == rowsPerGroup) {
                    assembler.append(encoder.finish());
                }
            }
            if (encoder.rowCount() > 0) {
                assembler.append(encoder.finish());
            }
        }
        return count;
    }
}
