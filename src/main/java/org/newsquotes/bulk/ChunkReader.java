package org.newsquotes.bulk;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newsquotes.schema.ReadLimits;
import org.newsquotes.validate.table.Row;
import org.newsquotes.validate.table.RowFileException;
import org.newsquotes.validate.table.RowReader;
import org.newsquotes.validate.table.RowReaders;

/**
 * Cuts a table file into chunks for the workers, on the reader thread: JSON Lines into pieces of
 * whole lines, which the worker parses where it checks them; CSV and JSON arrays, which cannot be cut
 * safely, into batches of rows read here. Also counts the line ends in a piece of JSON Lines, as the
 * JSON parser counts them, so that the rows of later chunks keep their lines in the file.
 */
final class ChunkReader {

    /** Where the reader puts each chunk's check, in file order. */
    interface Chunks {
        /** Gives {@code check} to a worker and queues its result, waiting while the queue is full. */
        void put(Callable<CheckedChunk> check) throws InterruptedException;
    }

    private final Path file;
    private final BulkPipeline.Settings settings;
    private final Supplier<RowChecker> checker;
    private final Consumer<List<String>> header;
    private final Chunks chunks;
    /** Chunk arrays of JSON Lines whose rows are checked, for the reader to fill again. */
    private final BlockingQueue<byte[]> freeChunks;

    /**
     * @param checker the checker of the worker thread that calls it
     * @param header told the names of the file's header, when it has one, before any chunk is put
     * @param chunks where the chunks go
     */
    ChunkReader(Path file, BulkPipeline.Settings settings, Supplier<RowChecker> checker,
            Consumer<List<String>> header, Chunks chunks) {
        this.file = file;
        this.settings = settings;
        this.checker = checker;
        this.header = header;
        this.chunks = chunks;
        this.freeChunks = new ArrayBlockingQueue<>(settings.chunksAhead() + settings.workers() + 2);
    }

    /** Reads the whole file into chunks. */
    void read() throws IOException, InterruptedException {
        if (RowReaders.isJsonLines(file)) {
            readLines();
        } else {
            readRows();
        }
    }

    /** Chunks of whole lines of JSON Lines, parsed by the workers. */
    private void readLines() throws IOException, InterruptedException {
        // FileInputStream, not Files.newInputStream: reading a 6.8 GB file in 256 KiB pieces took it
        // 0.95 s, against 2.2 s through the channel that Files.newInputStream gives (BENCHMARKS.md).
        try (InputStream in = new FileInputStream(file.toFile())) {
            byte[] carry = new byte[0];
            long read = 0;
            while (true) {
                // A line that does not fit in a chunk doubles the next one, up to one byte more than the
                // longest line read: a buffer of that size full without a line end holds a line too long.
                byte[] buffer = 2 * carry.length > settings.chunkBytes()
                        ? new byte[Math.min(2 * carry.length, ReadLimits.MAX_LINE_BYTES + 1)] : chunkArray();
                System.arraycopy(carry, 0, buffer, 0, carry.length);
                int length = carry.length + in.readNBytes(buffer, carry.length, buffer.length - carry.length);
                read += length - carry.length;
                boolean atEnd = length < buffer.length;
                int end = atEnd ? length : lastLineEnd(buffer, length);
                if (end == 0 && !atEnd && length > ReadLimits.MAX_LINE_BYTES) {
                    carry = skipLongLine(in, buffer, length, read);
                    read += skipped;
                    if (carry == null) {
                        return;
                    }
                    continue;
                }
                if (end > 0) {
                    long readToChunkEnd = read - (length - end);
                    chunks.put(() -> {
                        CheckedChunk checked = checker.get().checkLines(buffer, end, readToChunkEnd);
                        if (buffer.length == settings.chunkBytes()) {
                            freeChunks.offer(buffer);
                        }
                        return checked;
                    });
                }
                if (atEnd) {
                    return;
                }
                carry = Arrays.copyOfRange(buffer, end, length);
            }
        }
    }

    /** Bytes read by the last {@link #skipLongLine}, past those it was given. */
    private long skipped;

    /**
     * Skips a line longer than {@link ReadLimits#MAX_LINE_BYTES}, of which {@code buffer} holds the first
     * {@code length} bytes, to its end, holding no more of it than one buffer, and puts a chunk that
     * reports it as one row past a limit.
     *
     * @param readBefore bytes of the file read up to the end of {@code buffer}'s bytes
     * @return the bytes read after the line's end, or null when the file ended in the line
     */
    private byte[] skipLongLine(InputStream in, byte[] buffer, int length, long readBefore)
            throws IOException, InterruptedException {
        int lines = lineEnds(buffer, length);
        boolean lastWasCr = buffer[length - 1] == '\r';
        skipped = 0;
        while (true) {
            int n = in.readNBytes(buffer, 0, buffer.length);
            skipped += n;
            int newline = -1;
            for (int i = 0; i < n && newline < 0; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                }
            }
            int upTo = newline < 0 ? n : newline + 1;
            lines += lineEnds(buffer, upTo) - (lastWasCr && upTo > 0 && buffer[0] == '\n' ? 1 : 0);
            lastWasCr = upTo > 0 && buffer[upTo - 1] == '\r';
            if (newline >= 0 || n < buffer.length) {
                int lineEnds = lines;
                long readToLineEnd = readBefore + skipped - (n - upTo);
                chunks.put(() -> checker.get().tooLong(lineEnds, readToLineEnd));
                return newline < 0 ? null : Arrays.copyOfRange(buffer, upTo, n);
            }
        }
    }

    /** Batches of rows of CSV or a JSON array, read here and checked by the workers. */
    private void readRows() throws IOException, InterruptedException {
        try (RowReader reader = RowReaders.open(file).orElseThrow()) {
            Optional<List<String>> names = reader.header();
            if (names.isPresent()) {
                header.accept(names.get());
            }
            int rowsPerChunk = settings.rowsPerChunk();
            while (true) {
                List<Row> rows = new ArrayList<>(rowsPerChunk);
                RowFileException error = null;
                try {
                    while (rows.size() < rowsPerChunk) {
                        Row row = new Row();
                        if (!reader.next(row)) {
                            break;
                        }
                        rows.add(row);
                    }
                } catch (RowFileException e) {
                    error = e;
                }
                if (!rows.isEmpty() || error != null) {
                    RowFileException stop = error;
                    chunks.put(() -> checker.get().checkRows(rows, stop));
                }
                if (rows.size() < rowsPerChunk || error != null) {
                    return;
                }
            }
        }
    }

    /** An array of a chunk's size: one whose rows are checked, or a new one. */
    private byte[] chunkArray() {
        byte[] free = freeChunks.poll();
        return free != null ? free : new byte[settings.chunkBytes()];
    }

    /** The length of {@code bytes} up to and including its last line feed; 0 when it has none. */
    static int lastLineEnd(byte[] bytes, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    /** The line ends in a chunk, counted as the JSON parser counts them: LF, CR LF, and a CR alone. */
    static int lineEnds(byte[] bytes, int length) {
        int lines = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == length || bytes[i + 1] != '\n')) {
                lines++;
            }
        }
        return lines;
    }
}
