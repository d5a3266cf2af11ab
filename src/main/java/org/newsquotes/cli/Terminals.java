package org.newsquotes.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * Whether standard error is a terminal, which decides whether progress is shown. Java 17 has no call
 * for one stream: {@code System.console()} is non-null only when standard input and output are both
 * terminals too, so progress would hide whenever output is redirected to a file. On Linux each open
 * file descriptor of the process is a symbolic link in {@code /proc/self/fd} to what it is open on
 * (proc(5)), and a terminal is a {@code /dev/pts/N} pseudo-terminal or a {@code /dev/tty*} device;
 * where there is no such folder, {@code System.console()} is the best guess left.
 */
final class Terminals {

    /** The link of standard error (file descriptor 2) on Linux. */
    static final Path STDERR_LINK = Path.of("/proc/self/fd/2");

    private Terminals() {
    }

    /** Whether this process's standard error is a terminal. */
    static boolean stderrIsTerminal() {
        return isTerminal(STDERR_LINK, () -> System.console() != null);
    }

    /**
     * Whether the file descriptor whose {@code /proc} link is {@code link} is open on a terminal;
     * {@code otherwise} when the link cannot be read (not Linux, or no {@code /proc}).
     */
    static boolean isTerminal(Path link, BooleanSupplier otherwise) {
        Path target;
        try {
            target = Files.readSymbolicLink(link);
        } catch (IOException | UnsupportedOperationException e) {
            return otherwise.getAsBoolean();
        }
        String device = target.toString();
        return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
    }
}
