package org.newsquotes.export.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Our comparisons of byte ranges agree with {@link Arrays} at every length and offset. */
class ByteRangesTest {

    @Test
    void equalAndCompareUnsignedAgreeWithArraysForRangesOfEveryShortLength() {
        SplittableRandom random = new SplittableRandom(7);
        byte[] a = new byte[64];
        byte[] b = new byte[64];
        for (int trial = 0; trial < 20_000; trial++) {
            random.nextBytes(a);
            int aOffset = random.nextInt(8);
            int bOffset = random.nextInt(8);
            int aLength = random.nextInt(41);
            int bLength = random.nextInt(4) == 0 ? random.nextInt(41) : aLength;
            int common = Math.min(aLength, bLength);
            System.arraycopy(a, aOffset, b, bOffset, common);
            if (common > 0 && random.nextBoolean()) {
                // One byte changed, often its high bit, so that the unsigned order matters.
                b[bOffset + random.nextInt(common)] ^= (byte) (random.nextBoolean() ? 0x80 : 1 << random.nextInt(8));
            }

            boolean expectedEqual = Arrays.equals(a, aOffset, aOffset + aLength, b, bOffset, bOffset + bLength);
            int expectedOrder = Integer.signum(Arrays.compareUnsigned(a, aOffset, aOffset + aLength, b, bOffset,
                    bOffset + bLength));
            assertThat(aLength == bLength && ByteRanges.equal(a, aOffset, b, bOffset, aLength))
                    .as("equal, trial %d", trial).isEqualTo(expectedEqual);
            assertThat(Integer.signum(ByteRanges.compareUnsigned(a, aOffset, aLength, b, bOffset, bLength)))
                    .as("order, trial %d", trial).isEqualTo(expectedOrder);
            if (expectedEqual) {
                assertThat(ByteRanges.hash(a, aOffset, aLength)).isEqualTo(ByteRanges.hash(b, bOffset, bLength));
            }
        }
    }

    @Test
    void ordersAByteAbove0x7fAfterOneBelowAndAPrefixFirst() {
        byte[] bytes = {'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', (byte) 0xC3, (byte) 0x84, 'z'};

        // "abcdefghiÄ" against "abcdefghiz": 0xC3 is after 'z' as an unsigned byte.
        assertThat(ByteRanges.compareUnsigned(bytes, 0, 11, new byte[] {'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i',
            'z'}, 0, 10)).isPositive();
        assertThat(ByteRanges.compareUnsigned(bytes, 0, 8, bytes, 0, 9)).isNegative();
        assertThat(ByteRanges.compareUnsigned(bytes, 0, 0, bytes, 0, 0)).isZero();
    }
}
