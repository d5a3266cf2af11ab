package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line, on a clock the test moves. */
class ConsoleProgressTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong nanos = new AtomicLong(1_000 * SECOND);
    private final StringWriter err = new StringWriter();
    private final ConsoleProgress progress = new ConsoleProgress("f.jsonl", 2000, new PrintWriter(err), nanos::get);

    /** The last line shown, without the carriage return before it and the clearing after it. */
    private String lastLine() {
        String all = err.toString();
        return all.substring(all.lastIndexOf('\r') + 1, all.lastIndexOf("\u001b[K"));
    }

    /** Moves the clock on by half-second steps for {@code seconds}, reading {@code bytesPerSecond} meanwhile. */
    private long run(long bytes, int seconds, long bytesPerSecond) {
        for (int step = 0; step < 2 * seconds; step++) {
            nanos.addAndGet(SECOND / 2);
            bytes += bytesPerSecond / 2;
            progress.update(bytes, bytes);
        }
        return bytes;
    }

    @Test
    void estimatesTheTimeLeftFromTheRateOfTheLastSeconds() {
        // A slow start (as while the compiler warms up), then the steady rate.
        long bytes = run(0, 20, 6);
        bytes = run(bytes, 10, 50);

        assertThat(bytes).isEqualTo(620);
        // The last 10 s read 500 bytes: 1380 left at 50 a second is 27.6 s. The average since the start,
        // about 20.7 a second, would say 67 s.
        assertThat(lastLine()).isEqualTo("f.jsonl: 620 rows, 50 rows/s, 31%, about 28 s left");
    }

    @Test
    void earlyOnTheRateIsThatSinceTheStart() {
        run(0, 4, 100);

        assertThat(lastLine()).isEqualTo("f.jsonl: 400 rows, 100 rows/s, 20%, about 16 s left");
    }

    @Test
    void showsAtMostTwoLinesASecondAndClearsItsLineWhenDone() {
        progress.update(10, 10);
        nanos.addAndGet(SECOND / 4);
        progress.update(20, 20);
        assertThat(err.toString()).as("nothing within the first half second").isEmpty();
        progress.done();
        assertThat(err.toString()).as("no line to clear").isEmpty();

        nanos.addAndGet(SECOND / 4);
        progress.update(40, 40);
        assertThat(lastLine()).isEqualTo("f.jsonl: 40 rows, 80 rows/s, 2%, about 25 s left");
        progress.done();
        assertThat(err.toString()).endsWith("\u001b[K\r\u001b[K");
    }

    @Test
    void leavesOutTheShareWhenTheReaderCannotTellHowFarItIs() {
        nanos.addAndGet(SECOND);
        progress.update(-1, 300);

        assertThat(lastLine()).isEqualTo("f.jsonl: 300 rows, 300 rows/s");
    }
}
