package org.newsquotes.export.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.parquet.column.values.rle.RunLengthBitPackingHybridDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our hybrid encoding, read back by parquet-java's decoder. */
class HybridEncodingTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 8, 9, 13, 16, 20, 31})
    void decodesToTheValuesOfRunsAndScatteredValuesOfEveryWidth(int bitWidth) throws IOException {
        SplittableRandom random = new SplittableRandom(bitWidth);
        int[] values = new int[5_003];
        int max = (int) ((1L << bitWidth) - 1);
        for (int i = 0; i < values.length;) {
            int run = random.nextInt(3) == 0 ? 1 + random.nextInt(40) : 1;
            int value = random.nextInt(4) == 0 ? max : (int) random.nextLong(max + 1L);
            for (int end = Math.min(values.length, i + run); i < end; i++) {
                values[i] = value;
            }
        }

        assertThat(roundTrip(values, bitWidth)).isEqualTo(values);
    }

    @Test
    void encodesLongRunsAsRepeatedRuns() throws IOException {
        int[] values = new int[1_000];
        Arrays.fill(values, 500, 1_000, 1);
        ByteSink out = new ByteSink(16);

        HybridEncoding.encode(values, values.length, 1, out);

        // Two repeated runs: header 500 << 1 as two LEB128 bytes, then the value in one byte.
        assertThat(out.toByteArray()).containsExactly(0xE8, 0x07, 0, 0xE8, 0x07, 1);
        assertThat(roundTrip(values, 1)).isEqualTo(values);
    }

    @Test
    void encodesWidthZeroAsRunsWithoutValueBytes() {
        ByteSink out = new ByteSink(16);

        HybridEncoding.encode(new int[20], 20, 0, out);

        assertThat(out.toByteArray()).containsExactly(20 << 1);
    }

    @Test
    void fillsTheLastBitPackedGroupFromTheRunThatFollows() throws IOException {
        int[] values = {1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

        assertThat(roundTrip(values, 2)).isEqualTo(values);
        ByteSink out = new ByteSink(16);
        HybridEncoding.encode(values, values.length, 2, out);
        // One bit-packed group of eight (1, 2, 3 and five zeros), then a run of eight zeros.
        assertThat(out.toByteArray()).containsExactly(1 << 1 | 1, 0b0011_1001, 0, 8 << 1, 0);
    }

    private static int[] roundTrip(int[] values, int bitWidth) throws IOException {
        ByteSink out = new ByteSink(16);
        HybridEncoding.encode(values, values.length, bitWidth, out);
        RunLengthBitPackingHybridDecoder decoder = new RunLengthBitPackingHybridDecoder(bitWidth,
                new ByteArrayInputStream(out.toByteArray()));
        int[] decoded = new int[values.length];
        for (int i = 0; i < decoded.length; i++) {
            decoded[i] = decoder.readInt();
        }
        return decoded;
    }
}
