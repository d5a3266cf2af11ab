package org.newsquotes.validate.table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.ColumnType;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.ValueSink;

/**
 * The rows of a piece of JSON Lines as byte ranges, as {@link JsonLinesScanner#scanSpans} leaves them:
 * for each row where it is, and for each of its fields which column it names and where its value's
 * bytes are. Nothing is decoded until asked for: {@link #toRow} makes a {@link Row} of strings and
 * cells for the rows that need the general checks, {@link #values} hands a valid row's values on in
 * their stored form straight from the bytes. Reused from piece to piece: valid until the next scan,
 * and only while the piece's bytes are unchanged.
 *
 * <p>Text that holds a {@code \u005CuXXXX} escape of a surrogate is marked, so that {@link RowPrecheck}
 * leaves its row to the general path: its UTF-8 is what {@link String#getBytes} makes of the decoded
 * text, pairs or not, which the general path does.
 */
public final class RowSpans {

    /** What a field's value is; the scanner reads nothing else. */
    static final byte STRING = 0;
    static final byte NULL = 1;
    static final byte TRUE = 2;
    static final byte FALSE = 3;
    /** An array of strings (any other array makes the scanner give up). */
    static final byte ARRAY = 4;
    static final byte INTEGER = 5;
    static final byte DECIMAL = 6;

    /** A string (or an array item) holds an escape. */
    static final int ESCAPED = 1;
    /** A string (or an array item) holds a {@code \u005CuXXXX} escape of a surrogate. */
    static final int SURROGATE = 2;

    /** A row names a column the table does not have, or names it in an escaped way. */
    static final int UNKNOWN_COLUMN = 1;
    /** A row names a column twice. */
    static final int DUPLICATE_COLUMN = 2;

    private static final int NO_FIELD = -1;
    private static final int STRIDE = 6;
    private static final int COLUMN = 0;
    private static final int NAME_START = 1;
    private static final int NAME_END = 2;
    private static final int KIND_FLAGS = 3;
    private static final int START = 4;
    private static final int END = 5;
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    /** Digits of a mantissa that a {@code long} holds below 2^53, where a double is exact. */
    private static final int EXACT_DIGITS = 15;

    private final String[] names;
    private final ColumnType[] types;
    private final int columns;
    /** The key's column, or -1 when the table has no key. */
    private final int keyColumn;
    private byte[] bytes;
    private int rows;
    private int[] line = new int[128];
    private int[] lineStart = new int[128];
    private int[] lineEnd = new int[128];
    private int[] firstField = new int[129];
    private byte[] rowFlags = new byte[128];
    private int[] columnField;

    private int fields;
    /**
     * Each field's {@link #STRIDE} ints: the column it names (or -1), where its name starts and ends,
     * its kind and flags, where its value starts and ends. One array, so that a field is one run of
     * memory.
     */
    private int[] field = new int[4096 * STRIDE];

    private byte[] unescaped = new byte[256];
    private char[] chars = new char[256];

    RowSpans(Table<?> table) {
        List<? extends Column<?>> list = table.columns();
        columns = list.size();
        names = new String[columns];
        types = new ColumnType[columns];
        for (int i = 0; i < columns; i++) {
            names[i] = list.get(i).name();
            types[i] = list.get(i).type();
        }
        keyColumn = table.keyIndex();
        columnField = new int[128 * columns];
    }

    /** The number of rows. */
    public int rows() {
        return rows;
    }

    /** The 1-based line in the piece where {@code row} starts, as {@link Row#line()}. */
    public int line(int row) {
        return line[row];
    }

    /** The offset in the piece of the row's first byte, its <code>'&#123;'</code>. */
    public int lineStart(int row) {
        return lineStart[row];
    }

    /** The offset in the piece just after the row's closing <code>'&#125;'</code>. */
    public int lineEnd(int row) {
        return lineEnd[row];
    }

    /** The offset of the raw bytes of the row's key, its key column's string value; see {@link #keyLength}. */
    public int keyStart(int row) {
        int f = keyColumn < 0 ? NO_FIELD : columnField[row * columns + keyColumn];
        return f == NO_FIELD ? -1 : start(f);
    }

    /**
     * The length of the raw bytes of the row's key, which are then its UTF-8; -1 when the row has no
     * key so read: the key column is absent, null, not a string, or a string with escapes.
     */
    public int keyLength(int row) {
        int f = keyColumn < 0 ? NO_FIELD : columnField[row * columns + keyColumn];
        return f == NO_FIELD || kind(f) != STRING || (flags(f) & ESCAPED) != 0 ? -1 : end(f) - start(f);
    }

    /**
     * Fills {@code into} with the row as {@link JsonLinesScanner#scan} makes it: the same names in file
     * order, cells, duplicates and line.
     *
     * @return {@code into}
     */
    public Row toRow(int row, Row into) {
        into.reset(line[row]);
        for (int f = firstField[row]; f < firstField[row + 1]; f++) {
            String name = field[f * STRIDE + COLUMN] >= 0 ? names[field[f * STRIDE + COLUMN]] : text(field[f * STRIDE + NAME_START], field[f * STRIDE + NAME_END]);
            into.put(name, cell(f));
        }
        return into;
    }

    /**
     * Hands the values of {@code row}, which {@link RowPrecheck#accepts} accepted, to {@code sink} in
     * column order and in their stored form: text unescaped to UTF-8 (straight from the piece when it
     * has no escapes), whole numbers parsed, dates as days since 1970-01-01, decimals as
     * {@link Double#parseDouble} reads them (0 without a sign, as a {@link java.math.BigDecimal} has
     * it), lists item by item, an absent or null value as {@link ValueSink#nullValue}; then
     * {@link ValueSink#endRow}.
     */
    public void values(int row, ValueSink sink) {
        int base = row * columns;
        int[] data = field;
        for (int c = 0; c < columns; c++) {
            int f = columnField[base + c];
            int at = f * STRIDE;
            if (f == NO_FIELD || (byte) data[at + KIND_FLAGS] == NULL) {
                sink.nullValue(c);
                continue;
            }
            int start = data[at + START];
            int end = data[at + END];
            switch (types[c]) {
                case STRING:
                    if ((data[at + KIND_FLAGS] >>> 8 & ESCAPED) == 0) {
                        sink.text(c, bytes, start, end - start);
                    } else {
                        int length = unescape(start, end); // first: it may replace the array
                        sink.text(c, unescaped, 0, length);
                    }
                    break;
                case INT32:
                    sink.int32(c, (int) Lexical.wholeNumber(bytes, start, end));
                    break;
                case DATE:
                    sink.int32(c, Lexical.epochDay(bytes, start));
                    break;
                case DOUBLE:
                    sink.float64(c, decimal(start, end));
                    break;
                case STRING_LIST:
                    list(c, f, sink);
                    break;
                default:
                    throw new IllegalStateException("no stored form for column type " + types[c]);
            }
        }
        sink.endRow();
    }

    byte[] bytes() {
        return bytes;
    }

    int rowFlags(int row) {
        return rowFlags[row];
    }

    /** The field of {@code row} that holds {@code column} (the last, when it is named twice), or -1. */
    int field(int row, int column) {
        return columnField[row * columns + column];
    }

    byte kind(int f) {
        return (byte) field[f * STRIDE + KIND_FLAGS];
    }

    int start(int f) {
        return field[f * STRIDE + START];
    }

    int end(int f) {
        return field[f * STRIDE + END];
    }

    int flags(int f) {
        return field[f * STRIDE + KIND_FLAGS] >>> 8;
    }

    /** Starts the spans of a new piece. */
    void clear(byte[] piece) {
        bytes = piece;
        rows = 0;
        fields = 0;
        firstField[0] = 0;
    }

    /** Starts a row at {@code offset}, on {@code lineNumber}. */
    void beginRow(int lineNumber, int offset) {
        if (rows + 1 == line.length) {
            int n = 2 * line.length;
            line = Arrays.copyOf(line, n);
            lineStart = Arrays.copyOf(lineStart, n);
            lineEnd = Arrays.copyOf(lineEnd, n);
            firstField = Arrays.copyOf(firstField, n + 1);
            rowFlags = Arrays.copyOf(rowFlags, n);
            columnField = Arrays.copyOf(columnField, n * columns);
        }
        line[rows] = lineNumber;
        lineStart[rows] = offset;
        restartRow();
    }

    /** Drops the fields of the row begun last, if any, to read it again from its start. */
    void restartRow() {
        fields = firstField[rows];
        rowFlags[rows] = 0;
        Arrays.fill(columnField, rows * columns, rows * columns + columns, NO_FIELD);
    }

    /**
     * Adds a field to the row begun last.
     *
     * @param columnIndex the column it names, or -1 for a name that is not a column's as written
     * @param valueStart for a string, its first byte after the quotation mark; for an array, its first
     *     byte after the bracket; for a number, its first byte
     * @param valueEnd the offset of the closing quotation mark or bracket, or just after the number
     */
    void field(int columnIndex, int nameFrom, int nameTo, byte valueKind, int valueStart, int valueEnd, int valueFlags) {
        int at = fields * STRIDE;
        if (at == field.length) {
            field = Arrays.copyOf(field, 2 * at);
        }
        int[] data = field;
        data[at + COLUMN] = columnIndex;
        data[at + NAME_START] = nameFrom;
        data[at + NAME_END] = nameTo;
        data[at + KIND_FLAGS] = valueKind | valueFlags << 8;
        data[at + START] = valueStart;
        data[at + END] = valueEnd;
        int f = fields++;
        if (columnIndex < 0) {
            rowFlags[rows] |= UNKNOWN_COLUMN;
        } else {
            int slot = rows * columns + columnIndex;
            if (columnField[slot] != NO_FIELD) {
                rowFlags[rows] |= DUPLICATE_COLUMN;
            }
            columnField[slot] = f;
        }
    }

    /** Ends the row begun last just before {@code offset}. */
    void endRow(int offset) {
        lineEnd[rows] = offset;
        rows++;
        firstField[rows] = fields;
    }

    private Cell cell(int f) {
        switch (kind(f)) {
            case STRING:
                return Cell.of(Cell.Kind.STRING, text(start(f), end(f)));
            case NULL:
                return Cell.NULL;
            case TRUE:
                return Cell.of(Cell.Kind.BOOLEAN, "true");
            case FALSE:
                return Cell.of(Cell.Kind.BOOLEAN, "false");
            case ARRAY:
                List<String> items = new ArrayList<>();
                for (int at = firstItem(start(f), end(f)); at < end(f); at = nextItem(at, end(f))) {
                    items.add(text(at + 1, itemEnd(at + 1)));
                }
                return new Cell(Cell.Kind.ARRAY, null, items);
            case INTEGER:
                return Cell.of(Cell.Kind.INTEGER, new String(bytes, start(f), end(f) - start(f), StandardCharsets.ISO_8859_1));
            case DECIMAL:
                return Cell.of(Cell.Kind.DECIMAL, new String(bytes, start(f), end(f) - start(f), StandardCharsets.ISO_8859_1));
            default:
                throw new IllegalStateException("no cell for value kind " + kind(f));
        }
    }

    private void list(int c, int f, ValueSink sink) {
        sink.listStart(c);
        for (int at = firstItem(start(f), end(f)); at < end(f); at = nextItem(at, end(f))) {
            int from = at + 1;
            int to = itemEnd(from);
            if (isPlain(from, to)) {
                sink.listItem(c, bytes, from, to - from);
            } else {
                int length = unescape(from, to); // first: it may replace the array
                sink.listItem(c, unescaped, 0, length);
            }
        }
        sink.listEnd(c);
    }

    /** The opening quotation mark of an array's first item, or {@code to} when it has none. */
    private int firstItem(int from, int to) {
        int at = from;
        while (at < to && bytes[at] != '"') {
            at++;
        }
        return at;
    }

    /** The opening quotation mark of the item after the one opening at {@code at}, or {@code to}. */
    private int nextItem(int at, int to) {
        return firstItem(itemEnd(at + 1) + 1, to);
    }

    /** The closing quotation mark of a string whose text starts at {@code from}. */
    private int itemEnd(int from) {
        int at = from;
        while (bytes[at] != '"') {
            at += bytes[at] == '\\' ? 2 : 1;
        }
        return at;
    }

    private boolean isPlain(int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\\') {
                return false;
            }
        }
        return true;
    }

    /** The text of a string's raw bytes, which the scanner found well-formed. */
    private String text(int from, int to) {
        boolean ascii = true;
        boolean escaped = false;
        for (int i = from; i < to; i++) {
            ascii &= bytes[i] >= 0;
            escaped |= bytes[i] == '\\';
        }
        if (!escaped) {
            return new String(bytes, from, to - from, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        }
        if (chars.length < to - from) {
            chars = new char[Math.max(2 * chars.length, to - from)];
        }
        int n = 0;
        int at = from;
        while (at < to) {
            int b = bytes[at++] & 0xFF;
            if (b == '\\') {
                chars[n++] = escape(at);
                at += bytes[at] == 'u' ? 5 : 1;
            } else if (b < 0x80) {
                chars[n++] = (char) b;
            } else if (b < 0xE0) {
                chars[n++] = (char) ((b & 0x1F) << 6 | bytes[at++] & 0x3F);
            } else if (b < 0xF0) {
                chars[n++] = (char) ((b & 0x0F) << 12 | (bytes[at++] & 0x3F) << 6 | bytes[at++] & 0x3F);
            } else {
                int c = (b & 0x07) << 18 | (bytes[at++] & 0x3F) << 12 | (bytes[at++] & 0x3F) << 6 | bytes[at++] & 0x3F;
                chars[n++] = Character.highSurrogate(c);
                chars[n++] = Character.lowSurrogate(c);
            }
        }
        return new String(chars, 0, n);
    }

    /**
     * Writes the UTF-8 of a string's raw bytes, escapes decoded, to {@link #unescaped}; returns its
     * length. Never longer than the raw bytes: an escape of two bytes is one, one of six at most three.
     * The runs between escapes, most of the text, are copied whole.
     */
    private int unescape(int from, int to) {
        if (unescaped.length < to - from) {
            unescaped = new byte[Math.max(2 * unescaped.length, to - from)];
        }
        int n = 0;
        int at = from;
        while (at < to) {
            int run = at;
            while (run < to && bytes[run] != '\\') {
                run++;
            }
            System.arraycopy(bytes, at, unescaped, n, run - at);
            n += run - at;
            if (run == to) {
                break;
            }
            at = run + 1;
            char c = escape(at);
            at += bytes[at] == 'u' ? 5 : 1;
            if (c < 0x80) {
                unescaped[n++] = (byte) c;
            } else if (c < 0x800) {
                unescaped[n++] = (byte) (0xC0 | c >> 6);
                unescaped[n++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                unescaped[n++] = (byte) (0xE0 | c >> 12);
                unescaped[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                unescaped[n++] = (byte) (0x80 | c & 0x3F);
            } else {
                throw new IllegalStateException("text with an escaped surrogate is not handed on from the bytes;"
                        + " RowPrecheck does not accept its row");
            }
        }
        return n;
    }

    /** The character of the escape whose letter is at {@code at}, the scanner having checked it. */
    private char escape(int at) {
        byte b = bytes[at];
        switch (b) {
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                int c = 0;
                for (int i = 1; i <= 4; i++) {
                    c = c << 4 | Character.digit(bytes[at + i], 16);
                }
                return (char) c;
            default:
                return (char) b;
        }
    }

    /**
     * The double nearest to a JSON number, as {@link Double#parseDouble} reads it, but zero without a
     * sign, as a {@link java.math.BigDecimal} has it. A mantissa of up to 15 digits and a power of ten
     * up to 22 are both exact doubles, so their one rounded product or quotient is that nearest double
     * (Clinger's fast path); any other number is read by {@link Double#parseDouble}.
     */
    private double decimal(int from, int to) {
        int at = from;
        boolean negative = bytes[at] == '-';
        if (negative) {
            at++;
        }
        long mantissa = 0;
        int digits = 0;
        int exponent = 0;
        boolean fraction = false;
        for (; at < to; at++) {
            byte b = bytes[at];
            if (b == '.') {
                fraction = true;
                continue;
            }
            if (b < '0' || b > '9') {
                break;
            }
            if (mantissa == 0 && b == '0') {
                exponent -= fraction ? 1 : 0;
                continue;
            }
            if (digits == EXACT_DIGITS) {
                return parsed(from, to);
            }
            mantissa = mantissa * 10 + (b - '0');
            digits++;
            exponent -= fraction ? 1 : 0;
        }
        if (mantissa == 0) {
            return 0.0;
        }
        if (at < to) {
            at++;
            boolean down = bytes[at] == '-';
            if (bytes[at] == '-' || bytes[at] == '+') {
                at++;
            }
            if (to - at > 3) {
                return parsed(from, to);
            }
            int power = 0;
            for (; at < to; at++) {
                power = power * 10 + (bytes[at] - '0');
            }
            exponent += down ? -power : power;
        }
        double value;
        if (exponent >= 0 && exponent < POWERS_OF_TEN.length) {
            value = mantissa * POWERS_OF_TEN[exponent];
        } else if (exponent < 0 && -exponent < POWERS_OF_TEN.length) {
            value = mantissa / POWERS_OF_TEN[-exponent];
        } else {
            return parsed(from, to);
        }
        return negative ? -value : value;
    }

    private double parsed(int from, int to) {
        return Double.parseDouble(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1));
    }
}
