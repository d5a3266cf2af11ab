package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsquotes.export.json.JsonTableWriter;
import org.newsquotes.generate.QuoteCorpusGenerator;
import org.newsquotes.testing.DuckDb;

/**
 * {@code quotes export --input}: a generated corpus with invalid rows of every kind, exported in one
 * pass, read back by DuckDB; the rows written are exactly the generator's valid rows, in order, and
 * every invalid row is reported at its line, as {@code quotes validate} reports it.
 */
class BulkExportCommandTest {

    private static final QuoteCorpusGenerator.Options CORPUS = new QuoteCorpusGenerator.Options(3000, 11, 0.05);

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path input;
    private List<String> validIds;
    private List<Integer> invalidLines;

    @BeforeEach
    void generate() throws IOException {
        input = temp.resolve("corpus.jsonl");
        QuoteCorpusGenerator generator = new QuoteCorpusGenerator(CORPUS);
        JsonTableWriter.lines().write(generator.table(), generator.rows(), input);
        validIds = new ArrayList<>();
        invalidLines = new ArrayList<>();
        Iterator<Object[]> rows = generator.rows();
        Iterator<QuoteCorpusGenerator.Defect> defects = generator.defects();
        for (int line = 1; rows.hasNext(); line++) {
            Object[] row = rows.next();
            if (defects.next() == null) {
                validIds.add((String) row[0]);
            } else {
                invalidLines.add(line);
            }
        }
        assertThat(invalidLines).as("the corpus has invalid rows").hasSizeGreaterThan(100);
    }

    private int run(String... args) {
        return Main.run(DatasetCheckTest.CLOCK, new PrintWriter(out), new PrintWriter(err), args);
    }

    private static List<String> ids(DuckDb duckDb, String from) throws Exception {
        return duckDb.rows("SELECT quote_id FROM " + from).stream().map(r -> (String) r.get(0)).toList();
    }

    @Test
    void writesExactlyTheValidRowsInEveryFormat() throws Exception {
        Path output = temp.resolve("out");

        int code = run("export", "--input", input.toString(), "--output", output.toString(),
                "--format", "parquet,csv,jsonl", "--threads", "2");

        assertThat(code).as(err.toString()).isEqualTo(1);
        assertThat(out.toString()).isEqualTo("wrote " + output + "/corpus.parquet (" + validIds.size() + " rows)\n"
                + "wrote " + output + "/corpus.csv (" + validIds.size() + " rows)\n"
                + "wrote " + output + "/corpus.jsonl (" + validIds.size() + " rows)\n");
        try (DuckDb duckDb = new DuckDb()) {
            assertThat(ids(duckDb, "read_parquet(" + DuckDb.literal(output.resolve("corpus.parquet")) + ")"))
                    .containsExactlyElementsOf(validIds);
            assertThat(ids(duckDb, "read_csv(" + DuckDb.literal(output.resolve("corpus.csv")) + ")"))
                    .containsExactlyElementsOf(validIds);
            assertThat(ids(duckDb, "read_json(" + DuckDb.literal(output.resolve("corpus.jsonl")) + ")"))
                    .containsExactlyElementsOf(validIds);
        }
        try (Stream<Path> files = Files.list(output)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .as("no staging folder is left").containsExactly("corpus.csv", "corpus.jsonl", "corpus.parquet");
        }
    }

    @Test
    void reportsEveryInvalidRowAtItsLineAsValidateDoes() {
        StringWriter validateOut = new StringWriter();
        int validateCode = Main.run(DatasetCheckTest.CLOCK, new PrintWriter(validateOut),
                new PrintWriter(new StringWriter()), "validate", input.toString());

        int code = run("export", "--input", input.toString(), "--output", temp.resolve("out").toString());

        assertThat(validateCode).isEqualTo(1);
        assertThat(code).isEqualTo(1);
        List<String> reported = Arrays.asList(err.toString().split("\n"));
        List<String> validated = Arrays.asList(validateOut.toString().split("\n"));
        assertThat(reported.subList(0, reported.size() - 1)).isEqualTo(validated);
        assertThat(reported.get(reported.size() - 1))
                .isEqualTo(invalidLines.size() + " invalid rows left out of the export");
        List<Integer> lines = validated.subList(0, validated.size() - 1).stream()
                .map(l -> Integer.valueOf(l.split(":")[1])).distinct().toList();
        assertThat(lines).containsExactlyElementsOf(invalidLines);
        assertThat(validated.get(validated.size() - 1)).startsWith(
                (validated.size() - 1) + " errors, 0 warnings in 1 file");
    }

    @Test
    void writesNothingWhenAFileCannotBeReadToItsEnd() throws IOException {
        Path output = Files.createDirectories(temp.resolve("out"));
        Files.writeString(output.resolve("corpus.parquet"), "the previous export", StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Files.readAllLines(input, StandardCharsets.UTF_8));
        lines.set(2000, "{\"quote_id\": ");
        Files.write(input, lines, StandardCharsets.UTF_8);

        int code = run("export", "--input", input.toString(), "--output", output.toString(), "--format", "parquet,csv");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains(input + ":2001: error: [row.file.unreadable] not well-formed JSON Lines:"
                        + " the row that starts on this line does not end on it; JSON Lines holds one row object on each"
                        + " line; rows after this point are not checked\n")
                .endsWith("export refused: " + input + " could not be read to its end; " + output + " is unchanged\n");
        try (Stream<Path> files = Files.list(output)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("corpus.parquet");
        }
        assertThat(Files.readString(output.resolve("corpus.parquet"), StandardCharsets.UTF_8))
                .isEqualTo("the previous export");
    }

    @Test
    void exitsZeroWhenEveryRowIsValid() throws Exception {
        Path clean = temp.resolve("clean.csv");
        QuoteCorpusGenerator generator = new QuoteCorpusGenerator(new QuoteCorpusGenerator.Options(500, 3, 0));
        new org.newsquotes.export.csv.CsvTableWriter().write(generator.table(), generator.rows(), clean);
        Path output = temp.resolve("out");

        int code = run("export", "--input", clean.toString(), "--output", output.toString());

        assertThat(code).as(err.toString()).isEqualTo(0);
        assertThat(err.toString()).isEqualTo("0 errors, 0 warnings in 1 file\n");
        try (DuckDb duckDb = new DuckDb()) {
            assertThat(duckDb.value("SELECT count(DISTINCT quote_id) FROM read_parquet("
                    + DuckDb.literal(output.resolve("clean.parquet")) + ")")).isEqualTo(500L);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--check", "--dataset=dataset"})
    void refusesInputWithTheDatasetOptions(String option) {
        assertThat(run("export", "--input", input.toString(), option)).isEqualTo(2);
        assertThat(err.toString()).startsWith(option.replaceFirst("=.*", "") + " is an option of the dataset (export"
                + " without --input); it does not go with --input\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--format=csv", "--table=claims", "--table=nope", "--threads=0", "--threads=2"})
    void refusesTheBulkOptionsWithoutInput(String option) {
        Path output = temp.resolve("out");

        assertThat(run("export", option, "--output", output.toString())).isEqualTo(2);

        assertThat(err.toString()).startsWith(option.replaceFirst("=.*", "") + " is an option of bulk table files"
                + " (export --input FILE...); without --input, export writes every format of the dataset's tables\n");
        assertThat(output).doesNotExist();
    }

    @Test
    void refusesAnUnknownFormatNamingTheFormats() {
        assertThat(run("export", "--input", input.toString(), "--output", temp.resolve("out").toString(),
                "--format", "parquet,xlsx")).isEqualTo(2);

        assertThat(err.toString()).startsWith("Invalid value for option '--format' (FORMAT): unknown format 'xlsx';"
                + " give parquet, csv, jsonl, json\n");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void helpListsTheFormatsUnderTheBulkMode() {
        assertThat(run("export", "--help")).isZero();

        String help = out.toString();
        String dataset = help.substring(help.indexOf("The dataset (without --input):"),
                help.indexOf("Bulk table files (export --input FILE...):"));
        String bulk = help.substring(help.indexOf("Bulk table files"), help.indexOf("Exit codes:"));
        assertThat(dataset).contains("--check", "--dataset=DIR").doesNotContain("--format", "--table", "--threads");
        assertThat(bulk).contains("--input=FILE", "--format=FORMAT", "--table=TABLE", "--threads=N")
                .doesNotContain("--check", "--dataset");
        assertThat(bulk.replaceAll("\\s+", " ")).contains("Formats to write, comma-separated: parquet, csv, jsonl,"
                + " json (default: parquet)");
    }

    @Test
    void refusesFewerThanOneThreadBeforeReadingAnything() {
        assertThat(run("export", "--input", input.toString(), "--output", temp.resolve("out").toString(),
                "--threads", "0")).isEqualTo(2);

        assertThat(err.toString()).startsWith("--threads must be 1 or more, not 0\n");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void refusesAnOutputThatWouldReplaceItsInput() throws IOException {
        byte[] before = Files.readAllBytes(input);
        // The same folder reached through a link: the files themselves are compared, not their paths.
        Path link = Files.createSymbolicLink(temp.resolve("link"), temp);

        assertThat(run("export", "--input", input.toString(), "--output", link.toString(), "--format", "csv,jsonl"))
                .isEqualTo(2);

        assertThat(err.toString()).startsWith("--output " + link + " with --format jsonl would replace the input "
                + input + "; give another --output folder\n");
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
        assertThat(temp.resolve("corpus.csv")).doesNotExist();
    }

    @Test
    void printsTheSummaryBeforeWritingTheFiles() {
        StringWriter both = new StringWriter();
        Path output = temp.resolve("out");

        int code = Main.run(DatasetCheckTest.CLOCK, new PrintWriter(both), new PrintWriter(both), "export", "--input",
                input.toString(), "--output", output.toString(), "--format", "csv");

        assertThat(code).isEqualTo(1);
        List<String> lines = both.toString().lines().toList();
        int summary = lines.indexOf(invalidLines.size() + " errors, 0 warnings in 1 file");
        assertThat(summary).as(both.toString()).isPositive();
        assertThat(lines.subList(summary + 1, lines.size())).containsExactly(
                "wrote " + output.resolve("corpus.csv") + " (" + validIds.size() + " rows)",
                invalidLines.size() + " invalid rows left out of the export");
    }

    @Test
    void tellsTheTableOfAnExportedFileAndWritesItsRows() throws Exception {
        Path claims = Path.of("src/test/resources/golden/export/claims.csv");
        Path output = temp.resolve("out");

        int code = run("export", "--input", claims.toString(), "--output", output.toString());

        assertThat(code).as(err.toString()).isZero();
        try (DuckDb duckDb = new DuckDb()) {
            assertThat(duckDb.value("SELECT count(*) FROM read_parquet(" + DuckDb.literal(output.resolve("claims.parquet"))
                    + ")")).isEqualTo(duckDb.value("SELECT count(*) FROM read_csv(" + DuckDb.literal(claims) + ")"));
        }
    }

    @Test
    void writesNothingForAFileWhoseEveryRowFails() throws IOException {
        Path claims = Path.of("src/test/resources/golden/export/claims.csv");
        long rows = Files.readAllLines(claims, StandardCharsets.UTF_8).size() - 1;
        Path output = temp.resolve("out");

        int code = run("export", "--table", "quotes", "--input", claims.toString(), input.toString(),
                "--output", output.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).endsWith("export refused: every one of the " + rows + " rows of " + claims
                + " has an error, so its export would hold no row; check that it holds the table you meant (--table); "
                + output + " is unchanged\n");
        try (Stream<Path> files = Files.list(output)) {
            assertThat(files).isEmpty();
        }
    }
}
