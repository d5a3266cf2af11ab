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
        assertThat(run("validate", "--format", format, badDataset().toString())).isEqualTo(1);

        assertThat(output()).isEqualTo(Files.readString(GOLDEN.resolve("report." + format), StandardCharsets.UTF_8));
    }

    @Test
    void jsonReportParsesAndCountsEveryViolation() throws IOException {
        run("validate", "--format", "json", badDataset().toString());

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
        run("validate", "--format", "github", badDataset().toString());

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

        assertThat(run("validate", "--format", "github", "src/test/resources/cases/table/jsonl-null-and-empty.jsonl"))
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
    void rejectsAnUnknownFormat() {
        assertThat(run("validate", "--format", "xml", Fixtures.VALID.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown format 'xml'; give text, json or github");
    }
}
