package org.newsquotes.validate.table;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsquotes.export.Column;
import org.newsquotes.export.Table;

/**
 * Reads the rows of a piece of JSON Lines of well-formed, one-line row objects, straight from the
 * bytes, several times faster than the general JSON parser. It handles only the common case: objects on
 * one line each, whose values are strings, numbers, null, true, false or arrays of strings, in UTF-8
 * without any fault. At anything else — malformed JSON, a nested object, an array of other values,
 * invalid UTF-8, a line end inside a row, very long values — it gives up on the whole piece, and the
 * piece is to be read again by {@link RowReaders#jsonLines}, which alone says what is wrong and where.
 * So it accepts only what that reader accepts, and makes the same rows from it: the same names,
 * kinds, texts and lines; reports come from one place only.
 *
 * <p>A scanner is used by one thread at a time; it reuses its rows from piece to piece.
 */
public final class JsonLinesScanner {

    /** Longer values are left to the general parser, whose limits (such as 1000 digits a number) they might pass. */
    private static final int MAX_NUMBER_LENGTH = 1000;
    private static final int MAX_STRING_BYTES = 1_000_000;
    private static final int MAX_NAME_BYTES = 1000;

    /** Thrown, without a stack trace, where the scanner gives up; caught in {@link #scan}. */
    private static final class Unusual extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unusual() {
            super(null, null, false, false);
        }
    }

    private static final Unusual UNUSUAL = new Unusual();

    /** Eight bytes of an array at once, in whatever order: {@link #isPlainAscii} tests each byte alike. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final String[] names;
    private final byte[][] nameBytes;
    private final List<Row> rows = new ArrayList<>();
    private char[] chars = new char[256];
    private int count;
    private byte[] bytes;
    private int end;
    private int at;
    private int lineEnds;

    /** @param table the table whose column names rows are expected to use */
    public JsonLinesScanner(Table<?> table) {
        List<? extends Column<?>> columns = table.columns();
        names = new String[columns.size()];
        nameBytes = new byte[columns.size()][];
        for (int i = 0; i < names.length; i++) {
            names[i] = columns.get(i).name();
            nameBytes[i] = names[i].getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * Reads the rows of {@code length} bytes of {@code bytes}, whose lines count from 1.
     *
     * @return whether every row was read; if not, the piece is to be read by the general parser
     */
    public boolean scan(byte[] bytes, int length) {
        this.bytes = bytes;
        this.end = length;
        this.at = 0;
        this.lineEnds = 0;
        this.count = 0;
        try {
            while (betweenRows()) {
                row();
            }
            return true;
        } catch (Unusual e) {
            return false;
        } finally {
            this.bytes = null;
        }
    }

    /** The rows that the last successful {@link #scan} read; valid until the next scan. */
    public List<Row> rows() {
        return rows.subList(0, count);
    }

    /** The line ends in the piece that the last successful {@link #scan} read: LF, CR LF, and a CR alone. */
    public int lineEnds() {
        return lineEnds;
    }

    /** Skips white space and line ends before a row; false at the end of the piece. */
    private boolean betweenRows() {
        while (at < end) {
            byte b = bytes[at];
            if (b == ' ' || b == '\t') {
                at++;
            } else if (b == '\n') {
                lineEnds++;
                at++;
            } else if (b == '\r') {
                lineEnds++;
                at++;
                if (at < end && bytes[at] == '\n') {
                    at++;
                }
            } else {
                return true;
            }
        }
        return false;
    }

    private void row() {
        expect('{');
        if (count == rows.size()) {
            rows.add(new Row());
        }
        Row row = rows.get(count++);
        row.reset(lineEnds + 1);
        space();
        if (peek() == '}') {
            at++;
            return;
        }
        for (int column = 0; ; column++) {
            expect('"');
            String name = name(column);
            space();
            expect(':');
            space();
            row.put(name, value());
            space();
            byte b = next();
            if (b == '}') {
                return;
            }
            if (b != ',') {
                throw UNUSUAL;
            }
            space();
        }
    }

    private Cell value() {
        byte b = next();
        switch (b) {
            case '"':
                return Cell.of(Cell.Kind.STRING, string());
            case 'n':
                literal("ull");
                return Cell.NULL;
            case 't':
                literal("rue");
                return Cell.of(Cell.Kind.BOOLEAN, "true");
            case 'f':
                literal("alse");
                return Cell.of(Cell.Kind.BOOLEAN, "false");
            case '[':
                return new Cell(Cell.Kind.ARRAY, null, strings());
            default:
                at--;
                return number();
        }
    }

    /** The items of an array of strings, its {@code [} read. */
    private List<String> strings() {
        List<String> items = new ArrayList<>();
        space();
        if (peek() == ']') {
            at++;
            return items;
        }
        while (true) {
            expect('"');
            items.add(string());
            space();
            byte b = next();
            if (b == ']') {
                return items;
            }
            if (b != ',') {
                throw UNUSUAL;
            }
            space();
        }
    }

    /** A JSON number as written: {@code -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?}. */
    private Cell number() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        if (peek() == '0') {
            at++;
        } else if (digits() == 0) {
            throw UNUSUAL;
        }
        boolean whole = true;
        if (at < end && bytes[at] == '.') {
            at++;
            whole = false;
            if (digits() == 0) {
                throw UNUSUAL;
            }
        }
        if (at < end && (bytes[at] == 'e' || bytes[at] == 'E')) {
            at++;
            whole = false;
            if (at < end && (bytes[at] == '+' || bytes[at] == '-')) {
                at++;
            }
            if (digits() == 0) {
                throw UNUSUAL;
            }
        }
        if (at - start > MAX_NUMBER_LENGTH) {
            throw UNUSUAL;
        }
        String text = new String(bytes, start, at - start, StandardCharsets.ISO_8859_1);
        return Cell.of(whole ? Cell.Kind.INTEGER : Cell.Kind.DECIMAL, text);
    }

    private int digits() {
        int start = at;
        while (at < end && bytes[at] >= '0' && bytes[at] <= '9') {
            at++;
        }
        return at - start;
    }

    /**
     * A field name, its opening quotation mark read: the table's own name string when it is one of
     * the table's columns, as it is in the usual row (tried first at its place, {@code column}).
     */
    private String name(int column) {
        int start = at;
        if (column < names.length && isNameAt(nameBytes[column], start)) {
            at += nameBytes[column].length + 1;
            return names[column];
        }
        for (int i = 0; i < names.length; i++) {
            if (isNameAt(nameBytes[i], start)) {
                at += nameBytes[i].length + 1;
                return names[i];
            }
        }
        String name = string();
        if (at - start > MAX_NAME_BYTES) {
            throw UNUSUAL;
        }
        return name;
    }

    /** Whether the bytes from {@code start} are {@code name} and a closing quotation mark. */
    private boolean isNameAt(byte[] name, int start) {
        int close = start + name.length;
        if (close >= end || bytes[close] != '"') {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (bytes[start + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A string's text, its opening quotation mark read; the closing one is read too. Text of ASCII
     * alone, without escapes, is made straight from its bytes; any other is decoded in one pass.
     */
    private String string() {
        int start = at;
        while (at + Long.BYTES <= end && isPlainAscii((long) LONGS.get(bytes, at))) {
            at += Long.BYTES;
        }
        while (at < end) {
            byte b = bytes[at];
            if (b == '"') {
                if (at - start > MAX_STRING_BYTES) {
                    throw UNUSUAL;
                }
                String text = new String(bytes, start, at - start, StandardCharsets.ISO_8859_1);
                at++;
                return text;
            }
            if (b == '\\' || b < 0x20) {
                return decoded(start);
            }
            at++;
        }
        throw UNUSUAL;
    }

    /**
     * Whether none of eight bytes ends a plain ASCII run of a string: none is a quotation mark, a
     * backslash, a control character or a byte of a multi-byte character. Tested eight at a time, as
     * bits of a long, since most of a row's bytes are such runs.
     */
    private static boolean isPlainAscii(long eight) {
        long high = 0x8080808080808080L;
        return (eight & high | hasZero(eight ^ 0x2222222222222222L) | hasZero(eight ^ 0x5C5C5C5C5C5C5C5CL)
                | (eight - 0x2020202020202020L) & ~eight & high) == 0;
    }

    /** Non-zero when one of the bytes of {@code eight} is zero. */
    private static long hasZero(long eight) {
        return (eight - 0x0101010101010101L) & ~eight & 0x8080808080808080L;
    }

    /**
     * The text of a string from {@code start}, where {@code at} is its first escape or non-ASCII byte.
     * Bytes that are not well-formed UTF-8 (Unicode's table 3-7: no overlong forms, no surrogates,
     * nothing past U+10FFFF), which decoders may read differently, make the scanner give up.
     */
    private String decoded(int start) {
        int length = at - start;
        if (chars.length < length + 2) {
            chars = new char[Math.max(2 * chars.length, length + 2)];
        }
        for (int i = 0; i < length; i++) {
            chars[i] = (char) bytes[start + i];
        }
        while (true) {
            if (at >= end || at - start > MAX_STRING_BYTES) {
                throw UNUSUAL;
            }
            if (length + 2 > chars.length) {
                chars = Arrays.copyOf(chars, 2 * chars.length);
            }
            int b = bytes[at++] & 0xFF;
            if (b == '"') {
                return new String(chars, 0, length);
            }
            if (b == '\\') {
                chars[length++] = escape();
            } else if (b < 0x20) {
                throw UNUSUAL;
            } else if (b < 0x80) {
                chars[length++] = (char) b;
            } else if (b >= 0xC2 && b <= 0xDF) {
                chars[length++] = (char) ((b & 0x1F) << 6 | continuation(0x80, 0xBF));
            } else if (b >= 0xE0 && b <= 0xEF) {
                int second = continuation(b == 0xE0 ? 0xA0 : 0x80, b == 0xED ? 0x9F : 0xBF);
                chars[length++] = (char) ((b & 0x0F) << 12 | second << 6 | continuation(0x80, 0xBF));
            } else if (b >= 0xF0 && b <= 0xF4) {
                int second = continuation(b == 0xF0 ? 0x90 : 0x80, b == 0xF4 ? 0x8F : 0xBF);
                int c = (b & 0x07) << 18 | second << 12 | continuation(0x80, 0xBF) << 6 | continuation(0x80, 0xBF);
                chars[length++] = Character.highSurrogate(c);
                chars[length++] = Character.lowSurrogate(c);
            } else {
                throw UNUSUAL;
            }
        }
    }

    /** The low six bits of the next byte, which must be from {@code low} to {@code high}. */
    private int continuation(int low, int high) {
        int b = next() & 0xFF;
        if (b < low || b > high) {
            throw UNUSUAL;
        }
        return b & 0x3F;
    }

    /** The character of an escape, its backslash read. */
    private char escape() {
        byte b = next();
        switch (b) {
            case '"':
            case '\\':
            case '/':
                return (char) b;
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
                for (int i = 0; i < 4; i++) {
                    c = c << 4 | hex(next());
                }
                return (char) c;
            default:
                throw UNUSUAL;
        }
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        throw UNUSUAL;
    }

    /** Reads the rest of a literal, whose first letter is read. */
    private void literal(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            if (next() != rest.charAt(i)) {
                throw UNUSUAL;
            }
        }
    }

    /** Skips spaces and tabs inside a row; a line end there is left to the general parser. */
    private void space() {
        while (at < end && (bytes[at] == ' ' || bytes[at] == '\t')) {
            at++;
        }
    }

    private void expect(char c) {
        if (next() != c) {
            throw UNUSUAL;
        }
    }

    private byte peek() {
        if (at >= end) {
            throw UNUSUAL;
        }
        return bytes[at];
    }

    private byte next() {
        byte b = peek();
        at++;
        return b;
    }
}
