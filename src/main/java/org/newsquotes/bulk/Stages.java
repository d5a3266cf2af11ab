package org.newsquotes.bulk;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.newsquotes.schema.Table;

/**
 * What a pass lends the outputs it writes: the table of its rows, its worker and writer threads, and
 * a way to hand work on through a bounded queue that gives up when a writer has failed, so that no
 * thread waits forever for a stage that ended. {@link BulkPipeline} owns the threads, and stops them.
 */
interface Stages {

    /** The table whose rows the pass checks. */
    Table<?> table();

    /** The number of worker threads. */
    int workers();

    /** Chunks of valid rows that may wait for each writer ({@link BulkPipeline.Settings#batchesAhead()}). */
    int batchesAhead();

    /** Runs {@code job} on a worker thread, after the jobs given before it. */
    <T> Future<T> onWorker(Callable<T> job);

    /**
     * Runs {@code writer} on a thread of its own; its result is the number of rows it wrote. While it
     * runs, {@link #handOn} watches it.
     */
    Future<Long> startWriter(Callable<Long> writer);

    /**
     * Puts {@code item} in {@code queue}, waiting while it is full unless a writer has stopped: then
     * throws what stopped it.
     *
     * @throws InterruptedIOException when the calling thread is interrupted
     */
    <T> void handOn(BlockingQueue<T> queue, T item) throws IOException;

    /** The next item of a writer's queue; an interrupt stops the writer with an exception. */
    static <T> T takeOrStop(BlockingQueue<T> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the pass was stopped");
        }
    }

    /** The result of a stage's task: its own exceptions as they were thrown there. */
    static <T> T result(Future<T> future) throws IOException {
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
}
