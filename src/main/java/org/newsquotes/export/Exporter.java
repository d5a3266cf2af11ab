package org.newsquotes.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Tables;

/**
 * Writes every table in every format, then the metadata files, into a folder, all or nothing: the
 * files are written into a staging folder beside their targets and moved into place only when all of
 * them are complete, so that an error half way leaves the previous exports as they were.
 */
public final class Exporter {

    private final List<TableWriter> writers;
    private final List<MetadataWriter> metadataWriters;

    /** @param writers one writer per format */
    public Exporter(List<TableWriter> writers) {
        this(writers, List.of());
    }

    /**
     * @param writers one writer per format
     * @param metadataWriters the writers of the files about the export, in order: each sees the files of
     *     the ones before it
     */
    public Exporter(List<TableWriter> writers, List<MetadataWriter> metadataWriters) {
        this.writers = List.copyOf(writers);
        this.metadataWriters = List.copyOf(metadataWriters);
    }

    /** A file written, and how many rows it holds (none for a metadata file). */
    public record WrittenFile(Path file, OptionalLong rows) {
    }

    /**
     * Writes {@code tables} into {@code outputDir}, creating it when needed.
     *
     * @return the files written, in the order written
     */
    public List<WrittenFile> export(List<Tables.Export<?>> tables, Path outputDir) throws IOException {
        try (StagingFolder staging = StagingFolder.in(outputDir)) {
            return export(tables, staging);
        }
    }

    /**
     * Writes {@code tables} into {@code staging}, then moves them into its target folder.
     *
     * @return the files written, in the order written
     */
    public List<WrittenFile> export(List<Tables.Export<?>> tables, StagingFolder staging) throws IOException {
        List<WrittenFile> staged = new ArrayList<>();
        for (Tables.Export<?> export : tables) {
            for (TableWriter writer : writers) {
                staged.add(write(export, writer, staging));
            }
        }
        List<Table<?>> definitions = tables.stream().<Table<?>>map(Tables.Export::table).toList();
        for (MetadataWriter writer : metadataWriters) {
            Path file = staging.resolve(writer.fileName());
            writer.write(definitions, file.getParent(), file);
            staged.add(new WrittenFile(file, OptionalLong.empty()));
        }
        List<Path> placed = staging.commit(staged.stream().map(f -> f.file().getFileName().toString()).toList());
        List<WrittenFile> written = new ArrayList<>();
        for (int i = 0; i < staged.size(); i++) {
            written.add(new WrittenFile(placed.get(i), staged.get(i).rows()));
        }
        return written;
    }

    /**
     * Exports {@code tables} into a temporary folder, compares it byte for byte with
     * {@code outputDir}, which is left as it is, and deletes the temporary folder.
     */
    public FolderDifferences check(List<Tables.Export<?>> tables, Path outputDir) throws IOException {
        Path temp = Files.createTempDirectory("quotes-export-check-");
        try {
            Path fresh = temp.resolve("exports");
            export(tables, fresh);
            return FolderDifferences.between(fresh, outputDir);
        } finally {
            StagingFolder.deleteRecursively(temp);
        }
    }

    private static <R> WrittenFile write(Tables.Export<R> export, TableWriter writer, StagingFolder folder)
            throws IOException {
        Path file = folder.resolve(export.table().name() + "." + writer.extension());
        try (Stream<R> rows = export.rows().get()) {
            return new WrittenFile(file, OptionalLong.of(writer.write(export.table(), rows.iterator(), file)));
        }
    }
}
