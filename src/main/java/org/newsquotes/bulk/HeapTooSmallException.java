package org.newsquotes.bulk;

/**
 * A pass ran out of heap. The set of keys of the uniqueness check is the one part of a pass's memory
 * that grows with the file, about 20 bytes a key, so a file of many more rows than the heap can keep
 * keys for fails this way; the message says how far the pass came and what heap the file needs.
 */
public final class HeapTooSmallException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final long MIB = 1L << 20;
    /** Suggested heaps are whole multiples of this. */
    private static final long STEP = 256 * MIB;

    /**
     * How far a pass came before it ran out of heap.
     *
     * @param rows rows checked
     * @param keys keys held by the set of keys
     * @param keyBytes bytes those keys took
     * @param maxHeap the heap's limit ({@link Runtime#maxMemory()})
     * @param expectedRows rows the whole file is judged to hold, or -1 when that is not known
     * @param expectedKeyBytes bytes the keys of that many rows would take, or 0 when not known
     */
    public record Pass(long rows, long keys, long keyBytes, long maxHeap, long expectedRows, long expectedKeyBytes) {
    }

    /** Where to go when no heap of one machine holds a file's ids. */
    static final String PAST_ONE_MACHINE = "; for files past one machine's memory, the Spark job (spark/, see the README's"
            + " \"Past one machine\") checks and exports them on a cluster";

    private final long suggestedHeap;

    private HeapTooSmallException(String message, long suggestedHeap, OutOfMemoryError cause) {
        super(message, cause);
        this.suggestedHeap = suggestedHeap;
    }

    /**
     * The error for a pass over {@code shownAs} (the file as shown in locations) that came as far as
     * {@code pass} says when {@code cause} was thrown.
     */
    static HeapTooSmallException of(String shownAs, Pass pass, OutOfMemoryError cause) {
        return of(shownAs, pass, 1, 1, cause);
    }

    /**
     * {@link #of(String, Pass, OutOfMemoryError)} for a pass of {@code workers} workers on a machine of
     * {@code processors} processors: when the ids are not what filled the heap, the message says so,
     * and names the workers as the cause when there are more of them than processors.
     */
    static HeapTooSmallException of(String shownAs, Pass pass, int workers, int processors, OutOfMemoryError cause) {
        if (pass.keys() > 0 && !idsFillTheHeap(pass)) {
            return notTheIds(shownAs, pass, workers, processors, cause);
        }
        long suggested = suggestedHeap(pass);
        String heap = "-Xmx" + heapOption(suggested);
        StringBuilder message = new StringBuilder("out of memory after ").append(pass.rows()).append(" rows of ")
                .append(shownAs);
        if (pass.keys() == 0) {
            message.append(" in a Java heap of ").append(pass.maxHeap() / MIB).append(" MB");
        } else {
            message.append(": the uniqueness check holds ").append(pass.keys()).append(" ids in ")
                    .append(megabytes(pass.keyBytes())).append(" MB of the ").append(pass.maxHeap() / MIB)
                    .append(" MB Java heap");
        }
        if (pass.expectedRows() > 0) {
            message.append(", and the file holds about ").append(pass.expectedRows()).append(" rows");
        }
        if (pass.expectedKeyBytes() > 0) {
            message.append(", whose ids need about ").append(megabytes(pass.expectedKeyBytes())).append(" MB");
        }
        message.append("; run it again with a heap of ").append(heap).append(" or more (JAVA_OPTS=").append(heap)
                .append(" bin/quotes …, or java ").append(heap).append(" -jar quotes.jar …)");
        if (pass.keys() > 0) {
            // The ids grow with the file: past one machine's memory, only a cluster holds them.
            message.append(PAST_ONE_MACHINE);
        }
        return new HeapTooSmallException(message.toString(), suggested, cause);
    }

    /** Whether the ids, held or to come, take a good part of the heap: a quarter held, or half to come. */
    static boolean idsFillTheHeap(Pass pass) {
        return pass.keyBytes() >= pass.maxHeap() / 4 || pass.expectedKeyBytes() >= pass.maxHeap() / 2;
    }

    private static HeapTooSmallException notTheIds(String shownAs, Pass pass, int workers, int processors,
            OutOfMemoryError cause) {
        long suggested = (2 * pass.maxHeap() + STEP - 1) / STEP * STEP;
        String heap = "-Xmx" + heapOption(suggested);
        String message = "out of memory after " + pass.rows() + " rows of " + shownAs + ": the uniqueness check holds "
                + pass.keys() + " ids in " + megabytes(pass.keyBytes()) + " MB of the " + pass.maxHeap() / MIB
                + " MB Java heap, which is not what filled it; ";
        if (workers > processors) {
            message += "the pass's " + workers + " workers did, each with chunks of rows in flight, on a machine of "
                    + processors + " processors; run it again with --threads " + processors + " or fewer";
        } else {
            message += "the rows in flight did (long lines, or Parquet row groups of long rows); run it again with"
                    + " a heap of " + heap + " or more (JAVA_OPTS=" + heap + " bin/quotes …, or java " + heap
                    + " -jar quotes.jar …)";
        }
        return new HeapTooSmallException(message, suggested, cause);
    }

    /** The heap, in bytes, that the message suggests: a whole number of 256 MiB. */
    public long suggestedHeap() {
        return suggestedHeap;
    }

    /**
     * The heap the pass had, less its keys, plus the keys of the whole file and a quarter more,
     * rounded up to a whole number of 256 MiB above the heap the pass had; twice that heap when the
     * keys of the whole file are not known.
     */
    static long suggestedHeap(Pass pass) {
        long needed = 2 * pass.maxHeap();
        if (pass.expectedKeyBytes() > 0) {
            needed = pass.maxHeap() - pass.keyBytes() + pass.expectedKeyBytes() / 4 * 5;
        }
        long atLeast = Math.max(needed, pass.maxHeap() + 1);
        return (atLeast + STEP - 1) / STEP * STEP;
    }

    /** {@code bytes} in MiB, rounded up: a set that holds anything is not shown as 0 MB. */
    private static long megabytes(long bytes) {
        return (bytes + MIB - 1) / MIB;
    }

    /** A heap as {@code -Xmx} takes it: {@code 2g}, {@code 768m}. */
    static String heapOption(long bytes) {
        long gib = 1L << 30;
        return bytes % gib == 0 ? bytes / gib + "g" : bytes / MIB + "m";
    }
}
