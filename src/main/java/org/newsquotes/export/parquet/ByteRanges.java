package org.newsquotes.export.parquet;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Equality and order of short byte ranges, eight bytes at a time: the values of a column are mostly
 * a few dozen bytes, too short for {@code Arrays.equals} and {@code Arrays.compareUnsigned} to earn
 * back the cost of their range checks and vectorized call.
 */
final class ByteRanges {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private ByteRanges() {
    }

    /** Whether the {@code length} bytes of {@code a} from {@code aOffset} are those of {@code b} from {@code bOffset}. */
    static boolean equal(byte[] a, int aOffset, byte[] b, int bOffset, int length) {
        int i = 0;
        for (; i + Long.BYTES <= length; i += Long.BYTES) {
            if ((long) LONGS.get(a, aOffset + i) != (long) LONGS.get(b, bOffset + i)) {
                return false;
            }
        }
        for (; i < length; i++) {
            if (a[aOffset + i] != b[bOffset + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The order of two ranges as sequences of unsigned bytes, a shorter range before any range that
     * it begins: negative, zero or positive as {@code a} is before, equal to or after {@code b}.
     */
    static int compareUnsigned(byte[] a, int aOffset, int aLength, byte[] b, int bOffset, int bLength) {
        int common = Math.min(aLength, bLength);
        int i = 0;
        for (; i + Long.BYTES <= common; i += Long.BYTES) {
            long x = (long) LONGS.get(a, aOffset + i);
            long y = (long) LONGS.get(b, bOffset + i);
            if (x != y) {
                return Long.compareUnsigned(x, y);
            }
        }
        for (; i < common; i++) {
            int x = a[aOffset + i] & 0xFF;
            int y = b[bOffset + i] & 0xFF;
            if (x != y) {
                return x - y;
            }
        }
        return aLength - bLength;
    }
}
