package org.newsquotes.validate.table;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.newsquotes.model.Ids;
import org.newsquotes.schema.ColumnType;
import org.newsquotes.schema.Messages;
import org.newsquotes.schema.RuleDescriptor;
import org.newsquotes.schema.TableRules;
import org.newsquotes.schema.Unicode;

/**
 * One constraint of a table's rows, written once: its quick test on a value still in a file's UTF-8
 * (the fast path, {@link RowPrecheck}) beside its reporting check on a {@link Cell} (the validator,
 * {@link RowValidator}), which alone says what is wrong. A maintainer who changes one changes the
 * other in the same place; a property test makes values that both must judge alike.
 *
 * <p>The quick test is conservative: it may refuse a value that the reporting check finds right (an
 * escaped id, say), leaving the row to the validator, but never accepts one that the reporting check
 * would report. {@link TableChecks} builds a table's checks and walks them, calling each final
 * class's own methods, so that no call in the walk is megamorphic.
 *
 * <p>The checks live here rather than in {@code schema} because both of their tests read this
 * package's forms of a value: {@link RowSpans}'s kinds and flags, {@link Lexical} and {@link Cell}.
 */
abstract class ColumnCheck {

    /** The rule a violation breaks. */
    final RuleDescriptor rule;
    /** The column the check reports on, by place and name. */
    final int column;
    final String name;

    ColumnCheck(RuleDescriptor rule, int column, String name) {
        this.rule = rule;
        this.column = column;
        this.name = name;
    }

    /** The start of every message about a column's value: {@code column "name"}. */
    final String columnNamed() {
        return "column " + Messages.quoted(name);
    }

    /**
     * A column that is never null: present in every row with a value. Its quick test is the walk's own
     * (a value that is absent or null fails it); it has two messages, one for each way.
     */
    static final class Required extends ColumnCheck {
        Required(int column, String name) {
            super(TableRules.VALUE_REQUIRED, column, name);
        }

        /** What is wrong with a {@code row} (or a {@code header}) that has no such column. */
        String missing(String what) {
            return "the " + what + " has no column " + Messages.quoted(name) + ", which every row needs";
        }

        /** What is wrong with a row whose value is null. */
        String isNull() {
            return columnNamed() + " is null; every row needs a value";
        }
    }

    /** A value that is not null has its column's type. */
    static final class Type extends ColumnCheck {
        private final ColumnType type;

        Type(int column, String name, ColumnType type) {
            super(TableRules.VALUE_TYPE, column, name);
            this.type = type;
        }

        /** The column's type. */
        ColumnType type() {
            return type;
        }

        /**
         * The quick test. Text (and list items) with an escaped surrogate is refused, though valid:
         * its UTF-8 is what the general path makes of the decoded text, not the bytes'. A whole
         * number's value goes to {@code whole[column]} ({@link Lexical#NOT_A_NUMBER} when it is none),
         * where {@link SpanOrder} reads it.
         */
        boolean accepts(byte kind, byte[] bytes, int start, int end, int flags, long[] whole) {
            switch (type) {
                case STRING:
                    return kind == RowSpans.STRING;
                case INT32:
                    long value = kind == RowSpans.INTEGER ? Lexical.wholeNumber(bytes, start, end) : Lexical.NOT_A_NUMBER;
                    whole[column] = value;
                    return value != Lexical.NOT_A_NUMBER;
                case DOUBLE:
                    return (kind == RowSpans.INTEGER || kind == RowSpans.DECIMAL) && surelyFinite(bytes, start, end);
                case DATE:
                    return kind == RowSpans.STRING && (flags & RowSpans.ESCAPED) == 0
                            && Lexical.isIsoDate(bytes, start, end);
                case STRING_LIST:
                    return kind == RowSpans.ARRAY;
                default:
                    return false;
            }
        }

        /** The reporting check: what is wrong with {@code cell}, or null. */
        String problem(Cell cell) {
            boolean untyped = cell.kind() == Cell.Kind.UNTYPED;
            String text = cell.text();
            switch (type) {
                case STRING:
                    return untyped || cell.kind() == Cell.Kind.STRING ? null : expected("text", cell);
                case INT32:
                    return (untyped || cell.kind() == Cell.Kind.INTEGER)
                            && Lexical.wholeNumber(text) != Lexical.NOT_A_NUMBER ? null
                            : expected("whole number from 0 to " + Integer.MAX_VALUE, cell);
                case DOUBLE:
                    boolean number = cell.kind() == Cell.Kind.INTEGER || cell.kind() == Cell.Kind.DECIMAL
                            || untyped && Lexical.isDecimal(text);
                    return !number ? expected("number", cell)
                            : Double.isFinite(Double.parseDouble(text)) ? null
                            : expected("number no larger than a double holds (about 1.8e308)", cell);
                case DATE:
                    return (untyped || cell.kind() == Cell.Kind.STRING) && Lexical.isIsoDate(text) ? null
                            : expected("date YYYY-MM-DD that is in the calendar", cell);
                case STRING_LIST:
                    boolean list = cell.kind() == Cell.Kind.ARRAY ? cell.items() != null
                            : untyped && TextArrays.parse(text) != null;
                    return list ? null : expected("list of text (a JSON array of strings)", cell);
                default:
                    throw new IllegalStateException("no check for column type " + type);
            }
        }

        /**
         * Whether a number's bytes surely give a finite double: at most 200 bytes before an exponent of
         * at most two digits (below 10^200 times 10^99); any other number is left to the reporting check.
         */
        private static boolean surelyFinite(byte[] bytes, int start, int end) {
            int e = start;
            while (e < end && bytes[e] != 'e' && bytes[e] != 'E') {
                e++;
            }
            if (e - start > 200) {
                return false;
            }
            int digits = e + 1 < end && (bytes[e + 1] == '-' || bytes[e + 1] == '+') ? end - e - 2 : end - e - 1;
            return e == end || digits <= 2;
        }

        private String expected(String what, Cell cell) {
            return columnNamed() + " must be a " + what + ", found " + cell.describe();
        }
    }

    /**
     * Text, and each item of a list, is Unicode: no half of a surrogate pair without its other half,
     * which a JSON escape can make. Checked after {@link Type}.
     */
    static final class WellFormedText extends ColumnCheck {
        /** Whether the column holds lists of text, which a CSV field writes as JSON text. */
        private final boolean list;

        WellFormedText(int column, String name, boolean list) {
            super(TableRules.VALUE_UNICODE, column, name);
            this.list = list;
        }

        /**
         * The quick test: no escaped surrogate at all, pair or not, since its UTF-8 is what the general
         * path makes of the decoded text, not the bytes'.
         */
        boolean accepts(int flags) {
            return (flags & RowSpans.SURROGATE) == 0;
        }

        /** The reporting check: what is wrong with {@code cell}, of text or a list of text, or null. */
        String problem(Cell cell) {
            List<String> items = cell.items();
            if (list && cell.kind() == Cell.Kind.UNTYPED) {
                items = TextArrays.parse(cell.text());
            } else if (cell.text() != null) {
                return problem(cell.text());
            }
            for (String item : items == null ? List.<String>of() : items) {
                String problem = problem(item);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }

        private String problem(String text) {
            int at = Unicode.loneSurrogate(text);
            return at < 0 ? null : columnNamed() + " holds " + Unicode.describeLoneSurrogate(text, at)
                    + "; it is not a character: write the character itself";
        }
    }

    /** Text is never the empty string; null stands for no value. Checked after {@link Type}. */
    static final class Blank extends ColumnCheck {
        Blank(int column, String name) {
            super(TableRules.VALUE_BLANK, column, name);
        }

        boolean accepts(int start, int end) {
            return start != end;
        }

        String problem(Cell cell) {
            return !cell.text().isEmpty() ? null : columnNamed() + " is the empty string; write null for no value";
        }
    }

    /** Text is one of the column's codes. Its quick test compares bytes, so it refuses escaped text. */
    static final class Codes extends ColumnCheck {
        private final List<String> codes;
        private final Set<String> codeSet;
        private final byte[][] utf8;

        Codes(int column, String name, List<String> codes) {
            super(TableRules.VALUE_ENUM, column, name);
            this.codes = List.copyOf(codes);
            this.codeSet = Set.copyOf(codes);
            this.utf8 = new byte[codes.size()][];
            for (int i = 0; i < utf8.length; i++) {
                utf8[i] = codes.get(i).getBytes(StandardCharsets.UTF_8);
            }
        }

        boolean accepts(byte[] bytes, int start, int end, int flags) {
            if ((flags & RowSpans.ESCAPED) != 0) {
                return false;
            }
            for (byte[] code : utf8) {
                if (code.length == end - start && same(code, 0, bytes, start, code.length)) {
                    return true;
                }
            }
            return false;
        }

        String problem(Cell cell) {
            String text = cell.text();
            return codeSet.contains(text) ? null : columnNamed() + " has unknown value " + Messages.quoted(text)
                    + Messages.suggestion(text, codes) + "; allowed: " + String.join(", ", codes);
        }
    }

    /**
     * Text matches the column's pattern. The shapes of ids are tested on the bytes themselves (see
     * {@link AsciiText}); any other expression on the decoded text. Escaped text is left to the
     * reporting check. The quick test remembers the last value that matched: rows of a file often
     * repeat an id (the document's, the speaker's), which then needs no second test. So a check is
     * used by one thread at a time.
     */
    static final class Pattern extends ColumnCheck {
        private final String pattern;
        private final Predicate<String> matches;
        private final Ids.Shape shape;
        private final AsciiText ascii = new AsciiText();
        private byte[] matched = new byte[16];
        private int matchedLength = -1;

        Pattern(int column, String name, String pattern) {
            super(TableRules.VALUE_PATTERN, column, name);
            this.pattern = pattern;
            this.matches = Ids.matcher(pattern);
            this.shape = Ids.Shape.of(pattern);
        }

        boolean accepts(byte[] bytes, int start, int end, int flags) {
            if ((flags & RowSpans.ESCAPED) != 0) {
                return false;
            }
            if (shape == null) {
                return matches.test(new String(bytes, start, end - start, StandardCharsets.UTF_8));
            }
            int length = end - start;
            if (matchedLength == length && same(matched, 0, bytes, start, length)) {
                return true;
            }
            if (!shape.matches(ascii.of(bytes, start, end))) {
                return false;
            }
            if (matched.length < length) {
                matched = new byte[Math.max(length, 2 * matched.length)];
            }
            System.arraycopy(bytes, start, matched, 0, length);
            matchedLength = length;
            return true;
        }

        String problem(Cell cell) {
            String text = cell.text();
            return matches.test(text) ? null : columnNamed() + " value " + Messages.quoted(text) + " does not match "
                    + pattern;
        }
    }

    /** A check that ties the column it reports on to another column of the row. */
    abstract static class TwoColumns extends ColumnCheck {
        /** The other column, by place and name. */
        final int other;
        final String otherName;

        TwoColumns(RuleDescriptor rule, int column, String name, int other, String otherName) {
            super(rule, column, name);
            this.other = other;
            this.otherName = otherName;
        }
    }

    /** A span's start is not after its end, where both are whole numbers; reported on the start column. */
    static final class SpanOrder extends TwoColumns {
        SpanOrder(int start, String startName, int end, String endName) {
            super(TableRules.OFFSETS_ORDER, start, startName, end, endName);
        }

        /**
         * The quick test, on the row's whole numbers by column as {@link Type#accepts} read them
         * ({@link Lexical#NOT_A_NUMBER} where a value is none).
         */
        boolean accepts(long[] whole) {
            return whole[column] <= whole[other] || whole[other] == Lexical.NOT_A_NUMBER;
        }

        String problem(Row row) {
            long from = whole(row.cell(name));
            long to = whole(row.cell(otherName));
            return from == Lexical.NOT_A_NUMBER || to == Lexical.NOT_A_NUMBER || from <= to ? null
                    : name + " " + from + " is after " + otherName + " " + to;
        }

        private static long whole(Cell cell) {
            if (cell == null || cell.text() == null
                    || !(cell.kind() == Cell.Kind.INTEGER || cell.kind() == Cell.Kind.UNTYPED)) {
                return Lexical.NOT_A_NUMBER;
            }
            return Lexical.wholeNumber(cell.text());
        }
    }

    /**
     * The key starts with another column's value ({@link Ids#documentPart}: up to its first hyphen, or
     * all of it); reported on the key column. The quick test reads the bytes when both are text
     * without escapes, refuses escaped text, and passes any other values, which the type checks judge.
     */
    static final class KeyPrefix extends TwoColumns {
        KeyPrefix(int key, String keyName, int prefix, String prefixName) {
            super(TableRules.ID_DOCUMENT_PREFIX, key, keyName, prefix, prefixName);
        }

        boolean accepts(RowSpans spans, int row) {
            int key = spans.field(row, column);
            int document = spans.field(row, other);
            if (key < 0 || spans.kind(key) != RowSpans.STRING || document < 0
                    || spans.kind(document) != RowSpans.STRING) {
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

        String problem(Row row) {
            Cell key = row.cell(name);
            Cell document = row.cell(otherName);
            if (key == null || key.text() == null || document == null || document.text() == null
                    || Ids.documentPart(key.text()).equals(document.text())) {
                return null;
            }
            return name + " " + Messages.quoted(key.text()) + " does not start with the row's " + otherName + " "
                    + Messages.quoted(document.text());
        }
    }

    /**
     * Whether {@code length} bytes of {@code a} from {@code aFrom} are those of {@code b} from
     * {@code bFrom}: a plain loop, since codes and ids are a few bytes, shorter than it takes
     * {@link java.util.Arrays#equals(byte[], int, int, byte[], int, int)} to pay off.
     */
    static boolean same(byte[] a, int aFrom, byte[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++) {
            if (a[aFrom + i] != b[bFrom + i]) {
                return false;
            }
        }
        return true;
    }
}
