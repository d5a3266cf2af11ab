package org.newsquotes.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.newsquotes.export.Table;
import org.newsquotes.export.TableWriter;
import org.newsquotes.model.Location;
import org.newsquotes.validate.Severity;
import org.newsquotes.validate.Violation;
import org.newsquotes.validate.table.JsonLinesScanner;
import org.newsquotes.validate.table.Row;
import org.newsquotes.validate.table.RowFileException;
import org.newsquotes.validate.table.RowReader;
import org.newsquotes.validate.table.RowReaders;
import org.newsquotes.validate.table.RowValidator;
import org.newsquotes.validate.table.RowValues;
import org.newsquotes.validate.table.TableRules;

/**
 * Checks a table file against its table's rules and writes its valid rows, in one streaming pass,
 * on every core. Four stages, joined by bounded queues so that memory does not grow with the file:
 *
 * <ol>
 *   <li>a reader thread cuts the file into chunks: JSON Lines into pieces of whole lines, which are
 *       parsed where they are checked; CSV and JSON arrays, which cannot be cut safely, into batches
 *       of rows it reads itself;</li>
 *   <li>worker threads check every rule that needs only the row itself, and turn valid rows into
 *       typed values for the writers, each chunk on one worker;</li>
 *   <li>the calling thread takes the chunks back in file order, checks that keys are unique, reports
 *       violations in file order with their lines in the file, and hands the valid rows on;</li>
 *   <li>one thread per output runs its {@link TableWriter} over the valid rows, in file order.</li>
 * </ol>
 *
 * <p>The report and the files written are the same whatever the number of workers and the chunk size:
 * rows keep their order, and the rules that depend on earlier rows run on one thread.
 */
public final class BulkPipeline {

    /**
     * How the work is divided.
     *
     * @param workers threads that parse and check chunks
     * @param chunkBytes bytes of JSON Lines per chunk (a longer line makes a longer chunk), or rows of
     *     other formats per chunk divided by 256
     * @param chunksAhead chunks read but not yet reported: the bound of the memory of stages 1 to 3
     * @param batchesAhead chunks of valid rows waiting for each writer: the bound of stage 4's input
     */
    public record Settings(int workers, int chunkBytes, int chunksAhead, int batchesAhead) {
        public Settings {
            if (workers < 1 || chunkBytes < 1 || chunksAhead < 1 || batchesAhead < 1) {
                throw new IllegalArgumentException("every setting is 1 or more: " + workers + " workers, "
                        + chunkBytes + " chunk bytes, " + chunksAhead + " chunks ahead, " + batchesAhead
                        + " batches ahead");
            }
        }

        /** One worker per processor, otherwise as {@link #withWorkers}. */
        public static Settings forThisMachine() {
            return withWorkers(Runtime.getRuntime().availableProcessors());
        }

        /**
         * {@code workers} workers, chunks of 64 KiB (about 100 quotes rows: small chunks keep the rows in
         * flight few, so that young collections stay short), two chunks ahead per worker plus two, and
         * four chunks of valid rows ahead of each writer.
         */
        public static Settings withWorkers(int workers) {
            return new Settings(workers, 1 << 16, 2 * workers + 2, 4);
        }

        /** These settings with chunks of {@code bytes}. */
        public Settings withChunkBytes(int bytes) {
            return new Settings(workers, bytes, chunksAhead, batchesAhead);
        }

        private int rowsPerChunk() {
            return Math.max(1, chunkBytes / 256);
        }
    }

    /**
     * A file to write the valid rows to.
     *
     * @param writer the writer of its format
     * @param file the file, which must not exist
     */
    public record Output(TableWriter writer, Path file) {
    }

    /** Told how far the pass has come, from the calling thread, after each chunk. */
    public interface Progress {
        /** Reports nothing. */
        Progress NONE = (bytes, rows) -> { };

        /**
         * @param bytesRead bytes of the file read so far, or -1 when the format's reader cannot tell
         * @param rows rows checked so far
         */
        void update(long bytesRead, long rows);

        /** The pass is over: whatever was shown can go. */
        default void done() {
        }
    }

    /**
     * What the pass did.
     *
     * @param rows rows read
     * @param invalidRows rows with at least one error, none of which was written
     * @param readToEnd false when the file could not be read to its end (it is not well-formed, or its
     *     format is unknown): the rows after that point were neither checked nor written
     * @param keyBytes memory taken by the set of keys for the uniqueness check
     */
    public record Result(long rows, long invalidRows, boolean readToEnd, long keyBytes) {
        /** Rows without errors: the rows written. */
        public long validRows() {
            return rows - invalidRows;
        }
    }

    /**
     * One row as a worker leaves it: its line, key, violations and, when it is valid and written, its
     * values as each output's writer prepared them.
     */
    private record CheckedRow(int line, String key, boolean valid, Object[][] values, List<Violation> violations) {
    }

    /**
     * A chunk as a worker leaves it.
     *
     * @param lines lines in the chunk, for the next chunk's base (0 when rows carry lines of the file)
     * @param bytesRead bytes of the file read up to the chunk's end, or -1
     * @param error where the file stops being readable, or null
     */
    private record CheckedChunk(int lines, long bytesRead, List<CheckedRow> rows, RowFileException error) {
    }

    /** Marks the end of the chunks: it holds no chunk. */
    private static final Future<CheckedChunk> NO_MORE = CompletableFuture.completedFuture(null);

    /** Marks the end of the valid rows in a writer's queue. */
    private static final List<Object[]> END = Collections.unmodifiableList(new ArrayList<>());

    private final Settings settings;

    /** @param settings how the work is divided */
    public BulkPipeline(Settings settings) {
        this.settings = settings;
    }

    /**
     * Checks every row of {@code file} against {@code table}, reporting violations in file order, and
     * writes the valid rows to each of {@code outputs}.
     *
     * @param shownAs the file as shown in locations
     * @param outputs files to write the valid rows to; none to check only
     */
    public Result run(Path file, String shownAs, Table<?> table, List<Output> outputs,
            Consumer<Violation> violations, Progress progress) throws IOException {
        if (!RowReaders.canRead(file)) {
            violations.accept(TableRules.UNREADABLE.violation(Location.ofFile(shownAs), null, null,
                    "cannot tell the format of " + shownAs + "; give a file ending in ."
                            + String.join(", .", RowReaders.EXTENSIONS)));
            return new Result(0, 0, false, 0);
        }
        Run run = new Run(file, shownAs, table, outputs, violations, progress);
        try {
            return run.go();
        } finally {
            run.stop();
            progress.done();
        }
    }

    /** One pass over one file: the threads, queues and state of the four stages. */
    private final class Run {
        private final Path file;
        private final String shownAs;
        private final Table<?> table;
        private final List<Output> outputs;
        private final Consumer<Violation> violations;
        private final Progress progress;
        private final ExecutorService workers;
        private final ExecutorService readerThread;
        private final ExecutorService writerThreads;
        private final BlockingQueue<Future<CheckedChunk>> chunks;
        private final List<BlockingQueue<List<Object[]>>> batches = new ArrayList<>();
        private final List<Future<Long>> writers = new ArrayList<>();
        private final ThreadLocal<Worker> worker;
        private volatile List<String> header;

        Run(Path file, String shownAs, Table<?> table, List<Output> outputs, Consumer<Violation> violations,
                Progress progress) {
            this.file = file;
            this.shownAs = shownAs;
            this.table = table;
            this.outputs = outputs;
            this.violations = violations;
            this.progress = progress;
            this.workers = Executors.newFixedThreadPool(settings.workers(), daemon("quotes-check"));
            this.readerThread = Executors.newSingleThreadExecutor(daemon("quotes-read"));
            this.writerThreads = Executors.newCachedThreadPool(daemon("quotes-write"));
            this.chunks = new ArrayBlockingQueue<>(settings.chunksAhead());
            this.worker = ThreadLocal.withInitial(() -> new Worker(table, shownAs, header, outputs));
        }

        Result go() throws IOException {
            RowValidator keys = new RowValidator(table, shownAs, violations);
            readerThread.execute(() -> read(keys));
            Table<Object[]> rowsTable = table.positional();
            for (Output output : outputs) {
                BlockingQueue<List<Object[]>> queue = new ArrayBlockingQueue<>(settings.batchesAhead());
                batches.add(queue);
                writers.add(writerThreads.submit(() -> output.writer().write(rowsTable, rowsOf(queue), output.file())));
            }
            long rows = 0;
            long invalid = 0;
            int lineBase = 0;
            while (true) {
                CheckedChunk chunk = result(take(chunks));
                if (chunk == null) {
                    break;
                }
                List<List<Object[]>> valid = new ArrayList<>(outputs.size());
                for (int i = 0; i < outputs.size(); i++) {
                    valid.add(new ArrayList<>(chunk.rows().size()));
                }
                for (CheckedRow row : chunk.rows()) {
                    for (Violation v : row.violations()) {
                        Violation inFile = atLine(v, lineBase);
                        if (keys.reportsOnce(inFile)) {
                            violations.accept(inFile);
                        }
                    }
                    boolean unique = keys.checkKey(lineBase + row.line(), row.key());
                    if (row.valid() && unique) {
                        for (int i = 0; i < outputs.size(); i++) {
                            valid.get(i).add(row.values()[i]);
                        }
                    } else {
                        invalid++;
                    }
                    rows++;
                }
                if (chunk.error() != null) {
                    RowFileException e = chunk.error();
                    violations.accept(TableRules.UNREADABLE.violation(new Location(shownAs,
                            e.line() < 1 ? Location.NOT_AVAILABLE : lineBase + e.line(),
                            e.column() < 1 ? Location.NOT_AVAILABLE : e.column()), null, null,
                            e.getMessage() + "; rows after this point are not checked"));
                    return new Result(rows, invalid, false, keys.keyBytes());
                }
                lineBase += chunk.lines();
                for (int i = 0; i < outputs.size(); i++) {
                    if (!valid.get(i).isEmpty()) {
                        handOn(batches.get(i), valid.get(i));
                    }
                }
                progress.update(chunk.bytesRead(), rows);
            }
            for (BlockingQueue<List<Object[]>> queue : batches) {
                handOn(queue, END);
            }
            for (Future<Long> writer : writers) {
                result(writer);
            }
            return new Result(rows, invalid, true, keys.keyBytes());
        }

        /** Stage 1: reads the file into chunks; a failure reaches the calling thread in place of the next chunk. */
        private void read(RowValidator keys) {
            try {
                if (RowReaders.isJsonLines(file)) {
                    readLines();
                } else {
                    readRows(keys);
                }
                chunks.put(NO_MORE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                chunks.clear();
                chunks.offer(CompletableFuture.failedFuture(e));
            }
        }

        /** Chunks of whole lines of JSON Lines, parsed by the workers. */
        private void readLines() throws IOException, InterruptedException {
            try (InputStream in = Files.newInputStream(file)) {
                byte[] carry = new byte[0];
                long read = 0;
                while (true) {
                    byte[] buffer = new byte[Math.max(settings.chunkBytes(), 2 * carry.length)];
                    System.arraycopy(carry, 0, buffer, 0, carry.length);
                    int length = carry.length + in.readNBytes(buffer, carry.length, buffer.length - carry.length);
                    read += length - carry.length;
                    boolean atEnd = length < buffer.length;
                    int end = atEnd ? length : lastLineEnd(buffer, length);
                    if (end > 0) {
                        long readToChunkEnd = read - (length - end);
                        submit(() -> worker.get().checkLines(buffer, end, readToChunkEnd));
                    }
                    if (atEnd) {
                        return;
                    }
                    carry = Arrays.copyOfRange(buffer, end, length);
                }
            }
        }

        /** Batches of rows of CSV or a JSON array, read here and checked by the workers. */
        private void readRows(RowValidator keys) throws IOException, InterruptedException {
            try (RowReader reader = RowReaders.open(file).orElseThrow()) {
                Optional<List<String>> names = reader.header();
                if (names.isPresent()) {
                    header = names.get();
                    keys.header(header);
                }
                while (true) {
                    List<Row> rows = new ArrayList<>(settings.rowsPerChunk());
                    RowFileException error = null;
                    try {
                        while (rows.size() < settings.rowsPerChunk()) {
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
                        submit(() -> worker.get().checkRows(rows, stop));
                    }
                    if (rows.size() < settings.rowsPerChunk() || error != null) {
                        return;
                    }
                }
            }
        }

        private void submit(Callable<CheckedChunk> job) throws InterruptedException {
            chunks.put(workers.submit(job));
        }

        /** The valid rows of one output, read from its queue as its writer asks for them. */
        private Iterator<Object[]> rowsOf(BlockingQueue<List<Object[]>> queue) {
            return new Iterator<>() {
                private List<Object[]> batch = List.of();
                private int next;

                @Override
                public boolean hasNext() {
                    while (batch != END && next == batch.size()) {
                        try {
                            batch = queue.take();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new CancellationException("the pass was stopped");
                        }
                        next = 0;
                    }
                    return batch != END;
                }

                @Override
                public Object[] next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return batch.get(next++);
                }
            };
        }

        /** Puts {@code batch} in a writer's queue, waiting while it is full unless a writer has failed. */
        private void handOn(BlockingQueue<List<Object[]>> queue, List<Object[]> batch) throws IOException {
            try {
                while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                    for (Future<Long> writer : writers) {
                        if (writer.isDone()) {
                            result(writer);
                            throw new IllegalStateException("a writer stopped before the last row");
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while handing rows to a writer");
            }
        }

        /** Stops every thread of the pass; a writer still writing stops with an exception, its file incomplete. */
        void stop() {
            readerThread.shutdownNow();
            workers.shutdownNow();
            writerThreads.shutdownNow();
            try {
                for (ExecutorService threads : List.of(readerThread, workers, writerThreads)) {
                    threads.awaitTermination(1, TimeUnit.MINUTES);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** What one worker thread keeps from chunk to chunk: its own validator and a row to refill. */
    private static final class Worker {
        private final List<Violation> found = new ArrayList<>();
        private final RowValidator validator;
        private final RowValues values;
        private final List<Output> outputs;
        private final Row row = new Row();
        private final JsonLinesScanner scanner;

        Worker(Table<?> table, String shownAs, List<String> header, List<Output> outputs) {
            this.validator = new RowValidator(table, shownAs, found::add);
            if (header != null) {
                validator.header(header);
                found.clear();
            }
            this.values = new RowValues(table);
            this.scanner = new JsonLinesScanner(table);
            this.outputs = outputs;
        }

        /**
         * Checks a chunk's rows as the fast scanner reads them or, when it gives up on the chunk, as the
         * JSON parser reads them; no row is checked before the scanner has read the whole chunk, so a
         * chunk is never checked twice.
         */
        CheckedChunk checkLines(byte[] bytes, int length, long bytesRead) throws IOException {
            if (scanner.scan(bytes, length)) {
                List<CheckedRow> checked = new ArrayList<>(scanner.rows().size());
                for (Row r : scanner.rows()) {
                    checked.add(check(r));
                }
                return new CheckedChunk(scanner.lineEnds(), bytesRead, checked, null);
            }
            List<CheckedRow> checked = new ArrayList<>();
            RowFileException error = null;
            try (RowReader reader = RowReaders.jsonLines(bytes, 0, length)) {
                while (reader.next(row)) {
                    checked.add(check(row));
                }
            } catch (RowFileException e) {
                error = e;
            }
            return new CheckedChunk(lines(bytes, length), bytesRead, checked, error);
        }

        CheckedChunk checkRows(List<Row> rows, RowFileException error) {
            List<CheckedRow> checked = new ArrayList<>(rows.size());
            for (Row r : rows) {
                checked.add(check(r));
            }
            return new CheckedChunk(0, -1, checked, error);
        }

        private CheckedRow check(Row r) {
            found.clear();
            validator.checkRow(r);
            boolean valid = true;
            for (Violation v : found) {
                valid &= v.severity() != Severity.ERROR;
            }
            List<Violation> violations = found.isEmpty() ? List.of() : List.copyOf(found);
            Object[][] prepared = new Object[outputs.size()][];
            if (valid && !outputs.isEmpty()) {
                Object[] typed = values.of(r);
                for (int i = 0; i < prepared.length; i++) {
                    prepared[i] = outputs.get(i).writer().prepare(typed);
                }
            }
            return new CheckedRow(r.line(), validator.key(r), valid, prepared, violations);
        }

        /** The line ends in a chunk, counted as the JSON parser counts them: LF, CR LF, and a CR alone. */
        private static int lines(byte[] bytes, int length) {
            int lines = 0;
            for (int i = 0; i < length; i++) {
                if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == length || bytes[i + 1] != '\n')) {
                    lines++;
                }
            }
            return lines;
        }
    }

    /** The length of {@code bytes} up to and including its last line feed; 0 when it has none. */
    private static int lastLineEnd(byte[] bytes, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    private static Violation atLine(Violation v, int lineBase) {
        Location at = v.location();
        if (lineBase == 0 || !at.hasLine()) {
            return v;
        }
        return new Violation(v.rule(), v.severity(), new Location(at.file(), at.line() + lineBase, at.column()),
                v.recordId(), v.field(), v.message());
    }

    private static <T> T take(BlockingQueue<T> queue) throws InterruptedIOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a chunk");
        }
    }

    /** The result of a stage's task: its own exceptions as they were thrown there. */
    private static <T> T result(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a stage");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
