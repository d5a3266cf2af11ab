package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.model.DatasetVersion;
import org.newsquotes.testing.Fixtures;

class MainTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void validateExitsZeroOnValidData() {
        assertThat(run("validate", Fixtures.VALID.toString())).isZero();
        assertThat(out.toString()).isEqualTo("0 errors, 0 warnings in 6 files\n");
    }

    @Test
    void validateExitsOneAndReportsEachProblem() {
        Path dataset = Fixtures.copyOfValid(temp);
        Fixtures.edit(dataset.resolve("documents/d001.yaml"), "char_start: 24", "char_start: 23");

        assertThat(run("validate", dataset.toString())).isEqualTo(1);
        assertThat(out.toString()).contains(":37:17: error: [quote.text.at-offsets] text \"We will answer in writing"
                + " next week,\" is not at 23..60").endsWith("\n2 errors, 0 warnings in 6 files\n");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("validate", temp.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("'" + temp.resolve("nowhere") + "' does not exist; give the dataset"
                + " folder that holds outlets.yaml, or table files (.csv, .json, .jsonl)");
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("missing command: give one of validate, export, rules, schemas");
    }

    @Test
    void helpListsTheExitCodes() {
        assertThat(run("validate", "--help")).isZero();
        assertThat(out.toString()).contains("Exit codes:", "0   valid data", "1   invalid data", "2   usage error",
                "3   internal error");
    }

    @Test
    void versionIsTheDatasetVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).isEqualTo("quotes " + DatasetVersion.current() + "\n");
        assertThat(DatasetVersion.current()).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void exportWritesEveryTableInEveryTextFormat() {
        Path exports = temp.resolve("exports");

        assertThat(run("export", "--dataset", Fixtures.VALID.toString(), "--output", exports.toString())).isZero();

        for (String table : new String[] {"quotes", "claims", "speakers", "outlets", "documents", "utterances",
            "claim_groups"}) {
            for (String format : new String[] {"csv", "json", "jsonl"}) {
                assertThat(exports.resolve(table + "." + format)).isRegularFile();
            }
        }
        assertThat(out.toString()).contains("exports/quotes.csv (2 rows)");
        assertThat(exports).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith(".staging"));
    }

    @Test
    void exportRefusesInvalidDataAndLeavesPreviousExportsAlone() throws IOException {
        Path dataset = Fixtures.copyOfValid(temp);
        Fixtures.edit(dataset.resolve("documents/d001.yaml"), "kind: full", "kind: ful");
        Path exports = Files.createDirectories(temp.resolve("exports"));
        Files.writeString(exports.resolve("quotes.csv"), "previous\n", StandardCharsets.UTF_8);

        assertThat(run("export", "--dataset", dataset.toString(), "--output", exports.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("[structure.field.enum]", "export refused: fix the errors above first");
        assertThat(exports.resolve("quotes.csv")).hasContent("previous");
        assertThat(exports).isDirectoryNotContaining(p -> !p.getFileName().toString().equals("quotes.csv"));
    }
}
