package org.newsquotes.validate.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.statistics.Statistics;
import org.newsquotes.model.Ids;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.ColumnType;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Tables;
import org.newsquotes.schema.Violation;

/**
 * Every {@link ColumnCheck}'s quick test refuses what its reporting check reports: rows of every
 * table, a valid row with one to three of its values replaced by random values of the column's kind,
 * near misses of its constraints, or any JSON value, written as JSON Lines and read by the real
 * scanner. Whenever {@link RowPrecheck} accepts such a row, {@link RowValidator} reports nothing for
 * the row as the JSON parser reads it; and the row and values the fast path hands on are the
 * parser's; a row that is no JSON the scanner leaves to the parser. A synthetic table adds what the dataset's tables lack: a pattern that is no id shape, and
 * codes that are not ASCII.
 *
 * <p>The default run is short ({@code jqwik.tries.default} in junit-platform.properties); run
 * {@code mvn test -Dtest=ColumnCheckTest -Djqwik.tries.default=200000} for an exhaustive one.
 */
@Tag("property")
class ColumnCheckTest {

    /** A table whose pattern is no id shape and whose codes are not ASCII. */
    static final Table<Object[]> SYNTHETIC = new Table<Object[]>("synthetic", "Rows of the property test.", List.of(
            new Column<Object[]>("key", ColumnType.STRING, false, "key", r -> r[0], List.of(), "^k[0-9]{2}(-[0-9]+)?$"),
            new Column<Object[]>("base", ColumnType.STRING, true, "prefix", r -> r[1], List.of(), "^k[0-9]{2}$"),
            new Column<Object[]>("sort", ColumnType.STRING, true, "code", r -> r[2], List.of("é", "ß", "a b", "Ωmega"),
                    null),
            new Column<Object[]>("from", ColumnType.INT32, true, "start", r -> r[3], List.of(), null),
            new Column<Object[]>("to", ColumnType.INT32, true, "end", r -> r[4], List.of(), null)))
            .withPrimaryKey("key").withSpan("from", "to", "sort").withKeyPrefix("key", "base");

    private static final List<Table<?>> TABLES = new ArrayList<>(Tables.definitions());

    static {
        TABLES.add(SYNTHETIC);
    }

    /** One scanner and one quick test a table, kept across tries: the pattern checks' memory is tested too. */
    private final Map<String, JsonLinesScanner> scanners = new HashMap<>();
    private final Map<String, RowPrecheck> prechecks = new HashMap<>();

    /** A row of JSON Lines and its table. */
    record Line(Table<?> table, String json) {
        @Override
        public String toString() {
            return table.name() + " " + json;
        }
    }

    @Property
    void fastPathAcceptsOnlyRowsTheValidatorAccepts(@ForAll("lines") Line line) throws IOException {
        Table<?> table = line.table();
        byte[] bytes = line.json().getBytes(StandardCharsets.UTF_8);
        JsonLinesScanner scanner = scanners.computeIfAbsent(table.name(), n -> new JsonLinesScanner(table));
        RowPrecheck precheck = prechecks.computeIfAbsent(table.name(), n -> new RowPrecheck(table));
        List<Row> parsed;
        try {
            parsed = Pieces.parsed(bytes);
        } catch (RowFileException notJson) {
            assertThat(scanner.scanSpans(bytes, bytes.length)).as("the scanner reads what the parser refuses").isFalse();
            Statistics.label("verdict").collect("not JSON");
            return;
        }
        if (!scanner.scanSpans(bytes, bytes.length)) {
            Statistics.label("verdict").collect("left to the parser");
            return;
        }
        assertThat(parsed).hasSize(1);
        boolean accepts = precheck.accepts(scanner.spans(), 0);
        List<Violation> found = Pieces.violations(table, parsed.get(0));
        if (accepts) {
            assertThat(found).as("reported for a row the fast path accepts").isEmpty();
        }
        Statistics.label("verdict").collect(accepts ? "accepted" : found.isEmpty() ? "left to the validator" : "refused");
        RowPrecheckTest.assertSameRowAndValues(table, scanner.spans(), 0, parsed.get(0), precheck);
        Statistics.label("verdict").coverage(coverage -> {
            coverage.check("accepted").percentage(p -> p > 5);
            coverage.check("refused").percentage(p -> p > 10);
        });
    }

    @Provide
    Arbitrary<Line> lines() {
        return Arbitraries.of(TABLES).flatMap(table -> Arbitraries.of(table.columns()).list().ofMinSize(1).ofMaxSize(3)
                .flatMap(columns -> {
                    List<Arbitrary<String>> values = new ArrayList<>();
                    for (Column<?> c : columns) {
                        values.add(value(c));
                    }
                    return Combinators.combine(values).as(chosen -> {
                        Map<String, String> row = base(table);
                        for (int i = 0; i < columns.size(); i++) {
                            if (chosen.get(i).equals(ABSENT)) {
                                row.remove(columns.get(i).name());
                            } else {
                                row.put(columns.get(i).name(), chosen.get(i));
                            }
                        }
                        return new Line(table, RowPrecheckTest.line(row));
                    });
                }));
    }

    /** A valid row of {@code table}, as JSON values by column. */
    private static Map<String, String> base(Table<?> table) {
        if (table == SYNTHETIC) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("key", "\"k01-7\"");
            row.put("base", "\"k01\"");
            row.put("sort", "\"Ωmega\"");
            row.put("from", "3");
            row.put("to", "5");
            return row;
        }
        return RowPrecheckTest.valid(table);
    }

    /** Stands for a column left out of the row. */
    private static final String ABSENT = "(absent)";

    /** JSON values for column {@code c}: of its type and constraints, near misses of them, or anything. */
    private static Arbitrary<String> value(Column<?> c) {
        Arbitrary<String> any = Arbitraries.of("null", "true", "false", "0", "-1", "1.5", "\"\"", "[]", "{}",
                "{\"a\":1}", "[\"x\"]", "\"x\"", "[1]", ABSENT);
        Arbitrary<String> own;
        switch (c.type()) {
            case STRING:
                List<Arbitrary<String>> texts = new ArrayList<>(List.of(texts()));
                if (!c.codes().isEmpty()) {
                    texts.add(codes(c.codes()));
                }
                if (c.pattern() != null) {
                    texts.add(ids(c.pattern()));
                }
                own = Arbitraries.oneOf(texts);
                break;
            case INT32:
                own = wholeNumbers();
                break;
            case DOUBLE:
                own = numbers();
                break;
            case DATE:
                own = dates();
                break;
            default:
                own = lists();
        }
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, own), net.jqwik.api.Tuple.of(1, any));
    }

    /** Text of any characters (surrogate pairs and lone surrogates, controls, quotes), written in several ways. */
    private static Arbitrary<String> texts() {
        Arbitrary<String> chars = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(8),
                Arbitraries.strings().withChars("aé\"\\/\n\t\u2028😀\ud83d\ude00 -").ofMaxLength(6),
                Arbitraries.strings().withCharRange('\ud800', '\udfff').ofMaxLength(2));
        return Combinators.combine(chars, Arbitraries.integers().between(0, 2)).as(ColumnCheckTest::quoted);
    }

    /** A column's codes, and codes a little off: another case, a letter more or less, an escape, a space. */
    private static Arbitrary<String> codes(List<String> codes) {
        Arbitrary<String> code = Arbitraries.of(codes);
        Arbitrary<String> nearMiss = Combinators.combine(code, Arbitraries.integers().between(0, 5)).as((text, how) -> {
            switch (how) {
                case 0:
                    return text.toUpperCase(Locale.ROOT);
                case 1:
                    return text.substring(1);
                case 2:
                    return text + text.charAt(text.length() - 1);
                case 3:
                    return " " + text;
                case 4:
                    return text.substring(0, text.length() - 1);
                default:
                    return text.toLowerCase(Locale.ROOT).replace('e', 'ё');
            }
        });
        return Combinators.combine(Arbitraries.oneOf(code, nearMiss), Arbitraries.integers().between(0, 2))
                .as(ColumnCheckTest::quoted);
    }

    /** Ids of a pattern's shape, and near misses: another case, a digit short, a hyphen too many, lookalikes. */
    private static Arbitrary<String> ids(String pattern) {
        Arbitrary<String> digits3 = Arbitraries.of("001", "002", "010");
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1)
                .ofMaxLength(5);
        Arbitrary<String> id = word.list().ofMinSize(1).ofMaxSize(3).map(words -> String.join("-", words));
        Arbitrary<String> numbered = Arbitraries.strings().numeric().ofMinLength(2).ofMaxLength(4);
        Arbitrary<String> valid;
        switch (pattern) {
            case Ids.DOCUMENT:
                valid = digits3.map(d -> "d" + d);
                break;
            case Ids.QUOTE:
                valid = Combinators.combine(digits3, numbered).as((d, n) -> "d" + d + "-q" + n);
                break;
            case Ids.CLAIM:
                valid = Combinators.combine(digits3, numbered).as((d, n) -> "d" + d + "-c" + n);
                break;
            case Ids.UTTERANCE:
                valid = id.map(i -> "u-" + i);
                break;
            case Ids.CLAIM_GROUP:
                valid = id.map(i -> "cg-" + i);
                break;
            case Ids.ID:
                valid = id;
                break;
            default:
                valid = Combinators.combine(Arbitraries.of("01", "02"), Arbitraries.of("", "-7", "-12"))
                        .as((d, n) -> "k" + d + n);
        }
        Arbitrary<String> nearMiss = Combinators.combine(valid, Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 20)).as((text, how, at) -> {
                    int i = at % (text.length() + 1);
                    switch (how) {
                        case 0:
                            return text.toUpperCase(Locale.ROOT);
                        case 1:
                            return i < text.length() ? text.substring(0, i) + text.substring(i + 1) : text + "-";
                        case 2:
                            return text.substring(0, i) + "-" + text.substring(i);
                        case 3:
                            return text.substring(0, i) + "\u0430" + text.substring(i);
                        case 4:
                            return text.substring(0, i) + "\uff11" + text.substring(i);
                        case 5:
                            return text.substring(0, i) + "_" + text.substring(i);
                        default:
                            return text + " ";
                    }
                });
        Arbitrary<String> shaped = Arbitraries.strings().withChars("dqcugk-0123456789A").ofMaxLength(10);
        return Combinators.combine(Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, valid),
                net.jqwik.api.Tuple.of(3, nearMiss), net.jqwik.api.Tuple.of(1, shaped)),
                Arbitraries.integers().between(0, 2)).as(ColumnCheckTest::quoted);
    }

    /** Whole numbers in range and just past it: signs, leading zeros, fractions, exponents, huge ones, text. */
    private static Arbitrary<String> wholeNumbers() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, Integer.MAX_VALUE).map(String::valueOf),
                Arbitraries.integers().between(0, 200).map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.of("0", "-0", "-1", "2147483647", "2147483648", "4294967296", "9999999999", "12345678901",
                        "007", "00", "1.0", "1e3", "1E0", "0e0", "12345678901234567890", "\"7\"", "\"\"", "1.5"));
    }

    /** JSON numbers of every form, and values that are not numbers. */
    private static Arbitrary<String> numbers() {
        return Arbitraries.oneOf(Arbitraries.doubles().map(String::valueOf).filter(d -> !d.contains("N")
                && !d.contains("I")), Arbitraries.integers().map(String::valueOf),
                Arbitraries.of("-0", "0.0", "1e308", "1e309", "-2.5E-3", "1E+3", "123456789012345678901234567890",
                        "\"1\"", "\"NaN\"", "true"));
    }

    /** Dates, in the calendar or not (2021-02-29, month 13, day 00), and near misses of their form. */
    private static Arbitrary<String> dates() {
        Arbitrary<String> ymd = Combinators.combine(Arbitraries.integers().between(0, 9999),
                Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 32))
                .as((y, m, d) -> String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d));
        Arbitrary<String> written = Arbitraries.oneOf(ymd, Arbitraries.of("2021-02-29", "2024-02-29", "1900-02-29",
                "2000-02-29", "2022-2-01", "20220131", " 2022-01-01", "2022-01-01T00:00", "２０２２-01-01"));
        return Arbitraries.oneOf(Combinators.combine(written, Arbitraries.integers().between(0, 2))
                .as(ColumnCheckTest::quoted), Arbitraries.of("20220101", "null", "[\"2022-01-01\"]"));
    }

    /** Lists of text (empty, escaped, with surrogates), and arrays of other values. */
    private static Arbitrary<String> lists() {
        Arbitrary<String> items = texts().list().ofMaxSize(3).map(list -> "[" + String.join(", ", list) + "]");
        return Arbitraries.oneOf(items, Arbitraries.of("[]", "[ ]", "[1]", "[null]", "[[]]", "[\"a\", 1]", "\"[]\""));
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
}
