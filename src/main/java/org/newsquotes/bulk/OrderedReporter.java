package org.newsquotes.bulk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.newsquotes.model.Location;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.TableRules;
import org.newsquotes.schema.Violation;
import org.newsquotes.validate.table.RowFileException;
import org.newsquotes.validate.table.RowValidator;

/**
 * Takes the checked chunks back in file order, on the calling thread: reports their violations with
 * their lines in the file, checks that keys are unique across the file, and hands the rows that are
 * valid and unique on to the outputs' batches. It alone knows where in the file a chunk starts, since
 * a chunk's lines are counted by its worker and added up here, in order.
 */
final class OrderedReporter {

    private final String shownAs;
    private final long fileBytes;
    private final Consumer<Violation> violations;
    /** The uniqueness check, and the header's rules and the reporting once of what the rows share. */
    private RowValidator keys;
    /** Rows taken so far, and of them the rows with an error or a key seen before. */
    private long rows;
    private long invalid;
    private boolean first = true;
    /** Lines of the file before the next chunk (0 while rows carry lines of the file). */
    private int lineBase;
    /** The rows of the chunks taken so far, and the bytes of the file they came from (or -1). */
    private long chunkRows;
    private long chunkBytes = -1;

    /**
     * @param file the file, whose size judges how many rows it holds
     * @param shownAs the file as shown in locations
     * @param violations where violations go, in file order
     */
    OrderedReporter(Table<?> table, Path file, String shownAs, Consumer<Violation> violations) {
        this.shownAs = shownAs;
        this.fileBytes = file.toFile().length();
        this.violations = violations;
        this.keys = new RowValidator(table, shownAs, violations);
    }

    /** Checks the file's header, reporting its violations: called once, before the first chunk. */
    void header(List<String> names) {
        keys.header(names);
    }

    /**
     * Takes the next chunk in file order.
     *
     * @return false when the file stops being readable in this chunk: that is reported, and the rows
     *     after that point are neither checked nor written
     */
    boolean take(CheckedChunk chunk) throws IOException {
        if (first) {
            expectKeys(chunk);
            first = false;
        }
        keys.prefetchKeys(chunk.keyHashes, chunk.keyLengths, chunk.rows);
        int validIndex = 0;
        for (int r = 0; r < chunk.rows; r++) {
            if (chunk.violations[r] != null) {
                report(chunk.violations[r]);
            }
            boolean unique = chunk.keyLengths[r] < 0 || keys.checkKey(lineBase + chunk.rowLines[r],
                    chunk.keys, chunk.keyStarts[r], chunk.keyLengths[r], chunk.keyHashes[r]);
            if (chunk.valid[r]) {
                if (unique) {
                    for (Output.Batch batch : chunk.batches) {
                        batch.keep(validIndex);
                    }
                }
                validIndex++;
            }
            if (!chunk.valid[r] || !unique) {
                invalid++;
            }
            rows++;
        }
        if (chunk.error != null) {
            unreadable(chunk.error);
            return false;
        }
        lineBase += chunk.lines;
        for (Output.Batch batch : chunk.batches) {
            batch.done();
        }
        chunkRows = rows;
        chunkBytes = chunk.bytesRead;
        return true;
    }

    /** Reports a row's violations at their lines in the file; one that is reported once per file, only the first time. */
    private void report(List<Violation> found) {
        for (Violation v : found) {
            Violation inFile = atLine(v, lineBase);
            if (keys.reportsOnce(inFile)) {
                violations.accept(inFile);
            }
        }
    }

    /** Reports where the file stops being readable. */
    private void unreadable(RowFileException e) {
        violations.accept(TableRules.UNREADABLE.violation(new Location(shownAs,
                e.line() < 1 ? Location.NOT_AVAILABLE : lineBase + e.line(),
                e.column() < 1 ? Location.NOT_AVAILABLE : e.column()), null, null,
                e.getMessage() + "; rows after this point are not checked"));
    }

    /** Rows taken so far. */
    long rows() {
        return rows;
    }

    /** Rows taken so far with at least one error: each left out of the outputs. */
    long invalidRows() {
        return invalid;
    }

    /** Memory taken by the set of keys. */
    long keyBytes() {
        return keys.keyBytes();
    }

    /**
     * How far the pass came when the heap ran out, with a heap for the whole file's keys, whose rows
     * are judged from the bytes the rows taken so far came from. Lets go of the set of keys, so that
     * there is memory to say it with.
     */
    HeapTooSmallException.Pass howFar(long maxHeap) {
        long expectedRows = rowsInFile(chunkRows, chunkBytes);
        long keyCount = 0;
        long keyBytes = 0;
        long expectedKeyBytes = 0;
        if (keys != null) {
            keyCount = keys.keyCount();
            keyBytes = keys.keyBytes();
            expectedKeyBytes = expectedRows < 0 ? 0 : keys.keyBytesFor(expectedRows);
            keys = null;
        }
        return new HeapTooSmallException.Pass(rows, keyCount, keyBytes, maxHeap, expectedRows, expectedKeyBytes);
    }

    /**
     * Sizes the set of keys for the rows the file is likely to hold, judged from its first chunk of
     * JSON Lines, so that the set need not grow, one segment after another, while the keys come.
     * At most a quarter of the heap goes to that room; past it the set grows as keys come.
     */
    private void expectKeys(CheckedChunk first) {
        long fileRows = rowsInFile(first.rows, first.bytesRead);
        if (fileRows > 0) {
            keys.expectKeys(fileRows, Runtime.getRuntime().maxMemory() / 4);
        }
    }

    /**
     * The rows the whole file is judged to hold, when {@code rowsRead} rows took its first
     * {@code bytesRead} bytes; -1 when the format's reader cannot tell how far it has read.
     */
    private long rowsInFile(long rowsRead, long bytesRead) {
        return bytesRead > 0 ? (long) ((double) fileBytes * rowsRead / bytesRead) : -1;
    }

    /** {@code v} with its line moved down by the {@code lineBase} lines of the file before its chunk. */
    private static Violation atLine(Violation v, int lineBase) {
        Location at = v.location();
        if (lineBase == 0 || !at.hasLine()) {
            return v;
        }
        return new Violation(v.rule(), v.severity(), new Location(at.file(), at.line() + lineBase, at.column()),
                v.recordId(), v.field(), v.message());
    }
}
