package org.newsquotes.validate.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsquotes.schema.Tables;
import org.newsquotes.export.json.JsonTableWriter;
import org.newsquotes.generate.QuoteCorpusGenerator;

class JsonLinesScannerTest {

    private final JsonLinesScanner scanner = new JsonLinesScanner(Tables.QUOTES);

    @Test
    void readsGeneratedRowsAsTheJsonParserDoes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rows.jsonl");
        QuoteCorpusGenerator generator = new QuoteCorpusGenerator(new QuoteCorpusGenerator.Options(2000, 7, 0.05));
        JsonTableWriter.lines().write(generator.table(), generator.rows(), file);
        byte[] bytes = Files.readAllBytes(file);

        assertThat(scanner.scan(bytes, bytes.length)).isTrue();
        assertThat(shown(scanner.rows())).containsExactlyElementsOf(shown(parsed(bytes)));
        assertThat(scanner.rows()).hasSize(2000);
        assertThat(scanner.lineEnds()).isEqualTo(2000);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"quote_id\":\"d001-q01\",\"char_start\":-0,\"x\":1.5e+3,\"y\":2E-1,\"z\":0.25}\n",
        " {}\r\n\r{ \"a\" : [ ] , \"b\":[\"x\" ,\"\"] }\t\r\n{\"a\":true,\"a\":false,\"n\":null}",
        "{\"t\\u00e9\\\"xt\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00E9\\ud83d\\ude00 é𝄞 Москва\"}{\"q\":\"\"}\n\n",
        "",
        "\n\n\n",
    })
    void readsUsualRowsAsTheJsonParserDoes(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        assertThat(scanner.scan(bytes, bytes.length)).isTrue();
        assertThat(shown(scanner.rows())).containsExactlyElementsOf(shown(parsed(bytes)));
        assertThat(scanner.lineEnds()).isEqualTo(text.split("\r\n|\r|\n", -1).length - 1);
    }

    /**
     * A generated row as written, then changed in one way that keeps it JSON but makes it other than
     * the usual row, between two usual rows: each must be read as the JSON parser reads it, the rows
     * around it too.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "as written", "space after a colon", "tab before a comma", "space after the brace", "space before the end",
        "a column missing", "two columns swapped", "a column twice", "a column more at the end",
        "a column not in the table", "a name that starts like a column's", "an escaped name", "empty object",
        "cut before the end",
    })
    void readsRowsThatDifferFromTheUsualOneAsTheJsonParserDoes(String change, @TempDir Path dir) throws IOException {
        String[] lines = new String(Pieces.generated(dir, 3, 11, 0), StandardCharsets.UTF_8).split("\n");
        String row = lines[1];
        String changed = switch (change) {
            case "as written" -> row;
            case "space after a colon" -> row.replace("\"kind\":", "\"kind\": ");
            case "tab before a comma" -> row.replaceFirst("(\"kind\":\"[a-z_]+\"),", "$1\t,");
            case "space after the brace" -> "{ " + row.substring(1);
            case "space before the end" -> row.substring(0, row.length() - 1) + " }";
            case "a column missing" -> row.replaceFirst(",\"cue\":(null|\"[^\"]*\")", "");
            case "two columns swapped" -> row.replaceFirst("(\"outlet_id\":\"[^\"]*\"),(\"outlet_name\":\"[^\"]*\")", "$2,$1");
            case "a column twice" -> row.replaceFirst(",\"document_id\":", ",\"document_id\":\"d999\",\"document_id\":");
            case "a column more at the end" -> row.substring(0, row.length() - 1) + ",\"extra\":1}";
            case "a column not in the table" -> row.replaceFirst(",\"cue\":", ",\"cues\":2,\"cue\":");
            case "a name that starts like a column's" -> row.replaceFirst("\"text\":", "\"text_\":\"x\",\"text\":");
            case "an escaped name" -> row.replaceFirst("\"kind\":", "\"kin\\u0064\":");
            case "empty object" -> "{}";
            case "cut before the end" -> row.substring(0, row.lastIndexOf(',')) + "}";
            default -> throw new IllegalArgumentException(change);
        };
        assertThat(changed.equals(row)).isEqualTo(change.equals("as written"));
        byte[] bytes = (lines[0] + "\n" + changed + "\n" + lines[2] + "\n").getBytes(StandardCharsets.UTF_8);

        assertThat(scanner.scan(bytes, bytes.length)).isTrue();
        assertThat(shown(scanner.rows())).containsExactlyElementsOf(shown(parsed(bytes)));
    }

    /**
     * Generated rows, each changed at a random place by one byte put in, taken out or replaced with
     * one that matters to JSON: whenever the scanner reads the piece, the JSON parser reads it too and
     * makes the same rows; whenever the parser cannot, the scanner gives up. Seeded, so the same
     * pieces on every run.
     */
    @Test
    void agreesWithTheJsonParserOnRowsChangedAtRandom(@TempDir Path dir) throws IOException {
        String[] lines = new String(Pieces.generated(dir, 40, 5, 0.05), StandardCharsets.UTF_8).split("\n");
        byte[] punctuation = " \t\"\\,:{}[]0-en\r\n".getBytes(StandardCharsets.UTF_8);
        Random random = new Random(42);
        int read = 0;
        int givenUp = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] row = lines[random.nextInt(lines.length)].getBytes(StandardCharsets.UTF_8);
            int at = random.nextInt(row.length);
            byte b = punctuation[random.nextInt(punctuation.length)];
            byte[] changed = switch (random.nextInt(3)) {
                case 0 -> concat(Arrays.copyOf(row, at), new byte[] {b}, Arrays.copyOfRange(row, at, row.length));
                case 1 -> concat(Arrays.copyOf(row, at), Arrays.copyOfRange(row, at + 1, row.length));
                default -> {
                    byte[] copy = row.clone();
                    copy[at] = b;
                    yield copy;
                }
            };
            byte[] piece = concat(lines[0].getBytes(StandardCharsets.UTF_8), new byte[] {'\n'}, changed,
                    new byte[] {'\n'}, lines[1].getBytes(StandardCharsets.UTF_8), new byte[] {'\n'});
            List<Row> parsed;
            try {
                parsed = parsed(piece);
            } catch (RowFileException e) {
                assertThat(scanner.scan(piece, piece.length)).as(new String(changed, StandardCharsets.UTF_8)).isFalse();
                givenUp++;
                continue;
            }
            if (scanner.scan(piece, piece.length)) {
                assertThat(shown(scanner.rows())).as(new String(changed, StandardCharsets.UTF_8))
                        .containsExactlyElementsOf(shown(parsed));
                read++;
            } else {
                givenUp++;
            }
        }
        assertThat(read).as("pieces the scanner read").isGreaterThan(300);
        assertThat(givenUp).as("pieces the scanner gave up").isGreaterThan(300);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\uFEFF{\"a\":1}\n", "{\"a\":1}\n[]\n", "{\"a\":{}}\n", "{\"a\":[1]}\n", "{\"a\":[\"x\",null]}\n",
        "{\"a\":1\n}\n", "{\"a\":01}\n", "{\"a\":1.}\n", "{\"a\":-}\n", "{\"a\":+1}\n", "{\"a\":.5}\n",
        "{\"a\":1e}\n", "{\"a\":NaN}\n", "{\"a\":nul}\n", "{\"a\":nullx}\n", "{\"a\":\"x\ty\"}\n",
        "{\"a\":\"\\x\"}\n", "{\"a\":\"\\u12g4\"}\n", "{\"a\":1,}\n", "{,}\n", "{\"a\" 1}\n", "{'a':1}\n",
        "{\"a\":1}x\n", "{\"a\":1", "{\"a\":\"x", "// note\n", "{\"a\":1}\n{\"b\":2\n",
        "{\"a\\udcde\":1}\n", "{\"a\\ud83d\":1}\n", "{\"a\\ud83d\\ude00\":1}\n",
    })
    void givesUpOnAnythingUnusual(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        assertThat(scanner.scan(bytes, bytes.length)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"C0 80", "C1 BF", "E0 80 80", "ED A0 80", "F4 90 80 80", "F8 80 80 80 80", "80", "C3",
        "E2 82", "FF"})
    void givesUpOnTextThatIsNotWellFormedUtf8(String hex) {
        List<Byte> bad = new ArrayList<>();
        for (String b : hex.split(" ")) {
            bad.add((byte) Integer.parseInt(b, 16));
        }
        byte[] before = "{\"a\":\"x".getBytes(StandardCharsets.UTF_8);
        byte[] after = "y\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[before.length + bad.size() + after.length];
        System.arraycopy(before, 0, bytes, 0, before.length);
        for (int i = 0; i < bad.size(); i++) {
            bytes[before.length + i] = bad.get(i);
        }
        System.arraycopy(after, 0, bytes, before.length + bad.size(), after.length);

        assertThat(scanner.scan(bytes, bytes.length)).isFalse();
    }

    private static List<Row> parsed(byte[] bytes) throws IOException {
        return Pieces.parsed(bytes);
    }

    private static List<String> shown(List<Row> rows) {
        return rows.stream().map(Pieces::shown).toList();
    }
}
