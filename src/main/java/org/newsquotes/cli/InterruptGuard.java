package org.newsquotes.cli;

import java.io.PrintWriter;
import org.newsquotes.export.StagingFolder;

/**
 * While an export writes into a staging folder: when the process is told to stop (SIGTERM, Ctrl-C),
 * the staging folder is given up, or a move into place under way is let finish, and what the target
 * folder then holds is said on stderr.
 */
final class InterruptGuard implements AutoCloseable {

    private final Thread hook;

    InterruptGuard(StagingFolder staging, PrintWriter err) {
        hook = new Thread(() -> {
            err.print("quotes: interrupted; " + staging.abandon() + "\n");
            err.flush();
        }, "quotes-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The export has ended, one way or the other: nothing is left to do on a stop. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run: it says what the folder holds.
        }
    }
}
