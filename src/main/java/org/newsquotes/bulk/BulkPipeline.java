package org.newsquotes.bulk;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.newsquotes.model.Location;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.TableRules;
import org.newsquotes.schema.Violation;
import org.newsquotes.validate.table.RowReaders;

/**
 * Checks a table file against its table's rules and writes its valid rows, in one streaming pass,
 * on every core. Four stages, joined by bounded queues so that memory does not grow with the file:
 *
 * <ol>
 *   <li>a reader thread cuts the file into chunks ({@link ChunkReader});</li>
 *   <li>worker threads check every rule that needs only the row itself, each chunk on one worker,
 *       and keep its valid rows in the form each output takes ({@link RowChecker});</li>
 *   <li>the calling thread takes the chunks back in file order, checks that keys are unique, reports
 *       violations in file order with their lines in the file, and hands the valid rows on
 *       ({@link OrderedReporter});</li>
 *   <li>each output writes them in file order on a thread of its own, with the workers' help where
 *       its format allows ({@link Output}).</li>
 * </ol>
 *
 * <p>The report and the files written are the same whatever the number of workers and the chunk size:
 * rows keep their order, and the rules that depend on earlier rows run on one thread. This class is
 * the wiring: the threads and queues of a pass, and how it stops, on success or on failure.
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

        /** Rows per chunk of the formats that the reader reads row by row. */
        int rowsPerChunk() {
            return Math.max(1, chunkBytes / 256);
        }
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

    /** Marks the end of the chunks: it holds no chunk. */
    private static final Future<CheckedChunk> NO_MORE = CompletableFuture.completedFuture(null);

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
     * @param outputs new outputs to write the valid rows to, each used by this pass only; none to
     *     check only. When the pass does not end normally, or the file cannot be read to its end, their
     *     files are incomplete.
     */
    public Result run(Path file, String shownAs, Table<?> table, List<? extends Output> outputs,
            Consumer<Violation> violations, Progress progress) throws IOException {
        if (!RowReaders.canRead(file)) {
            violations.accept(TableRules.UNREADABLE.violation(Location.ofFile(shownAs), null, null,
                    "cannot tell the format of " + shownAs + "; give a file ending in ."
                            + String.join(", .", RowReaders.EXTENSIONS)));
            return new Result(0, 0, false, 0);
        }
        Run run = new Run(file, shownAs, table, outputs, violations);
        try {
            return run.go(progress);
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

    /** One pass over one file: the threads and queues that join its stages. */
    private final class Run implements Stages {
        private final Path file;
        private final String shownAs;
        private final Table<?> table;
        private final List<Output> outputs;
        private final Consumer<Violation> violations;
        /** Outputs committed so far, from the first: the rest are aborted when the pass stops. */
        private int committed;
        private final ExecutorService workers;
        private final ExecutorService readerThread;
        private final ExecutorService writerThreads;
        private final BlockingQueue<Future<CheckedChunk>> chunks;
        private final List<Future<Long>> writers = new ArrayList<>();
        private final ThreadLocal<RowChecker> checker;
        /** The file's header, set by the reader before any chunk, when it has one. */
        private volatile List<String> header;
        /** The calling thread's stage; null until made. */
        private OrderedReporter reporter;
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

        Run(Path file, String shownAs, Table<?> table, List<? extends Output> outputs,
                Consumer<Violation> violations) {
            this.file = file;
            this.shownAs = shownAs;
            this.table = table;
            this.outputs = List.copyOf(outputs);
            this.workers = Executors.newFixedThreadPool(settings.workers(), daemon("quotes-check", this::died));
            this.readerThread = Executors.newSingleThreadExecutor(daemon("quotes-read", this::died));
            this.writerThreads = Executors.newCachedThreadPool(daemon("quotes-write", this::died));
            this.chunks = new ArrayBlockingQueue<>(settings.chunksAhead());
            this.checker = ThreadLocal.withInitial(() -> new RowChecker(table, shownAs, header, this.outputs));
            this.violations = violations;
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

        Result go(Progress progress) throws IOException {
            reporter = new OrderedReporter(table, file, shownAs, violations);
            for (Output output : outputs) {
                output.start(this);
            }
            ChunkReader reader = new ChunkReader(file, settings, checker::get, this::header,
                    check -> chunks.put(workers.submit(check)));
            readerThread.execute(() -> read(reader));
            while (true) {
                CheckedChunk chunk = Stages.result(take(chunks));
                if (chunk == null) {
                    break;
                }
                if (!reporter.take(chunk)) {
                    return new Result(reporter.rows(), reporter.invalidRows(), false, reporter.keyBytes());
                }
                progress.update(chunk.bytesRead, reporter.rows());
            }
            for (Output output : outputs) {
                output.commit();
                committed++;
            }
            return new Result(reporter.rows(), reporter.invalidRows(), true, reporter.keyBytes());
        }

        /** The file's header, from the reader thread: the workers check rows by it, the reporter checks it. */
        private void header(List<String> names) {
            header = names;
            reporter.header(names);
        }

        /** Stage 1: reads the file into chunks; a failure reaches the calling thread in place of the next chunk. */
        private void read(ChunkReader reader) {
            try {
                reader.read();
                chunks.put(NO_MORE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException | Error e) {
                // An Error too (out of memory on a long line): the calling thread takes it in the chunks' order.
                chunks.clear();
                chunks.offer(CompletableFuture.failedFuture(e));
            }
        }

        /**
         * What the pass says when it runs out of heap: how far it came, and what heap the whole file
         * needs. Lets go of the reserve and stops the threads first, so that there is memory to make
         * the message with.
         */
        HeapTooSmallException outOfMemory(OutOfMemoryError e) {
            reserve = null;
            stop();
            long maxHeap = Runtime.getRuntime().maxMemory();
            HeapTooSmallException.Pass pass = reporter != null ? reporter.howFar(maxHeap)
                    : new HeapTooSmallException.Pass(0, 0, 0, maxHeap, -1, 0);
            reporter = null;
            return HeapTooSmallException.of(shownAs, pass, settings.workers(),
                    Runtime.getRuntime().availableProcessors(), e);
        }

        @Override
        public Table<?> table() {
            return table;
        }

        @Override
        public int workers() {
            return settings.workers();
        }

        @Override
        public int batchesAhead() {
            return settings.batchesAhead();
        }

        @Override
        public <T> Future<T> onWorker(Callable<T> job) {
            return workers.submit(job);
        }

        @Override
        public Future<Long> startWriter(Callable<Long> writer) {
            Future<Long> started = writerThreads.submit(writer);
            writers.add(started);
            return started;
        }

        @Override
        public <T> void handOn(BlockingQueue<T> queue, T item) throws IOException {
            try {
                while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    for (Future<Long> writer : writers) {
                        if (writer.isDone()) {
                            Stages.result(writer);
                            throw new IllegalStateException("a writer stopped before the last row");
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while handing rows to a writer");
            }
        }

        /**
         * Stops every thread of the pass; a writer still writing stops with an exception, its file
         * incomplete. Outputs not committed are aborted once no worker runs.
         */
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
                for (Output output : outputs.subList(committed, outputs.size())) {
                    output.abort();
                }
            }
        }
    }

    private static <T> T take(BlockingQueue<T> queue) throws InterruptedIOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a chunk");
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
