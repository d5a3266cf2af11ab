package org.newsquotes.validate.table;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.ReadLimits;
import org.newsquotes.schema.Table;

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
 * <p>{@link #scanSpans} only finds where rows and values are ({@link RowSpans}), so that a usual row can
 * be checked ({@link RowPrecheck}) and handed on ({@link RowSpans#values}) without a string;
 * {@link #scan} makes rows of strings and cells from those spans.
 *
 * <p>A scanner is used by one thread at a time; it reuses its rows from piece to piece.
 */
public final class JsonLinesScanner {

    /**
     * Longer values are left to the general parser, whose limits they might pass: the same
     * {@link ReadLimits}, counted here in bytes as written, never fewer than the characters the parser
     * counts, so that the scanner never reads a row that the parser refuses.
     */
    private static final int MAX_NUMBER_LENGTH = ReadLimits.MAX_NUMBER_LENGTH;
    private static final int MAX_STRING_BYTES = ReadLimits.MAX_STRING_LENGTH;
    private static final int MAX_NAME_BYTES = ReadLimits.MAX_NAME_LENGTH;
    /** How deep the values of a row the scanner reads are nested: the row, and a list in it. */
    private static final int LIST_DEPTH = 2;

    /** Thrown, without a stack trace, where the scanner gives up; caught in {@link #scan}. */
    private static final class Unusual extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unusual() {
            super(null, null, false, false);
        }
    }

    private static final Unusual UNUSUAL = new Unusual();

    /** Eight bytes of an array at once, little-endian, so that the first byte is the lowest (see {@link #special}). */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final int columnCount;
    /** Each name and its closing quotation mark, to find them eight bytes at a time. */
    private final Words names;
    /**
     * What comes before each column's value in the usual row ({@link #usualRow}): <code>&#123;"name":</code>
     * for the first column, {@code ,"name":} for the others.
     */
    private final Words leads;
    private final RowSpans spans;
    private final List<Row> rows = new ArrayList<>();
    private int count;
    private byte[] bytes;
    private int end;
    private int at;
    private int lineEnds;

    /** @param table the table whose column names rows are expected to use */
    public JsonLinesScanner(Table<?> table) {
        List<? extends Column<?>> columns = table.columns();
        columnCount = columns.size();
        byte[][] quoted = new byte[columnCount][];
        byte[][] lead = new byte[columnCount][];
        for (int i = 0; i < columnCount; i++) {
            quoted[i] = (columns.get(i).name() + '"').getBytes(StandardCharsets.UTF_8);
            lead[i] = ((i == 0 ? "{\"" : ",\"") + columns.get(i).name() + "\":").getBytes(StandardCharsets.UTF_8);
        }
        names = new Words(quoted);
        leads = new Words(lead);
        spans = new RowSpans(table);
    }

    /**
     * Reads the rows of {@code length} bytes of {@code bytes}, whose lines count from 1, into rows of
     * strings and cells: {@link #scanSpans}, then {@link RowSpans#toRow} for each row.
     *
     * @return whether every row was read; if not, the piece is to be read by the general parser
     */
    public boolean scan(byte[] bytes, int length) {
        count = 0;
        if (!scanSpans(bytes, length)) {
            return false;
        }
        for (int i = 0; i < spans.rows(); i++) {
            if (count == rows.size()) {
                rows.add(new Row());
            }
            spans.toRow(i, rows.get(count++));
        }
        return true;
    }

    /**
     * Reads where the rows of {@code length} bytes of {@code bytes} and their values are, decoding
     * nothing; what it accepts is what {@link #scan} accepts. The piece's bytes must stay as they are
     * while {@link #spans} are used.
     *
     * @return whether every row was read; if not, the piece is to be read by the general parser
     */
    public boolean scanSpans(byte[] bytes, int length) {
        this.bytes = bytes;
        this.end = length;
        this.at = 0;
        this.lineEnds = 0;
        spans.clear(bytes);
        try {
            while (betweenRows()) {
                row();
            }
            return true;
        } catch (Unusual e) {
            spans.clear(null);
            return false;
        } finally {
            this.bytes = null;
        }
    }

    /** The rows that the last successful {@link #scan} read; valid until the next scan. */
    public List<Row> rows() {
        return rows.subList(0, count);
    }

    /** The rows that the last successful {@link #scanSpans} (or {@link #scan}) found; valid until the next scan. */
    public RowSpans spans() {
        return spans;
    }

    /** The line ends in the piece that the last successful scan read: LF, CR LF, and a CR alone. */
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
        int rowStart = at;
        spans.beginRow(lineEnds + 1, at);
        if (usualRow()) {
            return;
        }
        at = rowStart;
        spans.restartRow();
        expect('{');
        space();
        if (peek() == '}') {
            at++;
            spans.endRow(at);
            return;
        }
        for (int expected = 0; ; expected++) {
            expect('"');
            int nameStart = at;
            int column = name(expected);
            int nameEnd = at - 1;
            colon();
            value(column, nameStart, nameEnd);
            space();
            byte b = next();
            if (b == '}') {
                spans.endRow(at);
                return;
            }
            if (b != ',') {
                throw UNUSUAL;
            }
            space();
        }
    }

    /**
     * Reads the row from its <code>'&#123;'</code> when it is the usual row, as the general loop of {@link #row}
     * would: every column once, in the table's order, named as written, with no white space between
     * values, names and punctuation. What comes before each value is then compared eight bytes at a
     * time ({@link #leads}) rather than byte by byte. Returns false at the first difference, the
     * row's fields recorded so far to be dropped and the row read again by the general loop; a value
     * it cannot read makes it give up the piece, as the general loop would at the same value.
     */
    private boolean usualRow() {
        for (int c = 0; c < columnCount; c++) {
            int from = at;
            if (from + leads.length(c) >= end || !leads.at(bytes, from, c)) {
                return false;
            }
            at = from + leads.length(c);
            if (bytes[at] == ' ' || bytes[at] == '\t') {
                return false;
            }
            // The name is between the lead's two quotation marks: {"name": or ,"name":
            value(c, from + 2, at - 2);
        }
        if (at < end && bytes[at] == '}') {
            at++;
            spans.endRow(at);
            return true;
        }
        return false;
    }

    private void value(int column, int nameStart, int nameEnd) {
        byte b = next();
        int start = at;
        switch (b) {
            case '"':
                int flags = string();
                spans.field(column, nameStart, nameEnd, RowSpans.STRING, start, at - 1, flags);
                return;
            case 'n':
                literal("ull");
                spans.field(column, nameStart, nameEnd, RowSpans.NULL, start, start, 0);
                return;
            case 't':
                literal("rue");
                spans.field(column, nameStart, nameEnd, RowSpans.TRUE, start, start, 0);
                return;
            case 'f':
                literal("alse");
                spans.field(column, nameStart, nameEnd, RowSpans.FALSE, start, start, 0);
                return;
            case '[':
                if (LIST_DEPTH > ReadLimits.MAX_NESTING_DEPTH) {
                    throw UNUSUAL;
                }
                int itemFlags = strings();
                spans.field(column, nameStart, nameEnd, RowSpans.ARRAY, start, at - 1, itemFlags);
                return;
            default:
                at--;
                byte kind = number();
                spans.field(column, nameStart, nameEnd, kind, start - 1, at, 0);
        }
    }

    /** The items of an array of strings, its {@code [} read, up to its {@code ]}; returns their flags. */
    private int strings() {
        int flags = 0;
        space();
        if (peek() == ']') {
            at++;
            return flags;
        }
        while (true) {
            expect('"');
            flags |= string();
            space();
            byte b = next();
            if (b == ']') {
                return flags;
            }
            if (b != ',') {
                throw UNUSUAL;
            }
            space();
        }
    }

    /** A JSON number as written: {@code -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?}; returns its kind. */
    private byte number() {
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
        return whole ? RowSpans.INTEGER : RowSpans.DECIMAL;
    }

    private int digits() {
        int start = at;
        while (at < end && bytes[at] >= '0' && bytes[at] <= '9') {
            at++;
        }
        return at - start;
    }

    /**
     * A field name, its opening quotation mark read, up to and with its closing one: the index of the
     * table's column when it is one as written, as it is in the usual row (tried first at its place,
     * {@code expected}), else -1. A name with an escaped surrogate is left to the parser.
     */
    private int name(int expected) {
        int start = at;
        if (expected < columnCount && isNameAt(expected, start)) {
            at += names.length(expected);
            return expected;
        }
        for (int i = 0; i < columnCount; i++) {
            if (isNameAt(i, start)) {
                at += names.length(i);
                return i;
            }
        }
        // The parser refuses some escaped surrogates in names that it takes in values (a low one alone).
        if ((string() & RowSpans.SURROGATE) != 0 || at - start > MAX_NAME_BYTES) {
            throw UNUSUAL;
        }
        return -1;
    }

    /** Whether the bytes from {@code start} are column {@code i}'s name and a closing quotation mark. */
    private boolean isNameAt(int i, int start) {
        return start + names.length(i) <= end && names.at(bytes, start, i);
    }

    /**
     * Reads a string, its opening quotation mark read, up to and with its closing one, checking that
     * it is well-formed: escapes, no control characters, UTF-8 as Unicode's table 3-7 has it (no
     * overlong forms, no surrogates, nothing past U+10FFFF), which decoders might otherwise read
     * differently. Runs of plain ASCII, most of a row, are skipped eight bytes at a time; the piece,
     * its end and the place are kept in locals, since this loop is most of the scan.
     *
     * @return {@link RowSpans#ESCAPED} when it holds an escape, with {@link RowSpans#SURROGATE} when
     *     one is of a surrogate
     */
    private int string() {
        byte[] piece = bytes;
        int limit = end;
        int i = at;
        int start = i;
        int flags = 0;
        while (true) {
            if (i + Long.BYTES <= limit) {
                long special = special((long) LONGS.get(piece, i));
                if (special == 0) {
                    i += Long.BYTES;
                    continue;
                }
                i += Long.numberOfTrailingZeros(special) >>> 3;
            } else if (i >= limit) {
                throw UNUSUAL;
            }
            int b = piece[i];
            if (b == '"') {
                if (i - start > MAX_STRING_BYTES) {
                    throw UNUSUAL;
                }
                at = i + 1;
                return flags;
            }
            if (b < 0) {
                i = multiByte(piece, i, limit);
            } else if (b == '\\') {
                at = i + 1;
                flags |= escape();
                i = at;
            } else if (b < 0x20) {
                throw UNUSUAL;
            } else {
                i++;
            }
        }
    }

    /**
     * The bytes of eight, as bits of a long, that end a plain ASCII run of a string: a quotation mark, a
     * backslash, a control character or a byte of a multi-byte character. Each such byte has its high
     * bit set in the result; the lowest set bit marks the first of them exactly (bits above it may be
     * set for other bytes), which is all a scan needs. Eight at a time, since most of a row's bytes are
     * such runs.
     */
    private static long special(long eight) {
        long high = 0x8080808080808080L;
        return eight & high | hasZero(eight ^ 0x2222222222222222L) | hasZero(eight ^ 0x5C5C5C5C5C5C5C5CL)
                | (eight - 0x2020202020202020L) & ~eight & high;
    }

    /** Non-zero when one of the bytes of {@code eight} is zero. */
    private static long hasZero(long eight) {
        return (eight - 0x0101010101010101L) & ~eight & 0x8080808080808080L;
    }

    /**
     * Reads the characters of UTF-8 from {@code i}, whose byte is not ASCII, for as long as they run:
     * text in other scripts is such runs. Returns the place after them.
     */
    private static int multiByte(byte[] piece, int i, int limit) {
        int at = i;
        do {
            int lead = piece[at] & 0xFF;
            if (lead < 0xE0) {
                if (lead < 0xC2 || at + 1 >= limit || !isContinuation(piece[at + 1])) {
                    throw UNUSUAL;
                }
                at += 2;
            } else if (lead < 0xF0) {
                if (at + 2 >= limit || !isContinuation(piece[at + 2])) {
                    throw UNUSUAL;
                }
                int second = piece[at + 1] & 0xFF;
                if (second < (lead == 0xE0 ? 0xA0 : 0x80) || second > (lead == 0xED ? 0x9F : 0xBF)) {
                    throw UNUSUAL;
                }
                at += 3;
            } else {
                if (lead > 0xF4 || at + 3 >= limit || !isContinuation(piece[at + 2]) || !isContinuation(piece[at + 3])) {
                    throw UNUSUAL;
                }
                int second = piece[at + 1] & 0xFF;
                if (second < (lead == 0xF0 ? 0x90 : 0x80) || second > (lead == 0xF4 ? 0x8F : 0xBF)) {
                    throw UNUSUAL;
                }
                at += 4;
            }
        } while (at < limit && piece[at] < 0);
        return at;
    }

    /** Whether {@code b} is a byte 0x80 to 0xBF, which continues a character of UTF-8. */
    private static boolean isContinuation(byte b) {
        return b < (byte) 0xC0;
    }

    /** Reads an escape, its backslash read; returns its flags. */
    private int escape() {
        switch (next()) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                return RowSpans.ESCAPED;
            case 'u':
                int c = 0;
                for (int i = 0; i < 4; i++) {
                    c = c << 4 | hex(next());
                }
                return Character.isSurrogate((char) c) ? RowSpans.ESCAPED | RowSpans.SURROGATE : RowSpans.ESCAPED;
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

    /** Reads the colon after a name, and any spaces around it; the usual row has none, which is tried first. */
    private void colon() {
        if (at + 1 < end && bytes[at] == ':' && bytes[at + 1] > ' ') {
            at++;
            return;
        }
        space();
        expect(':');
        space();
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

    /**
     * Short texts to find in a piece, compared eight bytes at a time where the piece's array has room,
     * since names and what comes between values are most of the bytes outside long text: each text as
     * longs, the last padded with zeros, one text after another in one array, so that a test reads
     * no other array to find them.
     */
    private static final class Words {
        private final byte[][] texts;
        /** Each text's length: read for every value of the usual row, so kept apart from the texts. */
        private final int[] lengths;
        private final long[] words;
        /** Where each text's longs start in {@link #words}; one more, where they end. */
        private final int[] first;
        /** Which bytes of each text's last long are its own. */
        private final long[] lastMasks;

        Words(byte[][] texts) {
            this.texts = texts;
            lengths = new int[texts.length];
            first = new int[texts.length + 1];
            for (int i = 0; i < texts.length; i++) {
                first[i + 1] = first[i] + (texts[i].length + Long.BYTES - 1) / Long.BYTES;
            }
            words = new long[first[texts.length]];
            lastMasks = new long[texts.length];
            for (int i = 0; i < texts.length; i++) {
                int count = first[i + 1] - first[i];
                byte[] padded = Arrays.copyOf(texts[i], count * Long.BYTES);
                for (int w = 0; w < count; w++) {
                    words[first[i] + w] = (long) LONGS.get(padded, w * Long.BYTES);
                }
                lengths[i] = texts[i].length;
                int rest = texts[i].length - (count - 1) * Long.BYTES;
                lastMasks[i] = rest == Long.BYTES ? -1L : (1L << (8 * rest)) - 1;
            }
        }

        int length(int i) {
            return lengths[i];
        }

        /** Whether the bytes of {@code piece} from {@code start}, which it holds, are text {@code i}. */
        boolean at(byte[] piece, int start, int i) {
            int last = first[i + 1] - 1;
            if (start + (last - first[i] + 1) * Long.BYTES > piece.length) {
                return Arrays.equals(piece, start, start + lengths[i], texts[i], 0, lengths[i]);
            }
            int from = start;
            for (int w = first[i]; w < last; w++, from += Long.BYTES) {
                if ((long) LONGS.get(piece, from) != words[w]) {
                    return false;
                }
            }
            return ((long) LONGS.get(piece, from) & lastMasks[i]) == words[last];
        }
    }
}
