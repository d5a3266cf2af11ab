package org.newsquotes.export.parquet;

import java.util.Arrays;

/**
 * The distinct values of a column chunk of numbers, each given the index of its first appearance: an
 * open-addressing hash table keyed by the number itself (an {@code int} widened to a {@code long}, or
 * the bits of a {@code double}), with no bytes to copy or hash.
 */
final class NumberDictionary {

    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    private long[] values = new long[256];
    private int count;
    /** Entry index + 1 per slot; 0 is a free slot. */
    private int[] slots = new int[1024];

    int size() {
        return count;
    }

    /** The value of entry {@code index}. */
    long value(int index) {
        return values[index];
    }

    void clear() {
        Arrays.fill(slots, 0);
        count = 0;
    }

    /** The index of {@code value}; added if new. */
    int indexOf(long value) {
        int mask = slots.length - 1;
        for (int slot = hash(value) & mask;; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0) {
                if (count == values.length) {
                    values = Arrays.copyOf(values, count * 2);
                }
                values[count++] = value;
                slots[slot] = count;
                if (count * 2 > slots.length) {
                    grow();
                }
                return count - 1;
            }
            if (values[entry] == value) {
                return entry;
            }
        }
    }

    private void grow() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int entry = 0; entry < count; entry++) {
            int slot = hash(values[entry]) & mask;
            while (bigger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = entry + 1;
        }
        slots = bigger;
    }

    private static int hash(long value) {
        long h = value * MULTIPLIER;
        return (int) (h >>> 32) ^ (int) h;
    }
}
