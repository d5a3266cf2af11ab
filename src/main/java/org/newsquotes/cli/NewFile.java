package org.newsquotes.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file a command writes whole or not at all: its content goes to a partial file beside it, which is
 * moved into its place in one step once complete, and removed when writing fails. A run stopped midway
 * leaves at most a hidden {@code .NAME.partial}, never a short file under the real name.
 */
final class NewFile {

    /**
     * What fills the partial file.
     *
     * @param <T> what writing it tells, such as the rows written
     */
    @FunctionalInterface
    interface Content<T> {
        /** Writes the content to {@code partial}, which does not exist yet. */
        T writeTo(Path partial) throws IOException;
    }

    private NewFile() {
    }

    /**
     * Writes {@code file} through {@code content}, in place of any file of that name: a command that must
     * not replace one refuses it first.
     *
     * @return what {@code content} told
     */
    static <T> T write(Path file, Content<T> content) throws IOException {
        Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            T told = content.writeTo(partial);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return told;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Writes {@code bytes} as {@code file}. */
    static void write(Path file, byte[] bytes) throws IOException {
        write(file, partial -> Files.write(partial, bytes));
    }
}
