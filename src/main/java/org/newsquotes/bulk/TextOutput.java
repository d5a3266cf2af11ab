package org.newsquotes.bulk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import org.newsquotes.export.TableWriter;
import org.newsquotes.schema.Table;

/**
 * A file of the valid rows written by a {@link TableWriter} that makes each row's bytes apart from the
 * others: CSV, JSON Lines, a JSON array. The workers prepare each valid row ({@link TableWriter#prepare})
 * and the output's own thread writes the prepared rows in file order ({@link TableWriter#writePrepared}),
 * so the file is the one the writer writes from the same rows.
 */
public final class TextOutput implements Output {

    /** Marks the end of the valid rows in the queue. */
    private static final List<Object[]> END = Collections.unmodifiableList(new ArrayList<>());

    private final TableWriter writer;
    private final Path file;
    /** Set by {@link #start}, before any worker or the writing thread uses them. */
    private Stages stages;
    /** The table's positional form, whose columns read the typed rows that the writer prepares. */
    private Table<Object[]> rows;
    private BlockingQueue<List<Object[]>> queue;
    private Future<Long> written;

    /** The file {@code file}, written by {@code writer}. */
    public TextOutput(TableWriter writer, Path file) {
        this.writer = writer;
        this.file = file;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public void start(Stages stages) {
        this.stages = stages;
        this.rows = stages.table().positional();
        this.queue = new ArrayBlockingQueue<>(stages.batchesAhead());
        this.written = stages.startWriter(() -> writer.writePrepared(rows, prepared(), file));
    }

    @Override
    public Batch batch(int bytes) {
        List<Object[]> prepared = new ArrayList<>();
        return new Batch() {
            /** Rows kept so far: moved down, in order, to the front of the list. */
            private int kept;

            @Override
            public void add(ValidRow row) {
                prepared.add(writer.prepare(rows, row.typed()));
            }

            @Override
            public void keep(int index) {
                prepared.set(kept++, prepared.get(index));
            }

            @Override
            public void done() throws IOException {
                if (kept > 0) {
                    stages.handOn(queue, kept == prepared.size() ? prepared : prepared.subList(0, kept));
                }
            }
        };
    }

    @Override
    public long commit() throws IOException {
        stages.handOn(queue, END);
        return Stages.result(written);
    }

    @Override
    public void abort() {
        // The writing thread, stopped by the pass, holds nothing that outlives it.
    }

    /** The valid rows as the writing thread takes them from the queue, waiting for each chunk's. */
    private Iterator<Object[]> prepared() {
        return new Iterator<>() {
            private List<Object[]> batch = List.of();
            private int next;

            @Override
            public boolean hasNext() {
                while (batch != END && next == batch.size()) {
                    batch = Stages.takeOrStop(queue);
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
}
