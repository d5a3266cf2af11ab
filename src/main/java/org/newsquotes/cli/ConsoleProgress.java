package org.newsquotes.cli;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.newsquotes.bulk.BulkPipeline;

/**
 * One line of progress on a terminal, rewritten in place at most twice a second: rows, rows per
 * second, and, when the reader can tell how far into the file it is, the share done and the time left.
 *
 * <p>The rates are those of the last {@link #WINDOW_NANOS} of work, not the averages since the start:
 * the first seconds of a run are slow (classes load, the compiler has not yet compiled the hot
 * loops), and an average that includes them overstates the time left for the rest of the run.
 */
final class ConsoleProgress implements BulkPipeline.Progress {

    private static final long INTERVAL_NANOS = 500_000_000L;
    /** How far back the rates look. */
    static final long WINDOW_NANOS = 10_000_000_000L;

    /** Where the pass was at one moment. */
    private record Sample(long nanos, long bytesRead, long rows) {
    }

    private final String file;
    private final long fileBytes;
    private final PrintWriter err;
    private final LongSupplier nanoTime;
    private final ArrayDeque<Sample> window = new ArrayDeque<>();
    private boolean lineShown;

    /**
     * @param fileBytes the file's size
     * @param nanoTime the clock, as {@link System#nanoTime}
     */
    ConsoleProgress(String file, long fileBytes, PrintWriter err, LongSupplier nanoTime) {
        this.file = file;
        this.fileBytes = fileBytes;
        this.err = err;
        this.nanoTime = nanoTime;
        window.add(new Sample(nanoTime.getAsLong(), 0, 0));
    }

    @Override
    public void update(long bytesRead, long rows) {
        long now = nanoTime.getAsLong();
        if (now - window.getLast().nanos() < INTERVAL_NANOS) {
            return;
        }
        Sample sample = new Sample(now, bytesRead, rows);
        window.add(sample);
        dropOlderThanWindow(now);
        err.print(line(window.getFirst(), sample));
        err.flush();
        lineShown = true;
    }

    /**
     * Drops the oldest samples while the one after is itself a window old, so that the rates span at
     * least a whole window (or all the work, early on).
     */
    private void dropOlderThanWindow(long now) {
        while (window.size() > 2) {
            Sample oldest = window.removeFirst();
            if (now - window.getFirst().nanos() < WINDOW_NANOS) {
                window.addFirst(oldest);
                return;
            }
        }
    }

    /** The line that shows {@code now}, with the rates since {@code from}. */
    private String line(Sample from, Sample now) {
        double seconds = (now.nanos() - from.nanos()) / 1e9;
        StringBuilder line = new StringBuilder("\r").append(file).append(": ")
                .append(String.format(Locale.ROOT, "%d rows, %.0f rows/s", now.rows(),
                        (now.rows() - from.rows()) / seconds));
        if (now.bytesRead() > 0 && fileBytes > 0) {
            double done = Math.min(1, (double) now.bytesRead() / fileBytes);
            line.append(String.format(Locale.ROOT, ", %.0f%%", 100 * done));
            double bytesPerSecond = (now.bytesRead() - Math.max(0, from.bytesRead())) / seconds;
            if (bytesPerSecond > 0) {
                line.append(String.format(Locale.ROOT, ", about %.0f s left",
                        Math.max(0, fileBytes - now.bytesRead()) / bytesPerSecond));
            }
        }
        return line.append("\u001b[K").toString();
    }

    @Override
    public void done() {
        clearLine();
    }

    /** Clears the progress line, if one is shown, so that what is written next starts a clean line. */
    void clearLine() {
        if (lineShown) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
