package org.newsquotes.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import org.newsquotes.schema.Messages;

/**
 * What a command that failed on the machine rather than on the data says: one line naming the file,
 * the cause in plain words and what to do, in place of an exception's class and stack.
 */
final class Failures {

    private Failures() {
    }

    /** The line for {@code e} when it is a failure of input or output, else null (a bug). */
    static String describe(Throwable e) {
        IOException io = e instanceof UncheckedIOException u ? u.getCause()
                : e instanceof IOException i ? i : null;
        if (io == null) {
            return null;
        }
        String cause = Messages.cause(io);
        String file = io instanceof FileSystemException f && f.getFile() != null ? f.getFile() + ": " : "";
        if (!(io instanceof FileSystemException)) {
            return "quotes: error: " + io.getMessage();
        }
        return "quotes: error: " + file + cause + advice(io, cause);
    }

    private static String advice(IOException io, String cause) {
        String lower = cause.toLowerCase(Locale.ROOT);
        if (io instanceof AccessDeniedException) {
            return "; give the user running quotes access to it, or choose another path";
        }
        if (lower.contains("no space left")) {
            return "; free some space on that disk, or write elsewhere with --output, and run again";
        }
        return "";
    }
}
