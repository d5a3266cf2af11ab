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
    private int[] hashes = new int[256];
    private int count;
    /** Entry index + 1 per slot; 0 is a free slot. */
    private int[] slots = new int[1024];

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
        int mask = slots.length - 1;
        for (int slot = hash & mask;; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0) {
                slots[slot] = add(bytes, offset, length, hash) + 1;
                if (count * 2 > slots.length) {
                    grow();
                }
                return count - 1;
            }
            int start = starts[entry];
            if (hashes[entry] == hash && starts[entry + 1] - start == length
                    && ByteRanges.equal(data, start, bytes, offset, length)) {
                return entry;
            }
        }
    }

    private int add(byte[] bytes, int offset, int length, int hash) {
        if (data.length - dataSize < length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, Math.addExact(dataSize, length)));
        }
        System.arraycopy(bytes, offset, data, dataSize, length);
        dataSize += length;
        if (count == hashes.length) {
            hashes = Arrays.copyOf(hashes, count * 2);
            starts = Arrays.copyOf(starts, count * 2 + 1);
        }
        hashes[count] = hash;
        count++;
        starts[count] = dataSize;
        return count - 1;
    }

    private void grow() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int entry = 0; entry < count; entry++) {
            int slot = hashes[entry] & mask;
            while (bigger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = entry + 1;
        }
        slots = bigger;
    }
}
