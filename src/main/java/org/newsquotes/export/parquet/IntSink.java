package org.newsquotes.export.parquet;

import java.util.Arrays;

/** A growable array of {@code int}: levels and dictionary indices of the page being filled. */
final class IntSink {

    private int[] values = new int[1024];
    private int size;

    int size() {
        return size;
    }

    int get(int index) {
        return values[index];
    }

    /** The array behind this sink: its first {@link #size()} values are the ones added. */
    int[] array() {
        return values;
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    void clear() {
        size = 0;
    }
}
