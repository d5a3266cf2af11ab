package org.newsquotes.bulk;

import java.util.Arrays;
import java.util.List;
import org.newsquotes.schema.Violation;
import org.newsquotes.validate.table.IdSet;
import org.newsquotes.validate.table.RowFileException;

/**
 * A chunk as a {@link RowChecker} leaves it for the {@link OrderedReporter}: for each row, its line,
 * key, violations and validity; and the valid rows in a batch for each output. Made on one thread
 * and read on another once handed over, never by both at once.
 */
final class CheckedChunk {
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
    /** The valid rows, in one batch for each output, in the outputs' order. */
    final Output.Batch[] batches;

    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of lists: Java makes no generic arrays
    CheckedChunk(int capacity, Output.Batch[] batches) {
        rowLines = new int[capacity];
        valid = new boolean[capacity];
        violations = new List[capacity];
        keys = new byte[16 * capacity + 16];
        keyStarts = new int[capacity];
        keyLengths = new int[capacity];
        keyHashes = new long[capacity];
        this.batches = batches;
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
