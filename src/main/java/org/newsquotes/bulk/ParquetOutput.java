package org.newsquotes.bulk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;
import org.newsquotes.export.parquet.EncodedRowGroup;
import org.newsquotes.export.parquet.ParquetAssembler;
import org.newsquotes.export.parquet.ParquetTableWriter;
import org.newsquotes.export.parquet.GroupEncoder;

/**
 * A Parquet file of the valid rows: the one {@link ParquetTableWriter} writes from the same rows,
 * whatever the number of workers and the chunk size, since row groups are cut by row count. Workers
 * keep each chunk's valid rows in their stored form ({@link ValueBuffer}); the calling thread gathers
 * them, in file order, into row groups, which the workers encode, several at once, and the output's
 * own thread writes in order. Besides the group being gathered, one group per worker is being encoded
 * or waits to be written: the one the writing thread waits for and the rest in the queue.
 *
 * <p>The one class of this package that uses the Parquet classes, so that a pass without a Parquet
 * output loads none of them.
 */
public final class ParquetOutput implements Output {

    /** Marks the end of the row groups in the queue. */
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

    private final Path file;
    private final ParquetTableWriter pages;
    private final int rowsPerGroup;
    /** Value buffers whose rows are all encoded, for the workers to fill again. */
    private final BlockingQueue<ValueBuffer> freeValues = new ArrayBlockingQueue<>(160);
    /** Each worker's encoder, made when it first encodes a row group. */
    private final ThreadLocal<GroupEncoder> encoder = ThreadLocal.withInitial(this::newEncoder);
    /** The workers' encoders, closed when the pass is over. */
    private final Queue<GroupEncoder> encoders = new ConcurrentLinkedQueue<>();
    /** Set by {@link #start}, before any worker or the writing thread uses it. */
    private Stages stages;
    private BlockingQueue<Future<EncodedRowGroup>> groups;
    private Future<Long> writer;
    private Group group = new Group();

    /** A Parquet file {@code file} with row groups of {@link ParquetTableWriter#ROWS_PER_GROUP} rows. */
    public ParquetOutput(Path file) {
        this(file, new ParquetTableWriter());
    }

    /** A Parquet file {@code file} with row groups of {@code rowsPerGroup} rows. */
    public ParquetOutput(Path file, int rowsPerGroup) {
        this(file, new ParquetTableWriter(rowsPerGroup));
    }

    /** A Parquet file {@code file} with the row groups and the page encoder of {@code pages}. */
    public ParquetOutput(Path file, ParquetTableWriter pages) {
        this.file = file;
        this.pages = pages;
        this.rowsPerGroup = pages.rowsPerGroup();
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public void start(Stages stages) {
        this.stages = stages;
        this.groups = new ArrayBlockingQueue<>(Math.max(1, stages.workers() - 1));
        this.writer = stages.startWriter(this::write);
    }

    @Override
    public Batch batch(int bytes) {
        ValueBuffer free = freeValues.poll();
        ValueBuffer values = free != null ? free : new ValueBuffer(bytes / 4 * 3);
        // The batch's own hold, let go in done(): until then, row groups that hold some of its rows
        // and are encoded meanwhile must not free it while later rows of it are still to come.
        values.hold();
        return new Batch() {
            @Override
            public void add(ValidRow row) {
                row.storeIn(values);
            }

            @Override
            public void keep(int index) throws IOException {
                group.add(values, index);
                if (group.rows == rowsPerGroup) {
                    flush();
                }
            }

            @Override
            public void done() {
                release(values);
            }
        };
    }

    @Override
    public long commit() throws IOException {
        flush();
        stages.handOn(groups, NO_GROUP);
        long written = Stages.result(writer);
        closeEncoders();
        return written;
    }

    @Override
    public void abort() {
        closeEncoders();
    }

    /** Sends the row group gathered so far, if it has any row, to be encoded. */
    private void flush() throws IOException {
        if (group.rows > 0) {
            Group full = group;
            group = new Group();
            stages.handOn(groups, stages.onWorker(() -> encode(full)));
        }
    }

    /** On a worker: encodes a row group, the rows of its slices in order, and lets go of their values. */
    private EncodedRowGroup encode(Group full) {
        GroupEncoder rows = encoder.get();
        for (Slice slice : full.slices) {
            for (int i = slice.from; i < slice.to; i++) {
                slice.values.replay(i, rows);
            }
        }
        EncodedRowGroup encoded = rows.finish();
        for (Slice slice : full.slices) {
            release(slice.values);
        }
        return encoded;
    }

    private GroupEncoder newEncoder() {
        GroupEncoder made = pages.encoder(stages.table());
        encoders.add(made);
        return made;
    }

    /** Lets go of a value buffer; the last to do so makes it free for reuse. */
    private void release(ValueBuffer values) {
        if (values.release()) {
            freeValues.offer(values);
        }
    }

    /** On the output's own thread: writes the row groups in order, as they are encoded. */
    private long write() throws IOException {
        long written = 0;
        try (ParquetAssembler assembler = new ParquetAssembler(file, stages.table())) {
            while (true) {
                Future<EncodedRowGroup> next = Stages.takeOrStop(groups);
                if (next == NO_GROUP) {
                    return written;
                }
                EncodedRowGroup encoded = Stages.result(next);
                assembler.append(encoded);
                written += encoded.rows();
            }
        }
    }

    /** Frees the encoders' compression contexts: no worker encodes any more. */
    private void closeEncoders() {
        for (GroupEncoder made = encoders.poll(); made != null; made = encoders.poll()) {
            made.close();
        }
    }
}
