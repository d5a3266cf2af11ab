package org.newsquotes.validate.table;

import java.nio.charset.StandardCharsets;

/**
 * A run of bytes read as text one byte a character, so that the shapes of ids
 * ({@link org.newsquotes.model.Ids.Shape}) are tested on values still in a file's UTF-8 without making a
 * string of each. Right for ASCII; any other byte is a character above U+007F, which no shape accepts,
 * as none accepts the character it is part of. One view is pointed at run after run.
 */
final class AsciiText implements CharSequence {

    private byte[] bytes;
    private int from;
    private int length;

    /** This view, over the bytes from {@code from} to {@code to}. */
    AsciiText of(byte[] text, int start, int to) {
        this.bytes = text;
        this.from = start;
        this.length = to - start;
        return this;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("index " + index + " of " + length + " characters");
        }
        return (char) (bytes[from + index] & 0xFF);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().subSequence(start, end);
    }

    @Override
    public String toString() {
        return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
    }
}
