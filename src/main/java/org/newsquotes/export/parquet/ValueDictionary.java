package org.newsquotes.export.parquet;

import java.util.Arrays;

/**
 * The distinct values of a column chunk, each given the index of its first appearance: an
 * open-addressing hash table over byte strings, which keeps a copy of each distinct value's bytes in
 * one array and makes no object per value.
 */
final class ValueDictionary {

    private byte[] data = new byte[4096];
    private int dataSize;
    /** Where entry {@code i} starts in {@link #data}; it ends where entry {@code i + 1} starts. */
    private int[] starts = new int[257];
    private int count;
    /**
     * Two ints per slot, side by side so that a probe reads one cache line: the hash of the slot's
     * value, and its entry index + 1, 0 in a free slot.
     */
    private int[] slots = new int[2 * 1024];

    int size() {
        return count;
    }

    /** The bytes of all entries, in index order: entry {@code i} is at {@link #start}. */
    byte[] data() {
        return data;
    }

    int start(int index) {
        return starts[index];
    }

    int length(int index) {
        return starts[index + 1] - starts[index];
    }

    void clear() {
        Arrays.fill(slots, 0);
        count = 0;
        dataSize = 0;
    }

    /** The index of the value made of {@code length} bytes of {@code bytes} from {@code offset}; added if new. */
    int indexOf(byte[] bytes, int offset, int length) {
        int hash = ByteRanges.hash(bytes, offset, length);
        int mask = slots.length - 2;
        for (int slot = (hash << 1) & mask;; slot = (slot + 2) & mask) {
            int entry = slots[slot + 1] - 1;
            if (entry < 0) {
                slots[slot] = hash;
                slots[slot + 1] = add(bytes, offset, length) + 1;
                if (count * 4 > slots.length) {
                    grow();
                }
                return count - 1;
            }
            if (slots[slot] == hash) {
                int start = starts[entry];
                if (starts[entry + 1] - start == length && ByteRanges.equal(data, start, bytes, offset, length)) {
                    return entry;
                }
            }
        }
    }

    private int add(byte[] bytes, int offset, int length) {
        if (data.length - dataSize < length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, Math.addExact(dataSize, length)));
        }
        System.arraycopy(bytes, offset, data, dataSize, length);
        dataSize += length;
        if (count + 1 == starts.length) {
            starts = Arrays.copyOf(starts, count * 2 + 1);
        }
        count++;
        starts[count] = dataSize;
        return count - 1;
    }

    private void grow() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 2;
        for (int old = 0; old < slots.length; old += 2) {
            if (slots[old + 1] != 0) {
                int slot = (slots[old] << 1) & mask;
                while (bigger[slot + 1] != 0) {
                    slot = (slot + 2) & mask;
                }
                bigger[slot] = slots[old];
                bigger[slot + 1] = slots[old + 1];
            }
        }
        slots = bigger;
    }
}
