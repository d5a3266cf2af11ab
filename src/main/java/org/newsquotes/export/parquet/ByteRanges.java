package org.newsquotes.export.parquet;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Equality, order and hash of short byte ranges, eight bytes at a time: the values of a column are
 * mostly a few dozen bytes, too short for {@code Arrays.equals} and {@code Arrays.compareUnsigned} to
 * earn back the cost of their range checks and vectorized call.
 */
final class ByteRanges {

    /** Big-endian, so that the unsigned order of two longs is the order of their bytes. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle NATIVE_LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.nativeOrder());
    private static final VarHandle NATIVE_INTS = MethodHandles.byteArrayViewVarHandle(int[].class,
            ByteOrder.nativeOrder());

    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    private ByteRanges() {
    }

    /** Whether the {@code length} bytes of {@code a} from {@code aOffset} are those of {@code b} from {@code bOffset}. */
    static boolean equal(byte[] a, int aOffset, byte[] b, int bOffset, int length) {
        if (length >= Long.BYTES) {
            // The last eight bytes, read where they end, cover whatever the whole longs leave over.
            int last = length - Long.BYTES;
            for (int i = 0; i < last; i += Long.BYTES) {
                if ((long) NATIVE_LONGS.get(a, aOffset + i) != (long) NATIVE_LONGS.get(b, bOffset + i)) {
                    return false;
                }
            }
            return (long) NATIVE_LONGS.get(a, aOffset + last) == (long) NATIVE_LONGS.get(b, bOffset + last);
        }
        if (length >= Integer.BYTES) {
            int last = length - Integer.BYTES;
            return (int) NATIVE_INTS.get(a, aOffset) == (int) NATIVE_INTS.get(b, bOffset)
                    && (int) NATIVE_INTS.get(a, aOffset + last) == (int) NATIVE_INTS.get(b, bOffset + last);
        }
        for (int i = 0; i < length; i++) {
            if (a[aOffset + i] != b[bOffset + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A hash of the {@code length} bytes of {@code bytes} from {@code offset}, eight bytes at a time:
     * the same bytes always give the same hash.
     */
    static int hash(byte[] bytes, int offset, int length) {
        long h = length * MULTIPLIER;
        if (length >= Long.BYTES) {
            int last = length - Long.BYTES;
            for (int i = 0; i < last; i += Long.BYTES) {
                h = (h ^ (long) NATIVE_LONGS.get(bytes, offset + i)) * MULTIPLIER;
                h ^= h >>> 29;
            }
            h ^= (long) NATIVE_LONGS.get(bytes, offset + last);
        } else if (length >= Integer.BYTES) {
            h ^= ((int) NATIVE_INTS.get(bytes, offset) & 0xFFFFFFFFL) << 32
                    | ((int) NATIVE_INTS.get(bytes, offset + length - Integer.BYTES) & 0xFFFFFFFFL);
        } else {
            for (int i = 0; i < length; i++) {
                h ^= (bytes[offset + i] & 0xFFL) << (8 * i);
            }
        }
        h *= MULTIPLIER;
        h ^= h >>> 32;
        return (int) h;
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
