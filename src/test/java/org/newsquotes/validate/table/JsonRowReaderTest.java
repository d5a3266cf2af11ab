package org.newsquotes.validate.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsquotes.cli.Main;
import org.newsquotes.schema.ReadLimits;
import org.newsquotes.schema.Tables;

/**
 * Both readers of JSON Lines keep to {@link ReadLimits}: a value at a limit is read by the JSON parser
 * (and by the scanner, unless it leaves the piece to the parser), a value past it by neither; the
 * parser makes its row one that could not be read, and reads on at the next line.
 */
class JsonRowReaderTest {

    /** A valid quotes row with {@code column} set to the JSON value {@code json}. */
    private static String row(String column, String json) {
        Map<String, String> values = RowPrecheckTest.valid(Tables.QUOTES);
        values.put(column, json);
        return RowPrecheckTest.line(values);
    }

    /** A row that holds a value {@code over} past (0: at) the limit of {@code limit}. */
    private static String pastLimit(String limit, int over) {
        switch (limit) {
            case "number":
                return row("char_end", "1".repeat(ReadLimits.MAX_NUMBER_LENGTH + over));
            case "text":
                return row("note", "\"" + "x".repeat(ReadLimits.MAX_STRING_LENGTH + over) + "\"");
            case "name":
                return row("note", "null,\"" + "n".repeat(ReadLimits.MAX_NAME_LENGTH + over) + "\":1");
            default:
                int depth = ReadLimits.MAX_NESTING_DEPTH - 1 + over;
                return row("note", "[".repeat(depth) + "]".repeat(depth));
        }
    }

    @ParameterizedTest
    @CsvSource({"number, a number of more than 1000 characters", "text, text of more than 1000000 characters",
        "name, a column name of more than 1000 characters", "depth, values nested more than 64 deep"})
    void readsAValueAtALimitAndMakesARowPastItUnreadable(String limit, String named) throws IOException {
        String at = pastLimit(limit, 0);
        String past = pastLimit(limit, 1);
        String valid = RowPrecheckTest.line(RowPrecheckTest.valid(Tables.QUOTES));
        byte[] bytes = (valid + past + at).getBytes(StandardCharsets.UTF_8);

        List<Row> rows = Pieces.parsed(bytes);
        assertThat(rows).extracting(Row::line).containsExactly(1, 2, 3);
        assertThat(rows).extracting(Row::unreadable).containsExactly(null, named, null);
        assertThat(rows.get(1).size()).isZero();
        assertThat(Pieces.violations(Tables.QUOTES, rows.get(1))).extracting(v -> v.toCompilerStyle())
                .containsExactly("rows.jsonl:2: error: [row.read-limit] the row holds " + named
                        + ", past the read limit; it is not checked");

        byte[] pastOnly = past.getBytes(StandardCharsets.UTF_8);
        assertThat(new JsonLinesScanner(Tables.QUOTES).scanSpans(pastOnly, pastOnly.length)).isFalse();
        byte[] atOnly = at.getBytes(StandardCharsets.UTF_8);
        JsonLinesScanner scanner = new JsonLinesScanner(Tables.QUOTES);
        if (scanner.scanSpans(atOnly, atOnly.length)) {
            RowPrecheckTest.assertSameRowAndValues(Tables.QUOTES, scanner.spans(), 0, Pieces.parsed(atOnly).get(0),
                    new RowPrecheck(Tables.QUOTES));
        } else {
            assertThat(limit).as("the scanner leaves only nested values and long names to the parser")
                    .isIn("depth", "name");
        }
    }

    @Test
    void validateReportsTheRowPastALimitAndChecksTheRest(@TempDir Path dir) throws IOException {
        String valid = RowPrecheckTest.line(RowPrecheckTest.valid(Tables.QUOTES));
        Path file = dir.resolve("long.jsonl");
        Files.writeString(file, valid + pastLimit("text", 1) + valid.replace("\"indirect\"", "\"direct\"")
                + pastLimit("number", 1), StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "validate", file.toString());

        assertThat(err.toString()).isEmpty();
        assertThat(code).isEqualTo(1);
        assertThat(out.toString().lines().map(l -> l.substring(l.indexOf(':') + 1)).toList()).containsExactly(
                "2: error: [row.read-limit] the row holds text of more than 1000000 characters, past the read limit;"
                        + " it is not checked",
                "3: error: [row.value.enum] column \"kind\" has unknown value \"direct\" (did you mean"
                        + " \"indirect\"?); allowed: full, fragment, scare, indirect",
                "3: error: [row.id.unique] quote_id \"d001-q01\" is already the key of an earlier row",
                "4: error: [row.read-limit] the row holds a number of more than 1000 characters, past the read limit;"
                        + " it is not checked",
                "4 errors, 0 warnings in 1 file");
    }

    @Test
    void endsAJsonArrayAtAValuePastALimit(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rows.json");
        Files.writeString(file, "[{\"quote_id\": \"d001-q01\"},\n {\"char_end\": " + "9".repeat(1001) + "}]",
                StandardCharsets.UTF_8);
        try (RowReader reader = RowReaders.open(file).orElseThrow()) {
            assertThat(reader.next(new Row())).isTrue();
            assertThatThrownBy(() -> reader.next(new Row())).isInstanceOf(RowFileException.class)
                    .hasMessage("a value past the read limit: a number of more than 1000 characters");
        }
    }

    @Test
    void readsRowsAlikeWhetherItExpectsTheTablesNamesOrNot(@TempDir Path dir) throws IOException {
        String[] lines = new String(Pieces.generated(dir, 40, 5, 0.05), StandardCharsets.UTF_8).split("\n");
        byte[] punctuation = " \t\"\\,:{}[]0-en\r\n".getBytes(StandardCharsets.UTF_8);
        Random random = new Random(7);
        int errors = 0;
        for (int i = 0; i < 2000; i++) {
            StringBuilder piece = new StringBuilder();
            for (int r = 0; r < 3; r++) {
                piece.append(lines[random.nextInt(lines.length)]).append('\n');
            }
            byte[] bytes = piece.toString().getBytes(StandardCharsets.UTF_8);
            if (i % 2 == 1) {
                bytes[random.nextInt(bytes.length)] = punctuation[random.nextInt(punctuation.length)];
            }
            String plain = read(bytes, false);
            assertThat(read(bytes, true)).as(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(plain);
            errors += plain.contains("error at") ? 1 : 0;
        }
        assertThat(errors).as("pieces the parser cannot read").isBetween(100, 1000);
    }

    /** Every row read, shown, then the error that ended the reading with its place, if any. */
    private static String read(byte[] bytes, boolean expectingNames) throws IOException {
        List<String> shown = new ArrayList<>();
        try (RowReader reader = expectingNames ? RowReaders.jsonLines(bytes, 0, bytes.length, Tables.QUOTES)
                : RowReaders.jsonLines(bytes, 0, bytes.length)) {
            for (Row row = new Row(); reader.next(row); row = new Row()) {
                shown.add(Pieces.shown(row));
            }
        } catch (RowFileException e) {
            shown.add("error at " + e.line() + ":" + e.column() + ": " + e.getMessage());
        }
        return String.join("\n", shown);
    }

    /**
     * Bytes that the JSON parser, left to guess, takes for UTF-32 (a zero byte among the first four)
     * or UTF-16 (a byte-order mark): a row error at the start, whether read from a file or a piece,
     * rather than an exception of the parser's own or rows decoded from another encoding.
     */
    @ParameterizedTest
    @ValueSource(strings = {"{\u0000\u0000\u0000\"quote_id\":\"x\"}\n", "\u00ff\u00fe{\u0000}\u0000\n\u0000",
        "\u00fe\u00ff\u0000{\u0000}\u0000\n", "\u0000{}\n", "\u0000_\u0000\u0000\n", "\u0000\u0000\u0005\u0000\n"})
    void reportsBytesThatAreNotUtf8AtTheStart(String latin1, @TempDir Path dir) throws IOException {
        byte[] bytes = latin1.getBytes(StandardCharsets.ISO_8859_1);
        Path file = dir.resolve("rows.jsonl");
        Files.write(file, bytes);
        String expected = String.format("not well-formed JSON: byte 0x%02X is not UTF-8; save the file as UTF-8,"
                + " not UTF-16 or UTF-32", latin1.chars().filter(c -> c == 0 || c >= 0xfe).findFirst().orElseThrow());

        try (RowReader reader = RowReaders.open(file).orElseThrow()) {
            assertThatThrownBy(() -> reader.next(new Row())).isInstanceOf(RowFileException.class)
                    .hasMessage(expected).extracting("line").isEqualTo(1);
        }
        try (RowReader reader = RowReaders.jsonLines(bytes, 0, bytes.length)) {
            assertThatThrownBy(() -> reader.next(new Row())).isInstanceOf(RowFileException.class)
                    .hasMessage(expected);
        }
    }
}
