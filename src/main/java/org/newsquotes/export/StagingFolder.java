package org.newsquotes.export;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A hidden folder beside the files being written, so that they appear all or nothing: files are
 * written here, moved into place only when every one is complete, and whatever is left is deleted
 * on {@link #close()}, so that an error half way leaves the previous files as they were.
 */
public final class StagingFolder implements Closeable {

    private final Path folder;
    private final Path target;

    private StagingFolder(Path folder, Path target) {
        this.folder = folder;
        this.target = target;
    }

    /** A new staging folder inside {@code target}, which is created when needed. */
    public static StagingFolder in(Path target) throws IOException {
        Files.createDirectories(target);
        return new StagingFolder(Files.createTempDirectory(target, ".staging-"), target);
    }

    /** Where a file named {@code name} is written before it is moved into place. */
    public Path resolve(String name) {
        return folder.resolve(name);
    }

    /** Moves the staged file {@code name} into the target folder, replacing a file of that name; returns where. */
    public Path moveIntoPlace(String name) throws IOException {
        Path to = target.resolve(name);
        try {
            Files.move(folder.resolve(name), to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(folder.resolve(name), to, StandardCopyOption.REPLACE_EXISTING);
        }
        return to;
    }

    /** Deletes the staging folder and whatever is still in it. */
    @Override
    public void close() throws IOException {
        deleteRecursively(folder);
    }

    /** Deletes {@code folder} and everything in it, when it exists. */
    static void deleteRecursively(Path folder) throws IOException {
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
