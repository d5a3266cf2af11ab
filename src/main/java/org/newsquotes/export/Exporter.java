package org.newsquotes.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes every table in every format into a folder, all or nothing: the files are written into a
 * staging folder beside their targets and moved into place only when all of them are complete, so
 * that an error half way leaves the previous exports as they were.
 */
public final class Exporter {

    private final List<TableWriter> writers;

    /** @param writers one writer per format */
    public Exporter(List<TableWriter> writers) {
        this.writers = List.copyOf(writers);
    }

    /** A file written, and how many rows it holds. */
    public record WrittenFile(Path file, long rows) {
    }

    /**
     * Writes {@code tables} into {@code outputDir}, creating it when needed.
     *
     * @return the files written, in the order written
     */
    public List<WrittenFile> export(List<Tables.Export<?>> tables, Path outputDir) throws IOException {
        Files.createDirectories(outputDir);
        Path staging = Files.createTempDirectory(outputDir, ".staging-");
        try {
            List<WrittenFile> staged = new ArrayList<>();
            for (Tables.Export<?> export : tables) {
                for (TableWriter writer : writers) {
                    staged.add(write(export, writer, staging));
                }
            }
            List<WrittenFile> written = new ArrayList<>();
            for (WrittenFile file : staged) {
                Path target = outputDir.resolve(file.file().getFileName().toString());
                move(file.file(), target);
                written.add(new WrittenFile(target, file.rows()));
            }
            return written;
        } finally {
            deleteRecursively(staging);
        }
    }

    private static <R> WrittenFile write(Tables.Export<R> export, TableWriter writer, Path folder)
            throws IOException {
        Path file = folder.resolve(export.table().name() + "." + writer.extension());
        try (Stream<R> rows = export.rows().get()) {
            return new WrittenFile(file, writer.write(export.table(), rows.iterator(), file));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
