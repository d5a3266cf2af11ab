package org.newsquotes.bulk;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.newsquotes.schema.Table;
import org.newsquotes.export.TableWriter;
import org.newsquotes.export.parquet.EncodedRowGroup;
import org.newsquotes.export.parquet.GroupEncoder;
import org.newsquotes.export.parquet.ParquetAssembler;
import org.newsquotes.export.parquet.ParquetTableWriter;
import org.newsquotes.model.Location;
import org.newsquotes.schema.Severity;
import org.newsquotes.schema.Violation;
import org.newsquotes.validate.table.IdSet;
import org.newsquotes.validate.table.JsonLinesScanner;
import org.newsquotes.validate.table.Row;
import org.newsquotes.validate.table.RowPrecheck;
import org.newsquotes.validate.table.RowSpans;
import org.newsquotes.validate.table.RowFileException;
import org.newsquotes.validate.table.RowReader;
import org.newsquotes.validate.table.RowReaders;
import org.newsquotes.validate.table.RowValidator;
import org.newsquotes.validate.table.RowValues;
import org.newsquotes.schema.TableRules;

/**
 * Checks a table file against its table's rules and writes its valid rows, in one streaming pass,
 * on every core. Four stages, joined by bounded queues so that memory does not grow with the file:
 *
 * <ol>
 *   <li>a reader thread cuts the file into chunks: JSON Lines into pieces of whole lines, which are
 *       parsed where they are checked; CSV and JSON arrays, which cannot be cut safely, into batches
 *       of rows it reads itself;</li>
 *   <li>worker threads check every rule that needs only the row itself, each chunk on one worker.
 *       The usual JSON Lines row is read and checked straight from its bytes ({@link RowSpans},
 *       {@link RowPrecheck}); any other row, and every row the quick test does not accept, goes
 *       through {@link RowValidator}, which alone writes reports. Valid rows are kept in the form
 *       their outputs take;</li>
 *   <li>the calling thread takes the chunks back in file order, checks that keys are unique, reports
 *       violations in file order with their lines in the file, and hands the valid rows on;</li>
 *   <li>Parquet outputs gather the valid rows into row groups of {@link ParquetTableWriter#rowsPerGroup()}
 *       rows, which the workers encode, several at once, and one thread writes in order; for every
 *       other output the workers make each valid row's bytes ({@link TableWriter#prepare}) and one
 *       thread writes them in file order ({@link TableWriter#writePrepared}).</li>
 * </ol>
 *
 * <p>The report and the files written are the same whatever the number of workers and the chunk size:
 * rows keep their order, row groups are cut by row count, and the rules that depend on earlier rows
 * run on one thread. A Parquet file is the one {@link ParquetTableWriter} writes from the same rows.
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
         * {@code workers} workers, chunks of 256 KiB (about 380 quotes rows: enough work per chunk that
         * handing chunks between threads costs little, few enough rows in flight that memory stays
         * small), two chunks ahead per worker plus two, and four chunks of valid rows ahead of each
         * writer.
         */
        public static Settings withWorkers(int workers) {
            return new Settings(workers, 1 << 18, 2 * workers + 2, 4);
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
     * A chunk as a worker leaves it: for each row, its line, key, violations and validity; the valid
     * rows' values in the form of each output.
     */
    private static final class CheckedChunk {
        /** Lines in the chunk, for the next chunk's base (0 when rows carry lines of the file). */
        int lines;
        /** Bytes of the file read up to the chunk's end, or -1. */
        long bytesRead = -1;
        /** Where the file stops being readable, or null. */
        RowFileException error;
        int rows;
        int[] rowLines;
        boolean[] valid;
        /** Each row's violations, null for none. */
        List<Violation>[] violations;
        /** The rows' keys as UTF-8, one after the other; a length of -1 for a row without one. */
        byte[] keys;
        int keysSize;
        int[] keyStarts;
        int[] keyLengths;
        /** The keys' hashes for the set of keys ({@link IdSet#hash}), worked out by the worker. */
        long[] keyHashes;
        /** The valid rows' values for Parquet outputs, or null when there is none. */
        ValueBuffer values;
        /** The valid rows' values for each other output, as its writer prepared them. */
        List<List<Object[]>> prepared;

        @SuppressWarnings("unchecked")
        CheckedChunk(int capacity, int outputs) {
            rowLines = new int[capacity];
            valid = new boolean[capacity];
            violations = new List[capacity];
            keys = new byte[16 * capacity + 16];
            keyStarts = new int[capacity];
            keyLengths = new int[capacity];
            keyHashes = new long[capacity];
            prepared = new ArrayList<>(outputs);
            for (int i = 0; i < outputs; i++) {
                prepared.add(new ArrayList<>());
            }
        }

        /** Adds a row; its key, when it has one, is added by {@link #key}. */
        void add(int line, boolean isValid, List<Violation> found) {
            if (rows == rowLines.length) {
                int capacity = 2 * rows + 1;
                rowLines = Arrays.copyOf(rowLines, capacity);
                valid = Arrays.copyOf(valid, capacity);
                violations = Arrays.copyOf(violations, capacity);
                keyStarts = Arrays.copyOf(keyStarts, capacity);
                keyLengths = Arrays.copyOf(keyLengths, capacity);
                keyHashes = Arrays.copyOf(keyHashes, capacity);
            }
            rowLines[rows] = line;
            valid[rows] = isValid;
            violations[rows] = found.isEmpty() ? null : List.copyOf(found);
            keyLengths[rows] = -1;
            rows++;
        }

        /** Sets the last row's key. */
        void key(byte[] bytes, int offset, int length) {
            if (keysSize + length > keys.length) {
                keys = Arrays.copyOf(keys, Math.max(2 * keys.length, keysSize + length));
            }
            System.arraycopy(bytes, offset, keys, keysSize, length);
            keyStarts[rows - 1] = keysSize;
            keyLengths[rows - 1] = length;
            keyHashes[rows - 1] = IdSet.hash(bytes, offset, length);
            keysSize += length;
        }
    }

    /** Marks the end of the chunks: it holds no chunk. */
    private static final Future<CheckedChunk> NO_MORE = CompletableFuture.completedFuture(null);

    /** Marks the end of the valid rows in a writer's queue. */
    private static final List<Object[]> END = Collections.unmodifiableList(new ArrayList<>());

    /** Marks the end of the row groups in a Parquet output's queue. */
    private static final Future<EncodedRowGroup> NO_GROUP = CompletableFuture.completedFuture(null);

    /** Consecutive valid rows of one chunk in one row group: rows {@code from} to {@code to} of its values. */
    private static final class Slice {
        final ValueBuffer values;
        final int from;
        int to;

        Slice(ValueBuffer values, int from) {
            this.values = values;
            this.from = from;
            this.to = from + 1;
        }
    }

    /** The valid rows of one row group, in file order, as slices of their chunks' values. */
    private static final class Group {
        final List<Slice> slices = new ArrayList<>();
        int rows;

        void add(ValueBuffer values, int row) {
            Slice last = slices.isEmpty() ? null : slices.get(slices.size() - 1);
            if (last != null && last.values == values && last.to == row) {
                last.to++;
            } else {
                values.hold();
                slices.add(new Slice(values, row));
            }
            rows++;
        }
    }

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
        } catch (InterruptedIOException e) {
            Throwable died = run.died;
            if (died == null) {
                throw e;
            }
            if (died instanceof OutOfMemoryError outOfMemory) {
                throw run.outOfMemory(outOfMemory);
            }
            throw new IllegalStateException("a thread of the pass ended: " + died, died);
        } catch (OutOfMemoryError e) {
            throw run.outOfMemory(e);
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
        private final List<Output> rowOutputs = new ArrayList<>();
        private final List<ParquetOutput> parquetOutputs = new ArrayList<>();
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
        /** The uniqueness check and the rules that need the rows before: the calling thread's. */
        private RowValidator keys;
        /** Rows the calling thread has checked so far. */
        private long rows;
        /** The rows of the chunks taken back so far, and the bytes of the file they came from (or -1). */
        private long chunkRows;
        private long chunkBytes = -1;
        /** Set by {@link #stop}, under the run's lock, which {@link #died} takes too. */
        private boolean stopped;
        /**
         * Memory held back until the heap runs out, so that stopping the threads and saying what
         * happened can be done then.
         */
        private byte[] reserve = new byte[1 << 20];
        /** The thread that runs the pass, and what ended a thread of a stage outside its tasks, or null. */
        private final Thread caller = Thread.currentThread();
        private volatile Throwable died;
        /** Chunk arrays of JSON Lines whose rows are checked, for the reader to fill again. */
        private final BlockingQueue<byte[]> freeChunks;
        /** Value buffers whose rows are all encoded, for the workers to fill again. */
        private final BlockingQueue<ValueBuffer> freeValues = new ArrayBlockingQueue<>(160);
        /** The workers' row group encoders, closed when the pass is over. */
        private final Queue<GroupEncoder> encoders = new ConcurrentLinkedQueue<>();

        Run(Path file, String shownAs, Table<?> table, List<Output> outputs, Consumer<Violation> violations,
                Progress progress) {
            this.file = file;
            this.shownAs = shownAs;
            this.table = table;
            for (Output output : outputs) {
                if (output.writer() instanceof ParquetTableWriter parquet) {
                    parquetOutputs.add(new ParquetOutput(parquet, output.file()));
                } else {
                    rowOutputs.add(output);
                }
            }
            this.violations = violations;
            this.progress = progress;
            this.workers = Executors.newFixedThreadPool(settings.workers(), daemon("quotes-check", this::died));
            this.readerThread = Executors.newSingleThreadExecutor(daemon("quotes-read", this::died));
            this.writerThreads = Executors.newCachedThreadPool(daemon("quotes-write", this::died));
            this.chunks = new ArrayBlockingQueue<>(settings.chunksAhead());
            this.freeChunks = new ArrayBlockingQueue<>(settings.chunksAhead() + settings.workers() + 2);
            this.worker = ThreadLocal.withInitial(() -> new Worker(table, shownAs, header, rowOutputs,
                    parquetOutputs.isEmpty() ? null : freeValues, encoders));
        }

        /**
         * A thread of a stage ended by an error outside its tasks (out of memory where the pool runs
         * them), so that what it was to do will not be done: wakes the calling thread, which would
         * otherwise wait for it forever. Makes no object, since memory may have run out.
         */
        private synchronized void died(Thread thread, Throwable e) {
            if (died == null) {
                died = e;
            }
            if (!stopped) {
                caller.interrupt();
            }
        }

        Result go() throws IOException {
            RowValidator keys = new RowValidator(table, shownAs, violations);
            this.keys = keys;
            readerThread.execute(() -> read(keys));
            Table<Object[]> rowsTable = table.positional();
            for (Output output : rowOutputs) {
                BlockingQueue<List<Object[]>> queue = new ArrayBlockingQueue<>(settings.batchesAhead());
                batches.add(queue);
                writers.add(writerThreads.submit(() -> output.writer().writePrepared(rowsTable, rowsOf(queue), output.file())));
            }
            for (ParquetOutput output : parquetOutputs) {
                writers.add(writerThreads.submit(output::write));
            }
            long invalid = 0;
            int lineBase = 0;
            boolean first = true;
            while (true) {
                CheckedChunk chunk = result(take(chunks));
                if (chunk == null) {
                    break;
                }
                if (first) {
                    expectKeys(keys, chunk);
                    first = false;
                }
                keys.prefetchKeys(chunk.keyHashes, chunk.keyLengths, chunk.rows);
                List<List<Object[]>> valid = new ArrayList<>(rowOutputs.size());
                for (int i = 0; i < rowOutputs.size(); i++) {
                    valid.add(new ArrayList<>(chunk.rows));
                }
                int validIndex = 0;
                if (chunk.values != null) {
                    chunk.values.hold();
                }
                for (int r = 0; r < chunk.rows; r++) {
                    if (chunk.violations[r] != null) {
                        for (Violation v : chunk.violations[r]) {
                            Violation inFile = atLine(v, lineBase);
                            if (keys.reportsOnce(inFile)) {
                                violations.accept(inFile);
                            }
                        }
                    }
                    boolean unique = chunk.keyLengths[r] < 0 || keys.checkKey(lineBase + chunk.rowLines[r],
                            chunk.keys, chunk.keyStarts[r], chunk.keyLengths[r], chunk.keyHashes[r]);
                    if (chunk.valid[r]) {
                        if (unique) {
                            for (ParquetOutput output : parquetOutputs) {
                                output.add(chunk.values, validIndex);
                            }
                            for (int i = 0; i < rowOutputs.size(); i++) {
                                valid.get(i).add(chunk.prepared.get(i).get(validIndex));
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
                    RowFileException e = chunk.error;
                    violations.accept(TableRules.UNREADABLE.violation(new Location(shownAs,
                            e.line() < 1 ? Location.NOT_AVAILABLE : lineBase + e.line(),
                            e.column() < 1 ? Location.NOT_AVAILABLE : e.column()), null, null,
                            e.getMessage() + "; rows after this point are not checked"));
                    return new Result(rows, invalid, false, keys.keyBytes());
                }
                lineBase += chunk.lines;
                if (chunk.values != null) {
                    release(chunk.values);
                }
                for (int i = 0; i < rowOutputs.size(); i++) {
                    if (!valid.get(i).isEmpty()) {
                        handOn(batches.get(i), valid.get(i));
                    }
                }
                chunkRows = rows;
                chunkBytes = chunk.bytesRead;
                progress.update(chunk.bytesRead, rows);
            }
            for (ParquetOutput output : parquetOutputs) {
                output.flush();
                handOn(output.groups, NO_GROUP);
            }
            for (BlockingQueue<List<Object[]>> queue : batches) {
                handOn(queue, END);
            }
            for (Future<Long> writer : writers) {
                result(writer);
            }
            return new Result(rows, invalid, true, keys.keyBytes());
        }

        /**
         * What the pass says when it runs out of heap: how far it came, and a heap for the whole file's
         * keys, whose rows are judged from the bytes the rows read so far took. Lets go of the reserve
         * and stops the threads first, so that there is memory to make the message with.
         */
        HeapTooSmallException outOfMemory(OutOfMemoryError e) {
            reserve = null;
            stop();
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
            return HeapTooSmallException.of(shownAs, new HeapTooSmallException.Pass(rows, keyCount, keyBytes,
                    Runtime.getRuntime().maxMemory(), expectedRows, expectedKeyBytes), e);
        }

        /**
         * The rows the whole file is judged to hold, when {@code rowsRead} rows took its first
         * {@code bytesRead} bytes; -1 when the format's reader cannot tell how far it has read.
         */
        private long rowsInFile(long rowsRead, long bytesRead) {
            return bytesRead > 0 ? (long) ((double) file.toFile().length() * rowsRead / bytesRead) : -1;
        }

        /**
         * Sizes the set of keys for the rows the file is likely to hold, judged from its first chunk of
         * JSON Lines, so that the set need not grow, one segment after another, while the keys come.
         * At most a quarter of the heap goes to that room; past it the set grows as keys come.
         */
        private void expectKeys(RowValidator keys, CheckedChunk first) {
            long fileRows = rowsInFile(first.rows, first.bytesRead);
            if (fileRows > 0) {
                keys.expectKeys(fileRows, Runtime.getRuntime().maxMemory() / 4);
            }
        }

        /**
         * A Parquet output: the calling thread gathers its row groups, the workers encode them, and its
         * own thread writes them in order. Besides the group being gathered, one group per worker is
         * being encoded or waits to be written: the one the writing thread waits for and the rest
         * in the queue.
         */
        private final class ParquetOutput {
            private final ParquetTableWriter writer;
            private final int rowsPerGroup;
            private final Path target;
            private final BlockingQueue<Future<EncodedRowGroup>> groups =
                    new ArrayBlockingQueue<>(Math.max(1, settings.workers() - 1));
            private Group group = new Group();

            ParquetOutput(ParquetTableWriter writer, Path target) {
                this.writer = writer;
                this.rowsPerGroup = writer.rowsPerGroup();
                this.target = target;
            }

            /** Adds row {@code row} of {@code values} to the row group, sending it to be encoded when full. */
            void add(ValueBuffer values, int row) throws IOException {
                group.add(values, row);
                if (group.rows == rowsPerGroup) {
                    flush();
                }
            }

            /** Sends the row group gathered so far, if it has any row, to be encoded. */
            void flush() throws IOException {
                if (group.rows > 0) {
                    Group full = group;
                    group = new Group();
                    handOn(groups, workers.submit(() -> {
                        EncodedRowGroup encoded = worker.get().encode(full, writer);
                        for (Slice slice : full.slices) {
                            release(slice.values);
                        }
                        return encoded;
                    }));
                }
            }

            /** Writes the row groups in order, as they are encoded; returns the rows written. */
            long write() throws IOException {
                long written = 0;
                try (ParquetAssembler file = new ParquetAssembler(target, table)) {
                    while (true) {
                        Future<EncodedRowGroup> next = takeOrStop(groups);
                        if (next == NO_GROUP) {
                            return written;
                        }
                        EncodedRowGroup encoded = result(next);
                        file.append(encoded);
                        written += encoded.rows();
                    }
                }
            }
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
            } catch (IOException | RuntimeException | Error e) {
                // An Error too (out of memory on a long line): the calling thread takes it in the chunks' order.
                chunks.clear();
                chunks.offer(CompletableFuture.failedFuture(e));
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
                    byte[] buffer = 2 * carry.length > settings.chunkBytes() ? new byte[2 * carry.length] : chunkArray();
                    System.arraycopy(carry, 0, buffer, 0, carry.length);
                    int length = carry.length + in.readNBytes(buffer, carry.length, buffer.length - carry.length);
                    read += length - carry.length;
                    boolean atEnd = length < buffer.length;
                    int end = atEnd ? length : lastLineEnd(buffer, length);
                    if (end > 0) {
                        long readToChunkEnd = read - (length - end);
                        submit(() -> {
                            CheckedChunk checked = worker.get().checkLines(buffer, end, readToChunkEnd);
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

        /** An array of a chunk's size: one whose rows are checked, or a new one. */
        private byte[] chunkArray() {
            byte[] free = freeChunks.poll();
            return free != null ? free : new byte[settings.chunkBytes()];
        }

        /** Lets go of a value buffer; the last to do so makes it free for reuse. */
        private void release(ValueBuffer values) {
            if (values.release()) {
                freeValues.offer(values);
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
                        batch = takeOrStop(queue);
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

        /** Puts {@code item} in a writer's queue, waiting while it is full unless a writer has failed. */
        private <T> void handOn(BlockingQueue<T> queue, T item) throws IOException {
            try {
                while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
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
            synchronized (this) {
                if (stopped) {
                    return;
                }
                stopped = true;
            }
            if (died != null) {
                // The pass's own interrupt (see died), cleared so that the wait below is not cut short.
                Thread.interrupted();
            }
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
            if (workers.isTerminated()) {
                encoders.forEach(GroupEncoder::close);
            }
        }
    }

    /**
     * What one worker thread keeps from chunk to chunk: its own scanner, validator, a row to refill
     * and, once it has encoded a row group, its encoder.
     */
    private static final class Worker {
        private final List<Violation> found = new ArrayList<>();
        private final Table<?> table;
        /** The table's positional form, whose columns read the typed rows that outputs prepare. */
        private final Table<Object[]> rows;
        private final RowValidator validator;
        private final RowPrecheck precheck;
        private final RowValues values;
        private final List<Output> rowOutputs;
        /** Value buffers free for reuse, or null when the valid rows' values are not kept for Parquet. */
        private final BlockingQueue<ValueBuffer> freeValues;
        private final Row row = new Row();
        private final JsonLinesScanner scanner;
        private GroupEncoder encoder;
        /** Where the encoder goes when made, to be closed when the pass is over. */
        private final Queue<GroupEncoder> encoders;

        /**
         * @param rowOutputs the outputs, other than Parquet, whose writers prepare the valid rows
         * @param freeValues value buffers free for reuse, or null when the valid rows' values are not kept
         *     for Parquet outputs
         * @param encoders where the worker puts the row group encoder it makes
         */
        Worker(Table<?> table, String shownAs, List<String> header, List<Output> rowOutputs,
                BlockingQueue<ValueBuffer> freeValues, Queue<GroupEncoder> encoders) {
            this.encoders = encoders;
            this.table = table;
            this.rows = table.positional();
            this.validator = new RowValidator(table, shownAs, found::add);
            if (header != null) {
                validator.header(header);
                found.clear();
            }
            this.precheck = new RowPrecheck(table);
            this.values = new RowValues(table);
            this.scanner = new JsonLinesScanner(table);
            this.rowOutputs = rowOutputs;
            this.freeValues = freeValues;
        }

        /**
         * Checks a chunk's rows as the fast scanner reads them or, when it gives up on the chunk, as the
         * JSON parser reads them; no row is checked before the scanner has read the whole chunk, so a
         * chunk is never checked twice. A row that the quick test accepts is valid as it is read;
         * every other row is checked, and reported, by the validator.
         */
        CheckedChunk checkLines(byte[] bytes, int length, long bytesRead) throws IOException {
            CheckedChunk chunk = chunk(length / 256 + 1, length);
            chunk.bytesRead = bytesRead;
            if (scanner.scanSpans(bytes, length)) {
                RowSpans spans = scanner.spans();
                for (int r = 0; r < spans.rows(); r++) {
                    if (precheck.accepts(spans, r)) {
                        accepted(chunk, bytes, spans, r);
                    } else {
                        check(chunk, spans.toRow(r, row));
                    }
                }
                chunk.lines = scanner.lineEnds();
                return chunk;
            }
            try (RowReader reader = RowReaders.jsonLines(bytes, 0, length)) {
                while (reader.next(row)) {
                    check(chunk, row);
                }
            } catch (RowFileException e) {
                chunk.error = e;
            }
            chunk.lines = lines(bytes, length);
            return chunk;
        }

        CheckedChunk checkRows(List<Row> rows, RowFileException error) {
            CheckedChunk chunk = chunk(rows.size(), 256 * rows.size());
            for (Row r : rows) {
                check(chunk, r);
            }
            chunk.error = error;
            return chunk;
        }

        /** Encodes a row group, the rows of its slices in order, with the encoder of {@code writer}. */
        EncodedRowGroup encode(Group group, ParquetTableWriter writer) {
            if (encoder == null) {
                encoder = writer.encoder(table);
                encoders.add(encoder);
            }
            for (Slice slice : group.slices) {
                for (int i = slice.from; i < slice.to; i++) {
                    slice.values.replay(i, encoder);
                }
            }
            return encoder.finish();
        }

        private CheckedChunk chunk(int rows, int bytes) {
            CheckedChunk chunk = new CheckedChunk(rows, rowOutputs.size());
            if (freeValues != null) {
                ValueBuffer free = freeValues.poll();
                chunk.values = free != null ? free : new ValueBuffer(bytes / 4 * 3);
            }
            return chunk;
        }

        /** A row that the quick test found valid: its values are taken straight from its bytes. */
        private void accepted(CheckedChunk chunk, byte[] bytes, RowSpans spans, int r) {
            chunk.add(spans.line(r), true, List.of());
            if (spans.keyLength(r) >= 0) {
                chunk.key(bytes, spans.keyStart(r), spans.keyLength(r));
            }
            if (chunk.values != null) {
                spans.values(r, chunk.values);
            }
            if (!rowOutputs.isEmpty()) {
                prepare(chunk, values.of(spans.toRow(r, row)));
            }
        }

        private void check(CheckedChunk chunk, Row r) {
            found.clear();
            validator.checkRow(r);
            boolean valid = true;
            for (Violation v : found) {
                valid &= v.severity() != Severity.ERROR;
            }
            chunk.add(r.line(), valid, found);
            String key = validator.key(r);
            if (key != null) {
                byte[] utf8 = key.getBytes(StandardCharsets.UTF_8);
                chunk.key(utf8, 0, utf8.length);
            }
            if (valid) {
                Object[] typed = values.of(r);
                if (chunk.values != null) {
                    chunk.values.row(typed);
                }
                prepare(chunk, typed);
            }
        }

        private void prepare(CheckedChunk chunk, Object[] typed) {
            for (int i = 0; i < rowOutputs.size(); i++) {
                chunk.prepared.get(i).add(rowOutputs.get(i).writer().prepare(rows, typed));
            }
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

    /** The next item of a writer's queue; an interrupt stops the writer with an exception. */
    private static <T> T takeOrStop(BlockingQueue<T> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the pass was stopped");
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

    private static ThreadFactory daemon(String name, Thread.UncaughtExceptionHandler died) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler(died);
            return thread;
        };
    }
}
