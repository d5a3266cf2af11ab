package org.newsquotes.bulk;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsquotes.schema.ValueSink;

/**
 * Rows of values in their stored form (see {@link ValueSink}), kept in one growing byte array so
 * that a chunk's valid rows can wait for the row group they belong to without an object per value,
 * and be handed on later, row by row, to another sink. Each value is a tag byte and its bytes; a row
 * holds one value per column, a list being its start, its items and its end.
 *
 * <p>A buffer can be reused once every holder of its rows has let go of it: {@link #hold} and
 * {@link #release} count the holders, whatever their threads.
 */
final class ValueBuffer implements ValueSink {

    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte INT32 = 2;
    private static final byte FLOAT64 = 3;
    private static final byte LIST_START = 4;
    private static final byte LIST_ITEM = 5;
    private static final byte LIST_END = 6;

    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[] bytes;
    private int size;
    /** Where each row starts; {@code rowStarts[rows]} is where the next one will. */
    private int[] rowStarts = new int[64];
    private int rows;
    private final AtomicInteger holders = new AtomicInteger();

    /** A buffer with room for about {@code bytes} bytes of values before it grows. */
    ValueBuffer(int bytes) {
        this.bytes = new byte[Math.max(64, bytes)];
    }

    /** One more holder of the buffer's rows. */
    void hold() {
        holders.incrementAndGet();
    }

    /** One holder fewer; true when it was the last, and the buffer is emptied for reuse. */
    boolean release() {
        if (holders.decrementAndGet() > 0) {
            return false;
        }
        size = 0;
        rows = 0;
        return true;
    }

    /** The rows ended so far. */
    int rows() {
        return rows;
    }

    /** Hands row {@code row} (0-based, in the order the rows came) to {@code sink}, ending it there too. */
    void replay(int row, ValueSink sink) {
        int at = rowStarts[row];
        int end = rowStarts[row + 1];
        int column = 0;
        while (at < end) {
            byte tag = bytes[at++];
            switch (tag) {
                case NULL:
                    sink.nullValue(column++);
                    break;
                case TEXT: {
                    int length = (int) INTS.get(bytes, at);
                    sink.text(column++, bytes, at + Integer.BYTES, length);
                    at += Integer.BYTES + length;
                    break;
                }
                case INT32:
                    sink.int32(column++, (int) INTS.get(bytes, at));
                    at += Integer.BYTES;
                    break;
                case FLOAT64:
                    sink.float64(column++, Double.longBitsToDouble((long) LONGS.get(bytes, at)));
                    at += Long.BYTES;
                    break;
                case LIST_START:
                    sink.listStart(column);
                    break;
                case LIST_ITEM: {
                    int length = (int) INTS.get(bytes, at);
                    sink.listItem(column, bytes, at + Integer.BYTES, length);
                    at += Integer.BYTES + length;
                    break;
                }
                case LIST_END:
                    sink.listEnd(column++);
                    break;
                default:
                    throw new IllegalStateException("no value has tag " + tag);
            }
        }
        sink.endRow();
    }

    @Override
    public void nullValue(int column) {
        room(1);
        bytes[size++] = NULL;
    }

    @Override
    public void text(int column, byte[] utf8, int offset, int length) {
        bytes(TEXT, utf8, offset, length);
    }

    @Override
    public void int32(int column, int value) {
        room(1 + Integer.BYTES);
        bytes[size] = INT32;
        INTS.set(bytes, size + 1, value);
        size += 1 + Integer.BYTES;
    }

    @Override
    public void float64(int column, double value) {
        room(1 + Long.BYTES);
        bytes[size] = FLOAT64;
        LONGS.set(bytes, size + 1, Double.doubleToRawLongBits(value));
        size += 1 + Long.BYTES;
    }

    @Override
    public void listStart(int column) {
        room(1);
        bytes[size++] = LIST_START;
    }

    @Override
    public void listItem(int column, byte[] utf8, int offset, int length) {
        bytes(LIST_ITEM, utf8, offset, length);
    }

    @Override
    public void listEnd(int column) {
        room(1);
        bytes[size++] = LIST_END;
    }

    @Override
    public void endRow() {
        rows++;
        if (rows + 1 > rowStarts.length) {
            rowStarts = Arrays.copyOf(rowStarts, 2 * rowStarts.length);
        }
        rowStarts[rows] = size;
    }

    private void bytes(byte tag, byte[] utf8, int offset, int length) {
        room(1 + Integer.BYTES + length);
        bytes[size] = tag;
        INTS.set(bytes, size + 1, length);
        System.arraycopy(utf8, offset, bytes, size + 1 + Integer.BYTES, length);
        size += 1 + Integer.BYTES + length;
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
        }
    }
}
