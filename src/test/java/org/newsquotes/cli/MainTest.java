package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.export.ColumnDictionary;
import org.newsquotes.schema.Tables;
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
        assertThat(err.toString())
                .contains("missing command: give one of validate, export, site, evaluate, extract, draft, rules, schemas, columns, docs, generate");
    }

    @Test
    void anInternalErrorExitsThreeWithItsStackTraceOnlyWhenVerbose() {
        Clock broken = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                throw new IllegalStateException("no time today");
            }
        };
        String dataset = Fixtures.VALID.toString();

        assertThat(Main.run(broken, new PrintWriter(out), new PrintWriter(err), "validate", dataset)).isEqualTo(3);
        assertThat(err.toString()).isEqualTo("quotes: internal error: java.lang.IllegalStateException: no time today\n"
                + "(run again with --verbose for the stack trace)\n");
        err.getBuffer().setLength(0);
        assertThat(Main.run(broken, new PrintWriter(out), new PrintWriter(err), "validate", "--verbose", dataset))
                .isEqualTo(3);
        assertThat(err.toString()).startsWith("quotes: internal error: java.lang.IllegalStateException: no time today\n"
                + "java.lang.IllegalStateException: no time today\n\tat ").doesNotContain("run again");
    }

    @Test
    void exportRefusesAnOutputFolderUnderAFile() throws IOException {
        Path file = Files.writeString(temp.resolve("file"), "x");

        assertThat(run("export", "--dataset", Fixtures.VALID.toString(), "--output", file.resolve("out").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--output " + file.resolve("out") + ": " + file
                + " is a file, not a folder; give a folder to write the exports to");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void helpListsTheExitCodes() {
        assertThat(run("validate", "--help")).isZero();
        assertThat(out.toString()).contains("Exit codes:", "0   valid data", "1   invalid data", "2   usage error",
                "3   internal error");
    }

    @ParameterizedTest
    @CsvSource({"validate, 0 1 2 3", "export, 0 1 2 3", "docs, 0 1 2 3", "rules, 0 2 3", "schemas, 0 2 3",
        "columns, 0 2 3", "generate, 0 2 3"})
    void helpListsOnlyTheExitCodesACommandCanReturn(String command, String codes) {
        assertThat(run(command, "--help")).isZero();

        String help = out.toString();
        List<String> listed = help.substring(help.indexOf("Exit codes:")).lines().skip(1)
                .map(line -> line.trim().split(" ")[0]).toList();
        assertThat(listed).containsExactly(codes.split(" "));
    }

    @Test
    void aMistypedOptionGetsASuggestion() {
        assertThat(run("export", "--fromat", "csv")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("Unknown options: '--fromat', 'csv'\n"
                + "--fromat is not an option of export (did you mean \"--format\"?)\n"
                + "(quotes export --help lists its options)\n");
        err.getBuffer().setLength(0);

        // After an option of several values, an unknown option is not taken for one more value.
        assertThat(run("export", "--input", "a.jsonl", "--fromat=csv")).isEqualTo(2);
        assertThat(err.toString()).contains("--fromat is not an option of export (did you mean \"--format\"?)\n");
        err.getBuffer().setLength(0);

        assertThat(run("validate", "--reprot", "json")).isEqualTo(2);
        assertThat(err.toString()).contains("--reprot is not an option of validate (did you mean \"--report\"?)\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        assertThat(run("valdate")).isEqualTo(2);

        assertThat(err.toString()).contains("Did you mean: quotes validate");
    }

    @Test
    void versionIsTheDatasetVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).isEqualTo("quotes " + DatasetVersion.current() + "\n");
        assertThat(DatasetVersion.current()).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void exportWritesEveryTableInEveryFormat() {
        Path exports = temp.resolve("exports");

        assertThat(run("export", "--dataset", Fixtures.VALID.toString(), "--output", exports.toString())).isZero();

        for (String table : new String[] {"quotes", "claims", "speakers", "outlets", "documents", "utterances",
            "claim_groups"}) {
            for (String format : new String[] {"csv", "json", "jsonl", "parquet"}) {
                assertThat(exports.resolve(table + "." + format)).isRegularFile();
            }
        }
        assertThat(exports.resolve("datapackage.json")).isRegularFile();
        assertThat(exports.resolve("croissant.json")).isRegularFile();
        assertThat(exports.resolve("SHA256SUMS")).isRegularFile();
        assertThat(exports.resolve("citron/d001.json")).isRegularFile();
        assertThat(out.toString()).contains("exports/quotes.csv (2 rows)\n", "exports/quotes.parquet (2 rows)\n")
                .endsWith("exports/datapackage.json\n" + "wrote " + exports.resolve("croissant.json") + "\n"
                        + "wrote " + exports.resolve("citron") + "\n" + "wrote " + exports.resolve("SHA256SUMS") + "\n");
        assertThat(err.toString()).isEqualTo("0 errors, 0 warnings in 6 files\n");
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

    @Test
    void generateWritesADeterministicCorpusAndNeverOverwrites() throws IOException {
        Path first = temp.resolve("a.jsonl");
        Path second = temp.resolve("b.jsonl");

        assertThat(run("generate", "--records", "300", "--seed", "9", "--output", first.toString())).isZero();
        assertThat(run("generate", "--records", "300", "--seed", "9", "--output", second.toString())).isZero();

        assertThat(Files.readAllLines(first, StandardCharsets.UTF_8)).hasSize(300);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(run("generate", "--records", "1", "--output", first.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(first + " exists; remove it or choose another file");
        assertThat(run("generate", "--records", "1", "--output", temp.resolve("c.txt").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--output must end with .jsonl or .csv");
    }

    @Test
    void exportCheckNamesAChangedOrExtraFileInTheCitronFolder() throws IOException {
        Path exports = temp.resolve("exports");
        assertThat(run("export", "--dataset", Fixtures.VALID.toString(), "--output", exports.toString())).isZero();
        Files.writeString(exports.resolve("citron/d001.json"), "{}\n", StandardCharsets.UTF_8);
        Files.writeString(exports.resolve("citron/d002.json"), "{}\n", StandardCharsets.UTF_8);
        err.getBuffer().setLength(0);

        assertThat(run("export", "--check", "--dataset", Fixtures.VALID.toString(), "--output", exports.toString()))
                .isEqualTo(1);

        String shown = exports.toString().replace('\\', '/');
        assertThat(err.toString()).contains(shown + "/citron/d001.json: differs from a fresh export\n",
                shown + "/citron/d002.json: not written by a fresh export\n", "2 files differ");
    }

    @Test
    void exportCheckPassesOnAFreshExportAndWritesNothing() throws IOException {
        Path exports = temp.resolve("exports");
        assertThat(run("export", "--dataset", Fixtures.VALID.toString(), "--output", exports.toString())).isZero();
        long before = Files.getLastModifiedTime(exports.resolve("quotes.csv")).toMillis();
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);

        assertThat(run("export", "--check", "--dataset", Fixtures.VALID.toString(), "--output", exports.toString()))
                .isZero();

        assertThat(out.toString()).isEqualTo(exports + " matches a fresh export of " + Fixtures.VALID + " ("
                + (Tables.definitions().size() * 4 + 3 + 1) + " files)\n");
        assertThat(err.toString()).isEqualTo("0 errors, 0 warnings in 6 files\n");
        assertThat(Files.getLastModifiedTime(exports.resolve("quotes.csv")).toMillis()).isEqualTo(before);
    }

    @Test
    void exportCheckFailsNamingEveryDifferingMissingAndExtraFile() throws IOException {
        Path exports = temp.resolve("exports");
        assertThat(run("export", "--dataset", Fixtures.VALID.toString(), "--output", exports.toString())).isZero();
        byte[] parquet = Files.readAllBytes(exports.resolve("speakers.parquet"));
        parquet[parquet.length / 2] ^= 1;
        Files.write(exports.resolve("speakers.parquet"), parquet);
        Files.delete(exports.resolve("claims.jsonl"));
        Files.writeString(exports.resolve("old.csv"), "stale\n", StandardCharsets.UTF_8);
        err.getBuffer().setLength(0);

        assertThat(run("export", "--check", "--dataset", Fixtures.VALID.toString(), "--output", exports.toString()))
                .isEqualTo(1);

        assertThat(err.toString()).isEqualTo("0 errors, 0 warnings in 6 files\n"
                + exports.resolve("speakers.parquet") + ": differs from a fresh export\n"
                + exports.resolve("claims.jsonl") + ": missing; a fresh export writes it\n"
                + exports.resolve("old.csv") + ": not written by a fresh export\n"
                + "export check failed: 3 files differ from a fresh export of " + Fixtures.VALID
                + "; run quotes export to write them\n");
        assertThat(Files.readAllBytes(exports.resolve("speakers.parquet"))).isEqualTo(parquet);
    }

    @Test
    void columnsPrintsTheDictionaryAndRewritesOnlyTheReadmeSection() throws IOException {
        assertThat(run("columns")).isZero();
        String dictionary = out.toString();
        assertThat(dictionary).startsWith("| type | CSV | JSON | Parquet |\n").contains("\n### `quotes`\n");

        Path readme = temp.resolve("README.md");
        Files.writeString(readme, "# Title\n\n" + ColumnDictionary.BEGIN + "\nold\n" + ColumnDictionary.END
                + "\n\nAfter.\n", StandardCharsets.UTF_8);
        out.getBuffer().setLength(0);

        assertThat(run("columns", "--readme", readme.toString())).isZero();

        assertThat(out.toString()).isEqualTo("updated " + readme + "\n");
        assertThat(Files.readString(readme, StandardCharsets.UTF_8)).isEqualTo("# Title\n\n" + ColumnDictionary.BEGIN
                + "\n" + dictionary + ColumnDictionary.END + "\n\nAfter.\n");
    }

    @Test
    void columnsRefusesAReadmeWithoutMarkers() throws IOException {
        Path readme = Files.writeString(temp.resolve("README.md"), "# Title\n", StandardCharsets.UTF_8);

        assertThat(run("columns", "--readme", readme.toString())).isEqualTo(2);

        assertThat(err.toString()).startsWith(readme + ": no generated section: put the lines " + ColumnDictionary.BEGIN
                + " and " + ColumnDictionary.END + " where the columns section belongs\n");
        assertThat(readme).hasContent("# Title");
    }
}
