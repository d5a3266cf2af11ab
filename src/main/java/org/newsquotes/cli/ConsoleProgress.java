package org.newsquotes.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.newsquotes.bulk.BulkPipeline;

/**
 * One line of progress on a terminal, rewritten in place at most twice a second: rows, rows per
 * second, and, when the reader can tell how far into the file it is, the share done and the time left.
 */
final class ConsoleProgress implements BulkPipeline.Progress {

    private static final long INTERVAL_NANOS = 500_000_000L;

    private final String file;
    private final long fileBytes;
    private final PrintWriter err;
    private final long started = System.nanoTime();
    private long shown = started;

    ConsoleProgress(String file, long fileBytes, PrintWriter err) {
        this.file = file;
        this.fileBytes = fileBytes;
        this.err = err;
    }

    @Override
    public void update(long bytesRead, long rows) {
        long now = System.nanoTime();
        if (now - shown < INTERVAL_NANOS) {
            return;
        }
        shown = now;
        double seconds = (now - started) / 1e9;
        StringBuilder line = new StringBuilder("\r").append(file).append(": ")
                .append(String.format(Locale.ROOT, "%d rows, %.0f rows/s", rows, rows / seconds));
        if (bytesRead > 0 && fileBytes > 0) {
            double done = Math.min(1, (double) bytesRead / fileBytes);
            line.append(String.format(Locale.ROOT, ", %.0f%%, about %.0f s left", 100 * done,
                    seconds * (1 - done) / done));
        }
        err.print(line.append("\u001b[K"));
        err.flush();
    }

    @Override
    public void done() {
        clearLine();
    }

    /** Clears the progress line, if one is shown, so that what is written next starts a clean line. */
    void clearLine() {
        if (shown != started) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
