package org.newsquotes.validate.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Tables;
import org.newsquotes.generate.QuoteCorpusGenerator;
import org.newsquotes.model.Ids;

/**
 * The fast test agrees with {@link RowValidator} on the JSON parser's rows: it accepts no row of which
 * the validator reports anything, it accepts every usual row, and the values it lets through are the
 * ones {@link RowValues} makes.
 */
class RowPrecheckTest {

    /** Values that sit on the edge of some rule, tried in every column of every table. */
    private static final List<String> EDGES = List.of("\"x\"", "\"\"", "\"abc-1\"", "\"d001\"", "\"d001-q01\"",
            "\"d001-c01\"", "\"u-x\"", "\"cg-x\"", "\"\\u0064001\"", "\"d001-q0\u00e9\"", "\"t\\u00e9xt \\\"q\\\"\"",
            "\"full\"", "\"ful\"", "\"Full\"", "\"person\"", "\"agree\"", "\"high\"", "0", "7", "2147483647", "2147483648",
            "-1", "-0", "1e3", "1.5", "1.0", "-2.5E-3", "0.1", "12345678901234567890", "\"7\"", "\"2024-02-29\"",
            "\"2022-02-29\"", "\"2022-2-01\"", "\"2022-13-01\"", "\"2022-01-00\"", "\"2022-01-31\"",
            "\"20220131\"", "null", "true", "false", "[]", "[\"a\",\"b\"]", "[\"\\u00e9\", \"\"]", "[ ]",
            "\"\\ud83d\\ude00\"", "\"\ud83d\ude00 Zürich\"");

    @ParameterizedTest
    @CsvSource({"7, 0", "42, 0.02"})
    void acceptsExactlyTheGeneratedRowsWithoutFaults(long seed, double invalidRate, @TempDir Path dir)
            throws IOException {
        byte[] bytes = Pieces.generated(dir, 3000, seed, invalidRate);
        JsonLinesScanner scanner = new JsonLinesScanner(Tables.QUOTES);
        RowPrecheck precheck = new RowPrecheck(Tables.QUOTES);
        List<Row> parsed = Pieces.parsed(bytes);
        Iterator<QuoteCorpusGenerator.Defect> defects = new QuoteCorpusGenerator(
                new QuoteCorpusGenerator.Options(3000, seed, invalidRate)).defects();

        assertThat(scanner.scanSpans(bytes, bytes.length)).isTrue();
        RowSpans spans = scanner.spans();
        assertThat(spans.rows()).isEqualTo(parsed.size()).isEqualTo(3000);
        int accepted = 0;
        Set<QuoteCorpusGenerator.Defect> seen = EnumSet.noneOf(QuoteCorpusGenerator.Defect.class);
        for (int i = 0; i < spans.rows(); i++) {
            QuoteCorpusGenerator.Defect defect = defects.next();
            if (defect != null) {
                seen.add(defect);
            }
            boolean clean = Pieces.violations(Tables.QUOTES, parsed.get(i)).isEmpty();
            boolean usual = defect == null || defect == QuoteCorpusGenerator.Defect.DUPLICATE_ID;
            assertThat(clean).as("row %d (%s)", i, defect).isEqualTo(usual);
            assertThat(precheck.accepts(spans, i)).as("row %d (%s)", i, defect).isEqualTo(clean);
            accepted += clean ? 1 : 0;
            assertSameRowAndValues(Tables.QUOTES, spans, i, parsed.get(i), precheck);
        }
        assertThat(accepted).isGreaterThan(invalidRate == 0 ? 2999 : 2800);
        assertThat(seen).as("the defects the rows hold").isEqualTo(invalidRate == 0
                ? EnumSet.noneOf(QuoteCorpusGenerator.Defect.class) : EnumSet.allOf(QuoteCorpusGenerator.Defect.class));
    }

    @Test
    void acceptsNoRowOfWhichTheValidatorReportsAnything() throws IOException {
        int accepted = 0;
        int rows = 0;
        for (Table<?> table : Tables.definitions()) {
            RowPrecheck precheck = new RowPrecheck(table);
            JsonLinesScanner scanner = new JsonLinesScanner(table);
            for (String line : variants(table)) {
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                if (!scanner.scanSpans(bytes, bytes.length)) {
                    continue;
                }
                Row parsed = Pieces.parsed(bytes).get(0);
                boolean accepts = precheck.accepts(scanner.spans(), 0);
                if (accepts) {
                    assertThat(Pieces.violations(table, parsed)).as(table.name() + " " + line).isEmpty();
                    accepted++;
                }
                rows++;
                assertSameRowAndValues(table, scanner.spans(), 0, parsed, precheck);
            }
        }
        assertThat(rows).isGreaterThan(4000);
        assertThat(accepted).isGreaterThan(1000);
    }

    /**
     * Table, column, JSON value (null: absent), whether the fast test accepts the row, whether the
     * validator finds nothing: escaped ids, codes and dates are left to the validator, which may find
     * them right, and so is text with an escaped surrogate.
     */
    static Stream<Arguments> edges() {
        return Stream.of(
                Arguments.of(Tables.QUOTES, "char_end", "2147483647", true, true),
                Arguments.of(Tables.QUOTES, "char_end", "2147483648", false, false),
                Arguments.of(Tables.QUOTES, "char_end", "-1", false, false),
                Arguments.of(Tables.QUOTES, "char_end", "1e3", false, false),
                Arguments.of(Tables.QUOTES, "char_end", "\"7\"", false, false),
                Arguments.of(Tables.QUOTES, "char_end", "0", false, false),
                Arguments.of(Tables.QUOTES, "char_end", "1", true, true),
                Arguments.of(Tables.QUOTES, "speaker_as_written_start", "3", false, false),
                Arguments.of(Tables.QUOTES, "speaker_as_written_end", "null", true, true),
                Arguments.of(Tables.QUOTES, "published_date", "\"2024-02-29\"", true, true),
                Arguments.of(Tables.QUOTES, "published_date", "\"2022-02-29\"", false, false),
                Arguments.of(Tables.QUOTES, "published_date", "\"2022-2-01\"", false, false),
                Arguments.of(Tables.QUOTES, "published_date", "\"2022\\u002d02-01\"", false, true),
                Arguments.of(Tables.QUOTES, "quote_id", "\"\\u0064001-q01\"", false, true),
                Arguments.of(Tables.QUOTES, "quote_id", "\"d002-q01\"", false, false),
                Arguments.of(Tables.QUOTES, "quote_id", "\"d001-q1\"", false, false),
                Arguments.of(Tables.QUOTES, "text", "\"caf\\u00e9 \\\"x\\\"\\n\"", true, true),
                Arguments.of(Tables.QUOTES, "text", "\"\\ud83d\\ude00\"", false, true),
                Arguments.of(Tables.QUOTES, "text", "\"\"", false, false),
                Arguments.of(Tables.QUOTES, "text", "null", false, false),
                Arguments.of(Tables.QUOTES, "note", "null", true, true),
                Arguments.of(Tables.QUOTES, "note", null, true, true),
                Arguments.of(Tables.QUOTES, "text", null, false, false),
                Arguments.of(Tables.QUOTES, "kind", "\"ful\"", false, false),
                Arguments.of(Tables.QUOTES, "kind", "\"scare\"", true, true),
                Arguments.of(Tables.QUOTES, "kind", "\"f\\u0075ll\"", false, true),
                Arguments.of(Tables.CLAIMS, "value", "1e3", true, true),
                Arguments.of(Tables.CLAIMS, "value", "-0", true, true),
                Arguments.of(Tables.CLAIMS, "value", "\"1\"", false, false),
                Arguments.of(Tables.CLAIMS, "claim_id", "\"d009-c01\"", false, false),
                Arguments.of(Tables.SPEAKERS, "aliases", "[]", true, true),
                Arguments.of(Tables.SPEAKERS, "aliases", "\"a\"", false, false),
                Arguments.of(Tables.SPEAKERS, "aliases", "null", false, false));
    }

    @ParameterizedTest
    @MethodSource("edges")
    void acceptsAnEdgeValueOnlyWhenTheValidatorFindsNothing(Table<?> table, String column, String json,
            boolean accepted, boolean clean) throws IOException {
        Map<String, String> values = valid(table);
        if (json == null) {
            values.remove(column);
        } else {
            values.put(column, json);
        }
        byte[] bytes = line(values).getBytes(StandardCharsets.UTF_8);
        JsonLinesScanner scanner = new JsonLinesScanner(table);
        RowPrecheck precheck = new RowPrecheck(table);
        Row parsed = Pieces.parsed(bytes).get(0);

        assertThat(scanner.scanSpans(bytes, bytes.length)).isTrue();
        assertThat(precheck.accepts(scanner.spans(), 0)).isEqualTo(accepted);
        assertThat(Pieces.violations(table, parsed).isEmpty()).isEqualTo(clean);
        assertSameRowAndValues(table, scanner.spans(), 0, parsed, precheck);
    }

    @Test
    void leavesRowsWithUnknownOrRepeatedColumnsToTheValidator() throws IOException {
        String usual = line(valid(Tables.QUOTES));
        for (String line : List.of(usual.replace("}", ",\"extra\":1}"), usual.replace("}", ",\"kind\":\"full\"}"),
                usual.replace("\"text\"", "\"t\\u0065xt\""))) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            JsonLinesScanner scanner = new JsonLinesScanner(Tables.QUOTES);

            assertThat(scanner.scanSpans(bytes, bytes.length)).isTrue();
            assertThat(new RowPrecheck(Tables.QUOTES).accepts(scanner.spans(), 0)).as(line).isFalse();
            assertSameRowAndValues(Tables.QUOTES, scanner.spans(), 0, Pieces.parsed(bytes).get(0), null);
        }
        byte[] bytes = usual.getBytes(StandardCharsets.UTF_8);
        JsonLinesScanner scanner = new JsonLinesScanner(Tables.QUOTES);
        assertThat(scanner.scanSpans(bytes, bytes.length)).isTrue();
        assertThat(new RowPrecheck(Tables.QUOTES).accepts(scanner.spans(), 0)).isTrue();
    }

    @Test
    void handsOnEscapedTextAndListItemsLongerThanAnyBefore() throws IOException {
        String escaped = "\"\\\"" + "Долгий текст, long text ".repeat(20) + "\\n\\u00e9nd\"";
        Map<String, String> quote = valid(Tables.QUOTES);
        quote.put("text", escaped);
        Map<String, String> speaker = valid(Tables.SPEAKERS);
        speaker.put("aliases", "[\"plain\"," + escaped + "]");
        for (Map.Entry<Table<?>, Map<String, String>> row : Map.<Table<?>, Map<String, String>>of(
                Tables.QUOTES, quote, Tables.SPEAKERS, speaker).entrySet()) {
            byte[] bytes = line(row.getValue()).getBytes(StandardCharsets.UTF_8);
            JsonLinesScanner scanner = new JsonLinesScanner(row.getKey());
            RowPrecheck precheck = new RowPrecheck(row.getKey());

            assertThat(bytes.length).isGreaterThan(500);
            assertThat(scanner.scanSpans(bytes, bytes.length)).isTrue();
            assertThat(precheck.accepts(scanner.spans(), 0)).as(row.getKey().name()).isTrue();
            assertSameRowAndValues(row.getKey(), scanner.spans(), 0, Pieces.parsed(bytes).get(0), precheck);
        }
    }

    /**
     * Checks that the row {@code spans} make is the parser's, that the key's bytes are its key, and, for
     * an accepted row, that the values handed on are {@link RowValues}'s.
     */
    static void assertSameRowAndValues(Table<?> table, RowSpans spans, int i, Row parsed, RowPrecheck precheck) {
        Row row = spans.toRow(i, new Row());
        String shown = Pieces.shown(parsed);
        assertThat(Pieces.shown(row)).isEqualTo(shown);
        Cell keyCell = table.keyIndex() < 0 ? null : parsed.cell(table.primaryKey().get(0));
        String key = keyCell == null || keyCell.kind() == Cell.Kind.NULL ? null : keyCell.text();
        if (spans.keyLength(i) >= 0) {
            assertThat(new String(spans.bytes(), spans.keyStart(i), spans.keyLength(i), StandardCharsets.UTF_8))
                    .as(shown).isEqualTo(key);
        } else {
            Cell cell = parsed.cell(table.columns().get(0).name());
            assertThat(cell == null || cell.kind() != Cell.Kind.STRING || spans.flags(spans.field(i, 0)) != 0)
                    .as(shown).isTrue();
        }
        if (precheck != null && precheck.accepts(spans, i)) {
            Pieces.Recording expected = new Pieces.Recording();
            expected.row(new RowValues(table).of(parsed));
            Pieces.Recording actual = new Pieces.Recording();
            spans.values(i, actual);
            assertThat(actual.calls).as(shown).containsExactlyElementsOf(expected.calls);
        }
    }

    /** Rows of {@link #valid} with one column changed to each of {@link #EDGES}, removed, or named twice. */
    private static List<String> variants(Table<?> table) {
        List<String> lines = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            for (String edge : EDGES) {
                Map<String, String> values = valid(table);
                values.put(column.name(), edge);
                lines.add(line(values));
            }
            Map<String, String> values = valid(table);
            values.remove(column.name());
            lines.add(line(values));
            String usual = line(valid(table));
            lines.add(usual.replace("}", ",\"" + column.name() + "\":" + valid(table).get(column.name()) + "}"));
        }
        lines.add(line(valid(table)).replace("}", ",\"unknown\":\"x\"}"));
        return lines;
    }

    /** A row of {@code table} that breaks no rule, as JSON values by column. */
    static Map<String, String> valid(Table<?> table) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Column<?> c : table.columns()) {
            String value;
            if (!c.codes().isEmpty()) {
                value = "\"" + c.codes().get(c.codes().size() - 1) + "\"";
            } else if (c.pattern() != null) {
                value = "\"" + sample(c.pattern()) + "\"";
            } else {
                switch (c.type()) {
                    case INT32:
                        value = c.name().endsWith("_start") ? "1" : "2";
                        break;
                    case DOUBLE:
                        value = "2.5";
                        break;
                    case DATE:
                        value = "\"2022-01-21\"";
                        break;
                    case STRING_LIST:
                        value = "[\"Zürich\", \"a\\tb\"]";
                        break;
                    default:
                        value = "\"Zoë \\\"O'Brien\\\" – \\u00e9\\n😀\"";
                }
            }
            values.put(c.name(), value);
        }
        return values;
    }

    private static String sample(String pattern) {
        switch (pattern) {
            case Ids.DOCUMENT:
                return "d001";
            case Ids.QUOTE:
                return "d001-q01";
            case Ids.CLAIM:
                return "d001-c01";
            case Ids.UTTERANCE:
                return "u-talks-1";
            case Ids.CLAIM_GROUP:
                return "cg-troops";
            default:
                return "outlet-1";
        }
    }

    static String line(Map<String, String> values) {
        StringBuilder line = new StringBuilder("{");
        values.forEach((name, value) -> line.append(line.length() > 1 ? "," : "").append('"').append(name)
                .append("\":").append(value));
        return line.append("}\n").toString();
    }
}
