package org.newsquotes.export;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.UUID;

/**
 * An exclusive lock on an export folder, held by one run at a time, so that a run never removes the
 * staging folder of another that is still writing. It is the operating system's lock on the file
 * {@value #NAME} in the folder, released when the process ends however it ends. The file is removed
 * when the lock is released; a run that locked a file which another has just removed finds that its
 * file is no longer the folder's (the token it wrote is not there) and tries again.
 */
final class FolderLock implements Closeable {

    /** The lock file's name. */
    static final String NAME = ".export.lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean released;

    private FolderLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code folder}, which exists.
     *
     * @return the lock, or null when another run holds it
     */
    static FolderLock tryAcquire(Path folder) throws IOException {
        Path file = folder.resolve(NAME);
        while (true) {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                return null;
            }
            if (holds(file, channel)) {
                return new FolderLock(file, channel, lock);
            }
            channel.close();
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Whether the locked {@code channel} is still the file at {@code file}: a token written through one is read through the other. */
    private static boolean holds(Path file, FileChannel channel) throws IOException {
        byte[] token = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(token), 0);
        try {
            return Arrays.equals(Files.readAllBytes(file), token);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** Removes the lock file, then releases the lock; once. */
    @Override
    public synchronized void close() throws IOException {
        if (released) {
            return;
        }
        released = true;
        try {
            Files.deleteIfExists(file);
        } finally {
            lock.release();
            channel.close();
        }
    }
}
