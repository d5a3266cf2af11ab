package org.newsquotes.validate.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.cli.Main;
import org.newsquotes.load.DatasetLoader;
import org.newsquotes.schema.TableRules;

/**
 * {@link RowRules} gives for each row what {@code quotes validate FILE.jsonl}, run as a command with
 * its output captured, reports for that row's line, save the uniqueness of keys.
 */
class RowRulesTest {

    private static final Path CASES = Path.of("src/test/resources/cases/table");

    /** Rows of every kind: the golden export's valid rows, then the bad rows of the JSON Lines cases. */
    private static List<String> mixedRows() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("src/test/resources/golden/export/quotes.jsonl"),
                StandardCharsets.UTF_8));
        for (String name : List.of("jsonl-bad-values.jsonl", "jsonl-read-limits.jsonl", "jsonl-null-and-empty.jsonl",
                "jsonl-unknown-and-missing-column.jsonl", "jsonl-duplicate-key.jsonl",
                "jsonl-duplicate-id-and-order.jsonl")) {
            lines.addAll(Files.readAllLines(CASES.resolve(name), StandardCharsets.UTF_8));
        }
        String valid = spacedValid();
        lines.add(valid.replace("\"d001-q01\"", "\"\\u0064001-q77\""));
        lines.add(valid.replace("\"d001-q01\"", "\"d001-q78\"").replace("\"kind\": \"full\"", "\"kind\": \"f\\u0075l\""));
        lines.add(valid.replace("\"d001-q01\"", "\"d001-q79\"").replace("\"char_end\": 60", "\"char_end\": 60.0"));
        lines.add(valid.replace("\"d001-q01\"", "\"d001-q80\"").replace("\"cue\": \"said\"", "\"cue\": \"\\ud83d\""));
        lines.add(valid.replace("\"d001-q01\"", "\"d001-q81\"").replace("\"note\": null", "\"note\": {\"a\": 1}"));
        return lines;
    }

    /** A valid row, written with spaces after colons and commas. */
    private static String spacedValid() throws IOException {
        return Files.readAllLines(CASES.resolve("jsonl-duplicate-id-and-order.jsonl"), StandardCharsets.UTF_8).get(0);
    }

    /** The report lines of {@code quotes validate} on {@code file}, without the summary. */
    private static List<String> validate(Path file) {
        StringWriter out = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "validate", "--threads", "1",
                file.toString());
        assertThat(code).isEqualTo(1);
        List<String> lines = new ArrayList<>(out.toString().lines().toList());
        assertThat(lines.remove(lines.size() - 1)).containsPattern(" errors?, ");
        return lines;
    }

    @Test
    void givesForEachLineWhatValidateReportsForIt(@TempDir Path dir) throws IOException {
        List<String> rows = mixedRows();
        Path file = dir.resolve("mixed.jsonl");
        Files.write(file, rows, StandardCharsets.UTF_8);
        String shown = new DatasetLoader(Path.of("")).shown(file);
        List<String> expected = validate(file).stream().filter(l -> !l.contains("[" + TableRules.ID_UNIQUE.id() + "]"))
                .toList();

        RowRules rules = RowRules.forTable("quotes");
        List<String> actual = new ArrayList<>();
        Set<String> unknownSeen = new HashSet<>();
        int invalid = 0;
        for (int i = 0; i < rows.size(); i++) {
            RowRules.Checked checked = rules.check(rows.get(i), i + 1);
            invalid += checked.valid() ? 0 : 1;
            for (RowViolation v : checked.violations()) {
                // quotes validate reports an unknown column once per file; the rules, once per row.
                if (!v.rule().equals(TableRules.COLUMN_UNKNOWN.id()) || unknownSeen.add(v.column())) {
                    actual.add(v.toCompilerStyle(shown));
                }
            }
        }

        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(invalid).isGreaterThan(20);
    }

    @Test
    void givesTheSameForNamedValuesAsJacksonReadsThem() throws IOException {
        ObjectMapper json = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(org.newsquotes.schema.ReadLimits.constraints()).build());
        RowRules rules = RowRules.forTable("quotes");
        int compared = 0;
        for (String line : mixedRows()) {
            Map<String, Object> values;
            try {
                values = json.readValue(line, new TypeReference<LinkedHashMap<String, Object>>() { });
            } catch (IOException pastTheReadLimits) {
                continue;
            }
            if (line.contains("\"kind\": \"full\", \"kind\"")) {
                continue; // a map holds a column once: the duplicate is the line's alone
            }
            RowRules.Checked fromLine = rules.check(line, 3);
            RowRules.Checked fromValues = rules.check(values, 3);
            assertThat(fromValues).as(line).isEqualTo(fromLine);
            compared++;
        }
        assertThat(compared).isGreaterThan(20);
    }

    @Test
    void offersTheKeyOfValidAndInvalidRows() throws IOException {
        RowRules rules = RowRules.of(org.newsquotes.schema.Tables.QUOTES);
        String valid = spacedValid();

        assertThat(rules.check(valid, 1)).isEqualTo(new RowRules.Checked("d001-q01", List.of()));
        RowRules.Checked bad = rules.check(valid.replace("\"char_start\": 24", "\"char_start\": \"24\""), 9);
        assertThat(bad.key()).isEqualTo("d001-q01");
        assertThat(bad.valid()).isFalse();
        assertThat(bad.violations()).containsExactly(new RowViolation("row.value.type",
                org.newsquotes.schema.Severity.ERROR, "char_start", "column \"char_start\" must be a whole number from"
                        + " 0 to 2147483647, found the text \"24\"", 9));
    }

    @Test
    void checksTheBytesOfALineThatIsNotUtf8AsValidateDoes(@TempDir Path dir) throws IOException {
        byte[] valid = spacedValid().getBytes(StandardCharsets.UTF_8);
        byte[] bad = spacedValid().replace("\"said\"", "\"sa?d\"").getBytes(StandardCharsets.UTF_8);
        int question = new String(bad, StandardCharsets.UTF_8).indexOf("sa?d") + 2;
        bad[question] = (byte) 0xC3; // a lead byte followed by a quote: not UTF-8
        Path file = dir.resolve("bad-utf8.jsonl");
        Files.write(file, concat(valid, new byte[] {'\n'}, bad, new byte[] {'\n'}));

        RowRules.Checked checked = RowRules.forTable("quotes").check(bad, bad.length, 2);

        assertThat(checked.violations()).hasSize(1);
        RowViolation v = checked.violations().get(0);
        assertThat(v.rule()).isEqualTo(TableRules.UNREADABLE.id());
        assertThat(v.line()).isEqualTo(2);
        // validate names the column of the bad byte and that the file's checks stop there.
        assertThat(validate(file)).singleElement().asString()
                .startsWith(new DatasetLoader(Path.of("")).shown(file) + ":2:")
                .contains("error: [" + TableRules.UNREADABLE.id() + "] " + v.message());
    }

    @Test
    void givesTheValuesOfAValidRowInColumnOrderFromEitherPath() throws IOException {
        RowRules rules = RowRules.forTable("quotes");
        String usual = Files.readAllLines(Path.of("src/test/resources/golden/export/quotes.jsonl"),
                StandardCharsets.UTF_8).get(0);
        Map<String, Object> expected = new ObjectMapper().readValue(usual,
                new TypeReference<LinkedHashMap<String, Object>>() { });
        byte[] bytes = usual.getBytes(StandardCharsets.UTF_8);

        assertThat(rules.check(bytes, bytes.length, 1).valid()).isTrue();
        Object[] fromBytes = rules.values();
        assertThat(rules.check(expected, 1).valid()).isTrue();
        Object[] fromMap = rules.values();

        List<String> names = rules.table().columnNames();
        assertThat(fromBytes).hasSize(names.size()).containsExactly(fromMap);
        for (int i = 0; i < names.size(); i++) {
            Object json = expected.get(names.get(i));
            Object value = fromBytes[i];
            assertThat(value == null ? null : value.toString()).as(names.get(i))
                    .isEqualTo(json == null ? null : json.toString());
        }
        assertThat(fromBytes[names.indexOf("published_date")]).isInstanceOf(java.time.LocalDate.class);
        assertThat(fromBytes[names.indexOf("char_start")]).isInstanceOf(Integer.class);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void violationsSurviveSerialisation() throws IOException, ClassNotFoundException {
        RowRules.Checked checked = RowRules.forTable("quotes").check("{\"quote_id\": \"x\"}", 4);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(checked);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(checked);
        }
        assertThat(checked.violations()).extracting(RowViolation::rule).contains("row.value.pattern",
                "row.column.missing");
    }

    @Test
    void refusesALineWithoutOneRowAndAnUnknownTable() {
        RowRules rules = RowRules.forTable("claims");
        assertThatThrownBy(() -> rules.check("  ", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a line holds one row of JSON Lines; this one holds none");
        assertThatThrownBy(() -> rules.check("{} {}", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a line holds one row of JSON Lines; this one holds more than one");
        assertThatThrownBy(() -> RowRules.forTable("quote")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no table quote; the tables are quotes, claims");
        assertThat(rules.check("{\"claim_id\": }", 5).violations()).extracting(v -> v.toCompilerStyle("c.jsonl"))
                .containsExactly("c.jsonl:5: error: [row.file.unreadable] not well-formed JSON: Unexpected character"
                        + " ('}' (code 125)): expected a value");
    }

    /** The README's example is this code, and it runs. */
    @Test
    void readmeShowsTheExampleThatRuns() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Checking rows from another engine"));
        int from = section.indexOf("```java\n") + "```java\n".length();
        String shown = section.substring(from, section.indexOf("```\n", from));
        String source = Files.readString(Path.of("src/test/java/org/newsquotes/validate/table/RowRulesExample.java"),
                StandardCharsets.UTF_8);
        String start = "// README example start\n";
        String example = source.substring(source.indexOf(start) + start.length(),
                source.indexOf("        // README example end"));
        assertThat(shown).isEqualTo(example.replaceAll("(?m)^ {8}", ""));
        assertThat(shown.lines().count()).isLessThanOrEqualTo(10);

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        String valid = spacedValid();
        RowRulesExample.run(List.of(valid, valid.replace("\"kind\": \"full\"", "\"kind\": \"ful\"")),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("quotes.jsonl:2: error: [row.value.enum] column"
                + " \"kind\" has unknown value \"ful\" (did you mean \"full\"?); allowed: full, fragment, scare,"
                + " indirect\n" + expectedMissing());
    }

    private static String expectedMissing() {
        StringBuilder missing = new StringBuilder();
        for (var c : org.newsquotes.schema.Tables.QUOTES.columns()) {
            if (!c.nullable() && !List.of("quote_id", "char_start").contains(c.name())) {
                missing.append("row.column.missing ").append(c.name()).append('\n');
            }
        }
        return missing.toString();
    }

    @Test
    void aNumberADoubleCannotHoldIsATypeErrorOnTheFastPathAndTheFullOneAlike(@TempDir Path dir) throws IOException {
        String claim = Files.readAllLines(Path.of("exports/claims.jsonl"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("\"value\":2,")).findFirst().orElseThrow();
        List<String> values = List.of("1e400", "-1e400", "9".repeat(400), "1e300", "1.5");
        StringBuilder file = new StringBuilder();
        RowRules rules = RowRules.forTable("claims");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String line = claim.replace("\"value\":2,", "\"value\":" + values.get(i) + ",")
                    .replaceFirst("\"claim_id\":\"d000-c0([0-9])\"", "\"claim_id\":\"d000-c9" + i + "\"");
            file.append(line).append('\n');
            rules.check(line, i + 1).violations().forEach(v -> found.add(v.toCompilerStyle("claims.jsonl")));
        }
        Path jsonl = Files.writeString(dir.resolve("claims.jsonl"), file.toString(), StandardCharsets.UTF_8);
        StringWriter report = new StringWriter();
        Main.run(new PrintWriter(report), new PrintWriter(report), "validate", jsonl.toString());

        assertThat(found).hasSize(3).allSatisfy(line -> assertThat(line).contains(": error: [row.value.type] column"
                + " \"value\" must be a number no larger than a double holds (about 1.8e308), found the number "));
        assertThat(report.toString().lines().filter(line -> line.contains("error:"))
                .map(line -> line.replace(jsonl.toString(), "claims.jsonl")).toList()).isEqualTo(found);
    }
}
