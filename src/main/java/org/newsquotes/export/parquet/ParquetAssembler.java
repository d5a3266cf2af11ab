package org.newsquotes.export.parquet;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Tables;
import org.newsquotes.model.DatasetVersion;

/**
 * Writes a Parquet file of one table from row groups encoded by {@link GroupEncoder}s, in the order
 * they are appended. parquet-java's file writer lays out the pages and writes the footer: the schema
 * ({@link ParquetSchema}), chunk statistics, column and offset indexes, size statistics, and the
 * dataset and schema versions as key-value metadata. The footer's {@code created_by} names the
 * writer of the pages: this tool ({@link CreatedBy#TOOL}), unless every group came from parquet-java's
 * column writers. Used by one thread.
 */
public final class ParquetAssembler implements Closeable {

    /** A local file has no file system blocks for row groups to align with: no block size, no padding. */
    private static final long NO_BLOCKS = 0;

    private final ParquetFileWriter writer;
    private final List<ColumnDescriptor> descriptors;
    private final Path file;
    /** Whether a group of pages of this tool's encoder, or of parquet-java's column writers, was appended. */
    private boolean ownPages;
    private boolean libraryPages;
    private boolean failed;
    private boolean closed;

    /**
     * Starts the file {@code file}, which must not exist, for rows of {@code table}.
     *
     * @throws java.nio.file.FileAlreadyExistsException when the file exists
     */
    public ParquetAssembler(Path file, Table<?> table) throws IOException {
        MessageType schema = ParquetSchema.of(table);
        this.file = file;
        this.descriptors = schema.getColumns();
        this.writer = new ParquetFileWriter(new LocalOutputFile(file), schema, ParquetFileWriter.Mode.CREATE,
                NO_BLOCKS, 0, ParquetProperties.DEFAULT_COLUMN_INDEX_TRUNCATE_LENGTH,
                ParquetProperties.DEFAULT_STATISTICS_TRUNCATE_LENGTH,
                ParquetProperties.DEFAULT_PAGE_WRITE_CHECKSUM_ENABLED);
        try {
            writer.start();
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    /** Writes {@code group} after the groups appended before it. */
    public void append(EncodedRowGroup group) throws IOException {
        failed = true;
        writer.startBlock(group.rows());
        group.writeTo(writer, descriptors);
        writer.endBlock();
        libraryPages |= !group.ownPages();
        ownPages |= group.ownPages();
        failed = false;
    }

    /** Writes the footer and closes the file; after a failed append, only closes it. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (failed) {
            writer.close();
            return;
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(ParquetTableWriter.DATASET_VERSION_KEY, DatasetVersion.current());
        metadata.put(ParquetTableWriter.SCHEMA_VERSION_KEY, Tables.SCHEMA_VERSION);
        writer.end(metadata);
        if (ownPages || !libraryPages) {
            CreatedBy.rewrite(file, CreatedBy.TOOL);
        }
    }
}
