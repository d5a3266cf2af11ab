package org.newsquotes.validate.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.newsquotes.model.Ids;
import org.newsquotes.schema.Column;

/**
 * Random JSON values for the columns of a table, drawn from a seeded {@link SplittableRandom}: values
 * of the column's type and constraints, near misses of them, edge values, and values of other types.
 * The same seed gives the same values, so that a failing row of a property test can be replayed.
 */
final class JsonValues {

    /** Stands for a column left out of the row. */
    static final String ABSENT = "(absent)";

    /** Values of any type, for any column. */
    private static final List<String> ANY = List.of("null", "true", "false", "0", "-1", "1.5", "\"\"", "[]", "{}",
            "{\"a\":1}", "[\"x\"]", "\"x\"", "[1]", ABSENT);

    /** Characters that need care in JSON and in UTF-8: quotes, escapes, controls, a surrogate pair. */
    private static final String AWKWARD = "aé\"\\/\n\t\u2028😀\ud83d\ude00 -";

    private final SplittableRandom random;

    JsonValues(SplittableRandom random) {
        this.random = random;
    }

    /** A JSON value for column {@code c}, or {@link #ABSENT}: six times in seven of its own kind. */
    String value(Column<?> c) {
        if (random.nextInt(7) == 0) {
            return pick(ANY);
        }
        switch (c.type()) {
            case STRING:
                int kinds = 1 + (c.codes().isEmpty() ? 0 : 1) + (c.pattern() == null ? 0 : 1);
                int kind = random.nextInt(kinds);
                if (kind == 1 && !c.codes().isEmpty()) {
                    return codes(c.codes());
                }
                return kind == 0 ? text() : ids(c.pattern());
            case INT32:
                return wholeNumber();
            case DOUBLE:
                return number();
            case DATE:
                return date();
            default:
                return list();
        }
    }

    /** Text of any characters (surrogate pairs and lone surrogates, controls, quotes), written in one of three ways. */
    String text() {
        String chars;
        switch (random.nextInt(3)) {
            case 0:
                chars = chars(8, () -> anyChar());
                break;
            case 1:
                chars = chars(6, () -> AWKWARD.charAt(random.nextInt(AWKWARD.length())));
                break;
            default:
                chars = chars(2, () -> (char) random.nextInt(0xD800, 0xE000));
        }
        return quoted(chars);
    }

    /** A column's codes, and codes a little off: another case, a letter more or less, an escape, a space. */
    private String codes(List<String> codes) {
        String code = pick(codes);
        if (random.nextBoolean()) {
            return quoted(code);
        }
        switch (random.nextInt(6)) {
            case 0:
                return quoted(code.toUpperCase(Locale.ROOT));
            case 1:
                return quoted(code.substring(1));
            case 2:
                return quoted(code + code.charAt(code.length() - 1));
            case 3:
                return quoted(" " + code);
            case 4:
                return quoted(code.substring(0, code.length() - 1));
            default:
                return quoted(code.toLowerCase(Locale.ROOT).replace('e', 'ё'));
        }
    }

    /** Ids of a pattern's shape, and near misses: another case, a digit short, a hyphen too many, lookalikes. */
    private String ids(String pattern) {
        int kind = random.nextInt(8);
        if (kind < 4) {
            return quoted(validId(pattern));
        }
        if (kind < 7) {
            return quoted(nearMiss(validId(pattern)));
        }
        return quoted(chars(10, () -> "dqcugk-0123456789A".charAt(random.nextInt(18))));
    }

    private String validId(String pattern) {
        switch (pattern) {
            case Ids.DOCUMENT:
                return "d" + pick(List.of("001", "002", "010"));
            case Ids.QUOTE:
                return "d" + pick(List.of("001", "002", "010")) + "-q" + digits(2 + random.nextInt(3));
            case Ids.CLAIM:
                return "d" + pick(List.of("001", "002", "010")) + "-c" + digits(2 + random.nextInt(3));
            case Ids.UTTERANCE:
                return "u-" + hyphenated();
            case Ids.CLAIM_GROUP:
                return "cg-" + hyphenated();
            case Ids.ID:
                return hyphenated();
            default:
                return "k" + pick(List.of("01", "02")) + pick(List.of("", "-7", "-12"));
        }
    }

    private String nearMiss(String id) {
        int i = random.nextInt(21) % (id.length() + 1);
        switch (random.nextInt(7)) {
            case 0:
                return id.toUpperCase(Locale.ROOT);
            case 1:
                return i < id.length() ? id.substring(0, i) + id.substring(i + 1) : id + "-";
            case 2:
                return id.substring(0, i) + "-" + id.substring(i);
            case 3:
                return id.substring(0, i) + "\u0430" + id.substring(i);
            case 4:
                return id.substring(0, i) + "\uff11" + id.substring(i);
            case 5:
                return id.substring(0, i) + "_" + id.substring(i);
            default:
                return id + " ";
        }
    }

    /** One to three words of lower-case letters and digits, joined by hyphens. */
    private String hyphenated() {
        List<String> words = new ArrayList<>();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            words.add(chars(1, 5, () -> random.nextInt(36) < 26 ? (char) ('a' + random.nextInt(26))
                    : (char) ('0' + random.nextInt(10))));
        }
        return String.join("-", words);
    }

    /** Whole numbers in range and just past it: signs, leading zeros, fractions, exponents, huge ones, text. */
    private String wholeNumber() {
        switch (random.nextInt(4)) {
            case 0:
                return String.valueOf(random.nextInt(0, Integer.MAX_VALUE) + (random.nextInt(50) == 0 ? 1 : 0));
            case 1:
                return String.valueOf(random.nextInt(201));
            case 2:
                long whole = random.nextInt(20) == 0 ? pick(List.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L))
                        : random.nextLong();
                return String.valueOf(whole);
            default:
                return pick(List.of("0", "-0", "-1", "2147483647", "2147483648", "4294967296", "9999999999",
                        "12345678901", "007", "00", "1.0", "1e3", "1E0", "0e0", "12345678901234567890", "\"7\"", "\"\"",
                        "1.5"));
        }
    }

    /** JSON numbers of every form, and values that are not numbers. */
    private String number() {
        switch (random.nextInt(3)) {
            case 0:
                return String.valueOf(aDouble());
            case 1:
                int small = random.nextInt(20) == 0 ? pick(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, 1, -1))
                        : random.nextInt();
                return String.valueOf(small);
            default:
                return pick(List.of("-0", "0.0", "1e308", "1e309", "-2.5E-3", "1E+3", "123456789012345678901234567890",
                        "\"1\"", "\"NaN\"", "true"));
        }
    }

    /** A finite double: edge values, small ones with a fraction, or any bit pattern that is a number. */
    private double aDouble() {
        switch (random.nextInt(4)) {
            case 0:
                return pick(List.of(0.0, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
                        Double.MIN_NORMAL, 1.0, -1.0, 0.1));
            case 1:
                return (random.nextDouble() - 0.5) * 2_000;
            default:
                double d = Double.longBitsToDouble(random.nextLong());
                return Double.isFinite(d) ? d : random.nextDouble();
        }
    }

    /** Dates, in the calendar or not (2021-02-29, month 13, day 00), and near misses of their form. */
    private String date() {
        int kind = random.nextInt(4);
        if (kind == 3) {
            return pick(List.of("20220101", "null", "[\"2022-01-01\"]"));
        }
        String written = kind < 2
                ? String.format(Locale.ROOT, "%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14),
                        random.nextInt(33))
                : pick(List.of("2021-02-29", "2024-02-29", "1900-02-29", "2000-02-29", "2022-2-01", "20220131",
                        " 2022-01-01", "2022-01-01T00:00", "２０２２-01-01"));
        return quoted(written);
    }

    /** Lists of text (empty, escaped, with surrogates), and arrays of other values. */
    private String list() {
        if (random.nextBoolean()) {
            return pick(List.of("[]", "[ ]", "[1]", "[null]", "[[]]", "[\"a\", 1]", "\"[]\""));
        }
        List<String> items = new ArrayList<>();
        for (int n = random.nextInt(4); n > 0; n--) {
            items.add(text());
        }
        return "[" + String.join(", ", items) + "]";
    }

    /** Any UTF-16 unit, with ASCII and the edges of the range more often than their share. */
    private char anyChar() {
        switch (random.nextInt(4)) {
            case 0:
                return (char) random.nextInt(0x20, 0x7F);
            case 1:
                return pick(List.of('\u0000', '\u001f', '\u007f', '\u0080', '\u00ff', '\ud7ff', '\ue000', '\ufeff',
                        '\ufffe', '\uffff'));
            default:
                return (char) random.nextInt(0x10000);
        }
    }

    /** Up to {@code max} characters, the empty text more often than its share. */
    private String chars(int max, CharSource source) {
        return random.nextInt(8) == 0 ? "" : chars(0, max, source);
    }

    private String chars(int min, int max, CharSource source) {
        StringBuilder text = new StringBuilder();
        for (int n = min + random.nextInt(max - min + 1); n > 0; n--) {
            text.append(source.next());
        }
        return text.toString();
    }

    private String digits(int length) {
        return chars(length, length, () -> (char) ('0' + random.nextInt(10)));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** {@code text} as a JSON string, written in one of the three ways of {@link #quoted(String, int)}. */
    private String quoted(String text) {
        return quoted(text, random.nextInt(3));
    }

    /**
     * {@code text} as a JSON string: characters as they are ({@code how} 0), characters past ASCII
     * escaped (1), or every character escaped (2). Quotation marks, backslashes, controls and lone
     * surrogates are escaped always, as JSON needs.
     */
    static String quoted(String text, int how) {
        StringBuilder json = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            boolean mustEscape = c == '"' || c == '\\' || c < 0x20 || Character.isSurrogate(c) && !paired;
            if (mustEscape || how == 2 || how == 1 && c > 0x7E) {
                json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    /** Where the characters of a generated text come from. */
    @FunctionalInterface
    private interface CharSource {
        char next();
    }
}
