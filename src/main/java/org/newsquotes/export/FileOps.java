package org.newsquotes.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The file operations by which a staged export is put in place: moves, deletes and the journal's
 * writes. One small seam, so that tests can make the k-th operation fail, or stop every operation from
 * the k-th on as a process killed there would, and check what a reader then finds.
 */
public interface FileOps {

    /** The operations of the file system itself. */
    FileOps SYSTEM = new FileOps() {
    };

    /** Moves {@code from} to {@code to}, replacing it, atomically where the file system can. */
    default void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes {@code path}, a file or an empty folder, when it exists. */
    default void delete(Path path) throws IOException {
        Files.deleteIfExists(path);
    }

    /** Makes the folder {@code folder}, which must not exist. */
    default void createFolder(Path folder) throws IOException {
        Files.createDirectory(folder);
    }

    /**
     * Writes {@code bytes} to {@code file} durably and all at once: to a file beside it, forced to the
     * disk, then moved over it, so that a reader finds the old content or the new, never a part.
     */
    default void writeDurably(Path file, byte[] bytes) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        move(temp, file);
    }
}
