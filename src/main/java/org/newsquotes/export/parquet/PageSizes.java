package org.newsquotes.export.parquet;

/**
 * A data page's size statistics, as the Parquet format's {@code SizeStatistics} holds them and
 * parquet-java's own writer fills them: the bytes of its text values without their lengths, and
 * histograms of its levels, each left empty where the format allows it (repetition levels when the
 * column repeats nothing, definition levels when their greatest is 0 or 1).
 *
 * @param unencodedBytes bytes of the page's text values, lengths left out; 0 for numbers
 * @param repetitionHistogram the number of entries at each repetition level, or empty
 * @param definitionHistogram the number of entries at each definition level, or empty
 */
record PageSizes(long unencodedBytes, long[] repetitionHistogram, long[] definitionHistogram) {

    private static final long[] NONE = new long[0];

    /**
     * The histogram of {@code levels}, whose greatest possible level is {@code maxLevel}; empty when
     * that is no more than {@code omittedUpTo}.
     */
    static long[] histogram(IntSink levels, int maxLevel, int omittedUpTo) {
        if (maxLevel <= omittedUpTo) {
            return NONE;
        }
        long[] counts = new long[maxLevel + 1];
        int[] values = levels.array();
        for (int i = 0; i < levels.size(); i++) {
            counts[values[i]]++;
        }
        return counts;
    }
}
