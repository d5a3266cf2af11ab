package org.newsquotes.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The heap that a pass out of memory suggests, and how it says so. */
class HeapTooSmallExceptionTest {

    private static final long MIB = 1L << 20;

    private static HeapTooSmallException.Pass pass(long keyBytes, long maxHeap, long expectedKeyBytes) {
        return new HeapTooSmallException.Pass(1_000_000, 1_000_000, keyBytes, maxHeap, 2_000_000, expectedKeyBytes);
    }

    @Test
    void suggestsTheHeapLessItsKeysPlusTheWholeFilesKeysAndAQuarterRoundedUpTo256MiB() {
        // 340 - 200 + 400 * 1.25 = 640 MiB, rounded up to 768.
        long suggested = HeapTooSmallException.suggestedHeap(pass(200 * MIB, 340 * MIB, 400 * MIB));

        assertThat(suggested).isEqualTo(768 * MIB);
        assertThat(HeapTooSmallException.heapOption(suggested)).isEqualTo("768m");
        // 340 - 200 + 800 * 1.25 = 1140 MiB, rounded up to 1280.
        assertThat(HeapTooSmallException.suggestedHeap(pass(200 * MIB, 340 * MIB, 800 * MIB))).isEqualTo(1280 * MIB);
    }

    @Test
    void suggestsTwiceTheHeapWhenTheWholeFilesKeysAreNotKnown() {
        assertThat(HeapTooSmallException.suggestedHeap(pass(200 * MIB, 340 * MIB, 0))).isEqualTo(768 * MIB);
        assertThat(HeapTooSmallException.suggestedHeap(pass(0, 1024 * MIB, 0))).isEqualTo(2048 * MIB);
        assertThat(HeapTooSmallException.heapOption(2048 * MIB)).isEqualTo("2g");
    }

    @Test
    void alwaysSuggestsMoreThanTheHeapThatRanOut() {
        // The keys to come seem to fit: the heap still ran out, so one step more.
        assertThat(HeapTooSmallException.suggestedHeap(pass(200 * MIB, 512 * MIB, 201 * MIB))).isEqualTo(768 * MIB);
        assertThat(HeapTooSmallException.suggestedHeap(pass(200 * MIB, 300 * MIB, 10 * MIB))).isEqualTo(512 * MIB);
    }

    @Test
    void namesTheFileTheRowsTheIdsAndTheOptionToGive() {
        HeapTooSmallException e = HeapTooSmallException.of("big.jsonl",
                new HeapTooSmallException.Pass(12_000_000, 11_990_000, 240 * MIB, 340 * MIB, 30_000_000, 700 * MIB),
                new OutOfMemoryError("Java heap space"));

        // 340 - 240 + 700 * 1.25 = 975 MiB, rounded up to 1 GiB.
        assertThat(e.suggestedHeap()).isEqualTo(1024 * MIB);
        assertThat(e.getMessage()).isEqualTo("out of memory after 12000000 rows of big.jsonl: the uniqueness check"
                + " holds 11990000 ids in 240 MB of the 340 MB Java heap, and the file holds about 30000000 rows,"
                + " whose ids need about 700 MB; run it again with a heap of -Xmx1g or more"
                + " (JAVA_OPTS=-Xmx1g bin/quotes …, or java -Xmx1g -jar quotes.jar …); for files past one machine's"
                + " memory, the Spark job (spark/, see the README's \"Past one machine\") checks and exports them on a"
                + " cluster");
    }

    @Test
    void saysLessWhenNoIdIsHeldAndTheRowsToComeAreNotKnown() {
        HeapTooSmallException e = HeapTooSmallException.of("big.csv",
                new HeapTooSmallException.Pass(5, 0, 0, 16 * MIB, -1, 0), new OutOfMemoryError("Java heap space"));

        assertThat(e.getMessage()).isEqualTo("out of memory after 5 rows of big.csv in a Java heap of 16 MB;"
                + " run it again with a heap of -Xmx256m or more"
                + " (JAVA_OPTS=-Xmx256m bin/quotes …, or java -Xmx256m -jar quotes.jar …)");
    }

    @Test
    void namesTheWorkersWhenTheIdsDidNotFillTheHeapAndThereAreMoreWorkersThanProcessors() {
        HeapTooSmallException e = HeapTooSmallException.of("g.jsonl",
                new HeapTooSmallException.Pass(148_577, 148_346, 7 * MIB, 327 * MIB, 199_769, 7 * MIB), 100_000, 2,
                new OutOfMemoryError("Java heap space"));

        assertThat(e.getMessage()).isEqualTo("out of memory after 148577 rows of g.jsonl: the uniqueness check holds"
                + " 148346 ids in 7 MB of the 327 MB Java heap, which is not what filled it; the pass's 100000 workers"
                + " did, each with chunks of rows in flight, on a machine of 2 processors; run it again with --threads 2"
                + " or fewer");
    }

    @Test
    void blamesTheRowsInFlightWhenTheIdsDidNotFillTheHeapWithOneWorkerAProcessor() {
        HeapTooSmallException e = HeapTooSmallException.of("g.jsonl",
                new HeapTooSmallException.Pass(10, 10, MIB, 32 * MIB, 20, MIB), 2, 2,
                new OutOfMemoryError("Java heap space"));

        assertThat(e.getMessage()).startsWith("out of memory after 10 rows of g.jsonl: the uniqueness check holds 10"
                + " ids in 1 MB of the 32 MB Java heap, which is not what filled it; the rows in flight did")
                .endsWith("a heap of -Xmx256m or more (JAVA_OPTS=-Xmx256m bin/quotes …, or java -Xmx256m -jar quotes.jar …)");
    }
}
