package org.newsquotes.bulk;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One file that a pass of {@link BulkPipeline} writes the valid rows to, in file order: a
 * {@link ParquetOutput}, or a {@link TextOutput} for CSV and JSON. An output serves one pass, which
 * calls it in this order:
 *
 * <ol>
 *   <li>{@link #start}, on the calling thread, before any row;</li>
 *   <li>for each chunk, {@link #batch} on the worker that checks it, which fills the batch with the
 *       chunk's valid rows; then, on the calling thread and in file order, {@link Batch#keep} for each
 *       of those rows that goes to the file, and {@link Batch#done};</li>
 *   <li>{@link #commit} once every row is given, or {@link #abort} when the pass stops before that.</li>
 * </ol>
 *
 * <p>The pass never asks which kind of output it has: each keeps its rows in the form its file
 * takes, and writes them on its own thread. The file is written in place, whole only once
 * {@link #commit} returns; a caller that needs all files or none writes them into a staging folder.
 */
public sealed interface Output permits ParquetOutput, TextOutput {

    /** The file this output writes, which must not exist. */
    Path file();

    /** Starts writing the file, with the threads of a pass over rows of {@link Stages#table()}. */
    void start(Stages stages) throws IOException;

    /**
     * On a worker: an empty batch for the valid rows of a chunk of about {@code bytes} bytes, holding
     * them in this output's form.
     */
    Batch batch(int bytes);

    /**
     * After the last row: completes the file and waits until it is written.
     *
     * @return the rows written
     */
    long commit() throws IOException;

    /**
     * The pass stopped before {@link #commit}, and has stopped its threads: lets go of what this output
     * holds. The file is left incomplete, for the caller to discard.
     */
    void abort();

    /** The valid rows of one chunk, in the form of one output, in file order. */
    interface Batch {

        /** On the worker that checks the chunk: adds its next valid row. */
        void add(ValidRow row);

        /**
         * On the calling thread, in file order: row {@code index} (0-based, in the order of
         * {@link #add}) goes to the file; a row not kept, such as one whose key is not unique, is left
         * out.
         */
        void keep(int index) throws IOException;

        /** On the calling thread, after the chunk's last {@link #keep}: hands the kept rows on to be written. */
        void done() throws IOException;
    }
}
