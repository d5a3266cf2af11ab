package org.newsquotes.validate.table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.ColumnType;
import org.newsquotes.schema.Table;
import org.newsquotes.model.Ids;

/**
 * A conservative, fast test that a row breaks none of its own rules, read straight from the bytes of
 * its {@link RowSpans}, making no object: true only when {@link RowValidator#checkRow} would report
 * nothing at all for the row, so that a row it accepts needs no other check than the uniqueness of
 * its key. It mirrors the rules for the rows that are usual: every value of its column's type and
 * constraints, text with escapes only where no code or pattern applies. Whatever it is unsure of
 * (an escaped id or date, an unknown or repeated column, any fault) it leaves to
 * {@link RowValidator}, which alone says what is wrong. One per thread.
 */
public final class RowPrecheck {

    private final int columns;
    private final ColumnType[] types;
    private final boolean[] required;
    /** Each column's codes as UTF-8, or null when any text will do. */
    private final byte[][][] codes;
    /** Each column's pattern when it is one of the shapes of ids, tested on the bytes themselves; else null. */
    private final Ids.Shape[] shapes;
    /** Each column's pattern when it is any other expression, tested on the decoded text; else null. */
    private final List<Predicate<String>> expressions = new ArrayList<>();
    private final int[][] offsetPairs;
    /** The key's column, or -1 when the table has none. */
    private final int keyColumn;
    /** The column whose value the key starts with, else -1. */
    private final int documentColumn;
    /** The whole numbers of the row being checked, by column; {@link Lexical#NOT_A_NUMBER} where none. */
    private final long[] whole;
    private final AsciiText ascii = new AsciiText();
    /**
     * Each column's last value that matched its id shape, and its length (-1 for none): rows of a
     * file often repeat an id (the document's, the speaker's), which then needs no second test.
     */
    private final byte[][] matched;
    private final int[] matchedLengths;

    /** @param table the table whose rows are checked */
    public RowPrecheck(Table<?> table) {
        List<? extends Column<?>> list = table.columns();
        columns = list.size();
        types = new ColumnType[columns];
        required = new boolean[columns];
        codes = new byte[columns][][];
        shapes = new Ids.Shape[columns];
        for (int c = 0; c < columns; c++) {
            Column<?> column = list.get(c);
            types[c] = column.type();
            required[c] = !column.nullable();
            if (!column.codes().isEmpty()) {
                codes[c] = new byte[column.codes().size()][];
                for (int i = 0; i < codes[c].length; i++) {
                    codes[c][i] = column.codes().get(i).getBytes(StandardCharsets.UTF_8);
                }
            }
            shapes[c] = column.pattern() == null ? null : Ids.Shape.of(column.pattern());
            expressions.add(column.pattern() == null || shapes[c] != null ? null : Ids.matcher(column.pattern()));
        }
        offsetPairs = RowValidator.offsetPairs(table).toArray(new int[0][]);
        keyColumn = table.keyIndex();
        documentColumn = RowValidator.keyPrefixColumn(table);
        whole = new long[columns];
        matched = new byte[columns][16];
        matchedLengths = new int[columns];
        Arrays.fill(matchedLengths, -1);
    }

    /** Whether {@code row} of {@code spans} surely breaks none of its own rules. */
    public boolean accepts(RowSpans spans, int row) {
        if (spans.rowFlags(row) != 0) {
            return false;
        }
        byte[] bytes = spans.bytes();
        for (int c = 0; c < columns; c++) {
            whole[c] = Lexical.NOT_A_NUMBER;
            int f = spans.field(row, c);
            byte kind = f < 0 ? RowSpans.NULL : spans.kind(f);
            if (kind == RowSpans.NULL) {
                if (required[c]) {
                    return false;
                }
                continue;
            }
            if (!value(c, kind, bytes, spans.start(f), spans.end(f), spans.flags(f))) {
                return false;
            }
        }
        for (int[] pair : offsetPairs) {
            if (whole[pair[0]] > whole[pair[1]] && whole[pair[1]] != Lexical.NOT_A_NUMBER) {
                return false;
            }
        }
        return documentColumn < 0 || startsWithDocument(spans, row);
    }

    /** Whether a value that is not null has column {@code c}'s type and keeps its constraints. */
    private boolean value(int c, byte kind, byte[] bytes, int start, int end, int flags) {
        switch (types[c]) {
            case STRING:
                if (kind != RowSpans.STRING || start == end) {
                    return false;
                }
                if (codes[c] == null && shapes[c] == null && expressions.get(c) == null) {
                    return (flags & RowSpans.SURROGATE) == 0;
                }
                return (flags & RowSpans.ESCAPED) == 0 && (codes[c] == null || isCode(codes[c], bytes, start, end))
                        && matchesPattern(c, bytes, start, end);
            case INT32:
                whole[c] = kind == RowSpans.INTEGER ? Lexical.wholeNumber(bytes, start, end) : Lexical.NOT_A_NUMBER;
                return whole[c] != Lexical.NOT_A_NUMBER;
            case DOUBLE:
                return kind == RowSpans.INTEGER || kind == RowSpans.DECIMAL;
            case DATE:
                return kind == RowSpans.STRING && (flags & RowSpans.ESCAPED) == 0
                        && Lexical.isIsoDate(bytes, start, end);
            case STRING_LIST:
                return kind == RowSpans.ARRAY && (flags & RowSpans.SURROGATE) == 0;
            default:
                return false;
        }
    }

    /** Whether the text, whose UTF-8 has no escape, matches column {@code c}'s pattern, if it has one. */
    private boolean matchesPattern(int c, byte[] bytes, int start, int end) {
        if (shapes[c] != null) {
            int length = end - start;
            if (matchedLengths[c] == length && same(matched[c], 0, bytes, start, length)) {
                return true;
            }
            if (!shapes[c].matches(ascii.of(bytes, start, end))) {
                return false;
            }
            if (matched[c].length < length) {
                matched[c] = new byte[Math.max(length, 2 * matched[c].length)];
            }
            System.arraycopy(bytes, start, matched[c], 0, length);
            matchedLengths[c] = length;
            return true;
        }
        Predicate<String> expression = expressions.get(c);
        return expression == null || expression.test(new String(bytes, start, end - start, StandardCharsets.UTF_8));
    }

    private static boolean isCode(byte[][] codes, byte[] bytes, int start, int end) {
        for (byte[] code : codes) {
            if (code.length == end - start && same(code, 0, bytes, start, code.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code length} bytes of {@code a} from {@code aFrom} are those of {@code b} from
     * {@code bFrom}: a plain loop, since codes and ids are a few bytes, shorter than it takes
     * {@link java.util.Arrays#equals(byte[], int, int, byte[], int, int)} to pay off.
     */
    private static boolean same(byte[] a, int aFrom, byte[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++) {
            if (a[aFrom + i] != b[bFrom + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the key, when the row has one, starts with the row's document id as
     * {@link org.newsquotes.model.Ids#documentPart} reads it: up to its first hyphen, or all of it.
     */
    private boolean startsWithDocument(RowSpans spans, int row) {
        int key = spans.field(row, keyColumn);
        int document = spans.field(row, documentColumn);
        if (key < 0 || spans.kind(key) != RowSpans.STRING || document < 0 || spans.kind(document) != RowSpans.STRING) {
            return true;
        }
        if (((spans.flags(key) | spans.flags(document)) & RowSpans.ESCAPED) != 0) {
            return false;
        }
        byte[] bytes = spans.bytes();
        int from = spans.start(key);
        int to = from;
        while (to < spans.end(key) && bytes[to] != '-') {
            to++;
        }
        int length = to - from;
        return length == spans.end(document) - spans.start(document)
                && same(bytes, from, bytes, spans.start(document), length);
    }
}
