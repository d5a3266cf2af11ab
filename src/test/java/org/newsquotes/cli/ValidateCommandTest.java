package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsquotes.testing.Fixtures;

/** {@code quotes validate}: its three report formats, byte for byte, and what CI relies on. */
class ValidateCommandTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/validate");

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** A copy of the fixture with an error whose message holds % , and :, a shifted offset, and a warning. */
    private Path badDataset() {
        Path dataset = Fixtures.copyOfValid(temp);
        Fixtures.edit(dataset.resolve("outlets.yaml"), "note: A made-up outlet for tests.",
                "note: \"100%,\\tmade up: for tests\"");
        Fixtures.edit(dataset.resolve("documents/d001.yaml"), "char_start: 127", "char_start: 128");
        Fixtures.edit(dataset.resolve("outlets.yaml"), "outlets:\n", "outlets:\n  - id: unused-times\n"
                + "    name: Unused Times\n    home_page: null\n    country: null\n    kind: newspaper\n    note: null\n");
        return dataset;
    }

    private int run(String... args) {
        return Main.run(DatasetCheckTest.CLOCK, new PrintWriter(out), new PrintWriter(err), args);
    }

    private String output() {
        return out.toString().replace(temp.toAbsolutePath() + "/", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "github"})
    void writesTheGoldenReport(String format) throws IOException {
        assertThat(run("validate", "--report", format, badDataset().toString())).isEqualTo(1);

        assertThat(output()).isEqualTo(Files.readString(GOLDEN.resolve("report." + format), StandardCharsets.UTF_8));
    }

    @Test
    void jsonReportParsesAndCountsEveryViolation() throws IOException {
        run("validate", "--report", "json", badDataset().toString());

        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("violations")).hasSize(3);
        assertThat(report.get("counts").toString()).isEqualTo("{\"errors\":2,\"warnings\":1,\"files\":6}");
        JsonNode first = report.get("violations").get(0);
        assertThat(first.get("rule").asText()).isEqualTo("claim.text.at-offsets");
        assertThat(first.get("line").asInt()).isEqualTo(66);
        assertThat(first.get("column").asInt()).isEqualTo(17);
        assertThat(first.get("record_id").asText()).isEqualTo("d001-c01");
        assertThat(first.get("field").asText()).isEqualTo("char_start");
    }

    @Test
    void githubReportIsWorkflowCommandsThenTheSummary() {
        run("validate", "--report", "github", badDataset().toString());

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.subList(0, lines.size() - 1)).allSatisfy(line -> assertThat(line)
                .matches("::(error|warning) file=[^,:]+,line=[0-9]+,col=[0-9]+,title=[a-z0-9.-]+::[^\r\n]*"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("2 errors, 1 warning in 6 files");
    }

    @Test
    void warningsFailOnlyWhenAskedTo() {
        Path dataset = Fixtures.copyOfValid(temp);
        Fixtures.edit(dataset.resolve("outlets.yaml"), "outlets:\n", "outlets:\n  - id: unused-times\n"
                + "    name: Unused Times\n    home_page: null\n    country: null\n    kind: newspaper\n    note: null\n");

        assertThat(run("validate", dataset.toString())).isZero();
        assertThat(run("validate", "--warnings-as-errors", dataset.toString())).isEqualTo(1);
        assertThat(output()).endsWith("0 errors, 1 warning in 6 files\n");
    }

    @Test
    void checksTableFilesRowByRow() {
        assertThat(run("validate", "src/test/resources/golden/export/quotes.csv",
                "src/test/resources/golden/export/quotes.jsonl")).isZero();
        assertThat(output()).isEqualTo("0 errors, 0 warnings in 2 files\n");

        assertThat(run("validate", "--report", "github", "src/test/resources/cases/table/jsonl-null-and-empty.jsonl"))
                .isEqualTo(1);
        assertThat(output()).endsWith("::error file=src/test/resources/cases/table/jsonl-null-and-empty.jsonl,line=1,"
                + "title=row.value.required::column \"text\" is null; every row needs a value\n"
                + "2 errors, 0 warnings in 1 file\n");
    }

    @Test
    void checksOtherTablesWhenTold() {
        assertThat(run("validate", "--table", "speakers", "src/test/resources/golden/export/speakers.csv")).isZero();
        assertThat(run("validate", "--table", "quote", "src/test/resources/golden/export/quotes.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown table 'quote'; give one of quotes, claims, speakers, outlets,"
                + " documents, utterances, claim_groups");
    }

    @Test
    void rejectsAnUnknownReportFormat() {
        assertThat(run("validate", "--report", "xml", Fixtures.VALID.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("Invalid value for option '--report': unknown report format 'xml';"
                + " give text, json, github\n");
    }

    @Test
    void theOldReportOptionSaysItsNewName() {
        assertThat(run("validate", "--format", "json", Fixtures.VALID.toString())).isEqualTo(2);

        assertThat(err.toString()).startsWith("validate's --format is now --report: --report json\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void helpListsTheReportFormatsAndNotTheOldOption() {
        assertThat(run("validate", "--help")).isZero();

        assertThat(out.toString()).contains("--report=FORMAT", "Report format: text, json, github")
                .doesNotContain("--format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--table=claims", "--table=nope", "--threads=2", "--threads=0"})
    void refusesTableFileOptionsOnADatasetFolder(String option) {
        assertThat(run("validate", option, Fixtures.VALID.toString())).isEqualTo(2);

        assertThat(err.toString()).startsWith(option.substring(0, option.indexOf('=')) + " is an option of table"
                + " files (validate FILE...); it does nothing on a dataset folder\n");
        assertThat(out.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3"})
    void refusesFewerThanOneThread(String threads) {
        assertThat(run("validate", "--threads", threads, "src/test/resources/golden/export/quotes.csv")).isEqualTo(2);

        assertThat(err.toString()).startsWith("--threads must be 1 or more, not " + threads + "\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void refusesMoreThreadsThanAPassCanHold() {
        assertThat(run("validate", "--threads", "100000", "src/test/resources/golden/export/quotes.csv")).isEqualTo(2);

        assertThat(err.toString()).startsWith("--threads 100000 is more than 256; more workers than processors take"
                + " memory, not time (this machine has " + Runtime.getRuntime().availableProcessors() + ")\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void tellsATableFromItsColumnsOrItsName() throws IOException {
        Path golden = Path.of("src/test/resources/golden/export");
        // Copies under names that are no table's, so that only the columns can tell.
        Path claims = Files.copy(golden.resolve("claims.csv"), temp.resolve("subset-a.csv"));
        Path speakers = Files.copy(golden.resolve("speakers.json"), temp.resolve("subset-b.json"));

        assertThat(run("validate", claims.toString(), speakers.toString())).as(output()).isZero();
        assertThat(output()).isEqualTo("0 errors, 0 warnings in 2 files\n");

        // Named after its table, without its key column: the name tells, and the check reports the column.
        Path named = temp.resolve("claims.csv");
        List<String> lines = Files.readAllLines(golden.resolve("claims.csv"), StandardCharsets.UTF_8);
        Files.write(named, lines.stream().map(l -> l.substring(l.indexOf(',') + 1)).toList(), StandardCharsets.UTF_8);
        out.getBuffer().setLength(0);
        assertThat(run("validate", named.toString())).isEqualTo(1);
        assertThat(output()).startsWith("claims.csv:1: error: [row.column.missing] the header has no column"
                + " \"claim_id\", which every row needs\n");
    }

    @Test
    void refusesAFileWhoseTableItCannotTellNamingTheLikelyOne() throws IOException {
        Path golden = Path.of("src/test/resources/golden/export");
        Path quotesNamedClaims = Files.copy(golden.resolve("quotes.jsonl"), temp.resolve("claims.jsonl"));
        Path odd = Files.writeString(temp.resolve("odd.csv"), "quote_id,colour\nd000-q01,red\n",
                StandardCharsets.UTF_8);
        Path unrelated = Files.writeString(temp.resolve("other.csv"), "a,b\n1,2\n", StandardCharsets.UTF_8);

        assertThat(run("validate", quotesNamedClaims.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("cannot tell which table " + quotesNamedClaims + " holds: it is named"
                + " after claims but its columns are those of quotes; give --table quotes if that is it\n");
        err.getBuffer().setLength(0);
        assertThat(run("validate", odd.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("cannot tell which table " + odd + " holds: its columns are closest"
                + " to those of quotes (1 of 2); give --table quotes if that is it\n");
        err.getBuffer().setLength(0);
        assertThat(run("validate", unrelated.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("cannot tell which table " + unrelated + " holds: none of its columns"
                + " (a, b) is a column of a table; give --table TABLE\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anExplicitTableWins() {
        assertThat(run("validate", "--table", "quotes", "src/test/resources/golden/export/claims.csv")).isEqualTo(1);

        assertThat(out.toString()).contains("[row.value.enum] column \"kind\" has unknown value");
    }

    @Test
    void refusesFilesItCannotReadSayingWhatItReads() throws IOException {
        Path parquet = Files.writeString(temp.resolve("quotes.parquet"), "PAR1", StandardCharsets.UTF_8);
        Path dataset = Fixtures.copyOfValid(Files.createDirectories(temp.resolve("copy")));
        Path yaml = dataset.resolve("documents/d001.yaml");

        assertThat(run("validate", parquet.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("cannot read " + parquet + " as a table file: table files end in .csv,"
                + " .json or .jsonl; Parquet files are written, not read\n");
        err.getBuffer().setLength(0);
        assertThat(run("validate", yaml.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith(yaml + " is a file of the dataset folder " + dataset + ", which is"
                + " validated as a whole: quotes validate " + dataset + " (table files end in .csv, .json or .jsonl)\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void refusesAnExportsFolderSayingHowToCheckIt() {
        Path exports = temp.resolve("exports");
        assertThat(run("export", "--dataset", Fixtures.VALID.toString(), "--output", exports.toString())).isZero();
        err.getBuffer().setLength(0);

        assertThat(run("validate", exports.toString())).isEqualTo(2);

        assertThat(err.toString()).startsWith(exports + " is a folder of exports, not a dataset folder: check that"
                + " it is what the dataset gives with quotes export --check --output " + exports + ", or validate its"
                + " table files (quotes validate " + exports + "/quotes.csv ...)\n");
    }
}
