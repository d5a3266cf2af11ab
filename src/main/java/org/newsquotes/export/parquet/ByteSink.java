package org.newsquotes.export.parquet;

import java.util.Arrays;

/** A growable array of bytes, written in the little-endian order of Parquet's plain encoding. */
final class ByteSink {

    private byte[] bytes;
    private int size;

    ByteSink(int capacity) {
        this.bytes = new byte[capacity];
    }

    int size() {
        return size;
    }

    /** The array behind this sink: its first {@link #size()} bytes are the ones written. */
    byte[] array() {
        return bytes;
    }

    void clear() {
        size = 0;
    }

    void write(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    void write(byte[] source, int offset, int length) {
        ensure(length);
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
    }

    void writeIntLittleEndian(int value) {
        ensure(4);
        bytes[size] = (byte) value;
        bytes[size + 1] = (byte) (value >>> 8);
        bytes[size + 2] = (byte) (value >>> 16);
        bytes[size + 3] = (byte) (value >>> 24);
        size += 4;
    }

    void writeLongLittleEndian(long value) {
        writeIntLittleEndian((int) value);
        writeIntLittleEndian((int) (value >>> 32));
    }

    /**
     * Makes room for {@code length} more bytes and counts them as written: the caller then writes
     * them into {@link #array()} from the position returned.
     */
    int reserve(int length) {
        ensure(length);
        int at = size;
        size += length;
        return at;
    }

    /** An unsigned LEB128 number, as the run headers of the hybrid encoding have them. */
    void writeUnsignedVarInt(int value) {
        while ((value & ~0x7F) != 0) {
            write((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        write(value);
    }

    /** Overwrites the four bytes at {@code position}, reserved earlier, with {@code value}. */
    void setIntLittleEndian(int position, int value) {
        bytes[position] = (byte) value;
        bytes[position + 1] = (byte) (value >>> 8);
        bytes[position + 2] = (byte) (value >>> 16);
        bytes[position + 3] = (byte) (value >>> 24);
    }

    /** A copy of the bytes written. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (bytes.length - size < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, Math.addExact(size, more)));
        }
    }
}
