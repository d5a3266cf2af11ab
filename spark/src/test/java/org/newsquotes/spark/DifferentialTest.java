package org.newsquotes.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.spark.DuckDb.literal;
import static org.newsquotes.spark.DuckDb.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsquotes.schema.Tables;

/**
 * The job against the command line on the same generated file, with invalid rows of every kind the generator
 * makes and keys repeated far apart, read in many splits: the same valid rows, in content, types, count and
 * order, and the same violations at the same lines.
 */
class DifferentialTest {

    private static final Path DIR = Path.of("target/differential");
    private static final String INPUT = DIR.resolve("quotes.jsonl").toString();
    private static final int ROWS = 10_000;
    /** Rows appended at the end with the keys of the file's first rows. */
    private static final int REPEATED = 30;

    private static SharedSpark.Run cli;
    private static SharedSpark.Run spark;

    @BeforeAll
    static void runBoth() throws IOException, InterruptedException {
        Tests.deleteTree(DIR);
        Files.createDirectories(DIR);
        assertThat(SharedSpark.quotes("generate", "--records", String.valueOf(ROWS), "--seed", "7", "--invalid-rate",
                "0.03", "--output", INPUT).code()).isZero();
        // Another seed gives other rows with the same keys: appended, they repeat keys far from their first rows.
        Path other = DIR.resolve("other/quotes.jsonl");
        Files.createDirectories(other.getParent());
        assertThat(SharedSpark.quotes("generate", "--records", String.valueOf(REPEATED), "--seed", "8", "--output",
                other.toString()).code()).isZero();
        Files.write(Path.of(INPUT), Files.readAllBytes(other), StandardOpenOption.APPEND);
        assertThat(Files.size(Path.of(INPUT))).isGreaterThan(10 * SharedSpark.SPLIT_BYTES);

        cli = SharedSpark.quotes("export", "--input", INPUT, "--output", DIR.resolve("cli").toString(), "--format",
                "parquet");
        spark = SharedSpark.job(INPUT, "--output", DIR.resolve("spark").toString(), "--violations",
                DIR.resolve("violations").toString(), "--violations-format", "jsonl");
    }

    @Test
    void reportsTheSameViolationsAtTheSameLinesAndTheSameSummary() throws SQLException {
        List<String> expected = cli.err().lines().filter(l -> l.startsWith(INPUT + ":")).toList();
        List<String> actual = query("SELECT file || ':' || line || ': ' || severity || ': [' || rule || '] ' || message"
                + " FROM read_json(" + literal(DIR.resolve("violations/*.json").toString()) + ", format = 'newline_delimited')"
                + " ORDER BY file, line");

        assertThat(expected).hasSizeGreaterThan(200);
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(cli.code()).isEqualTo(1);
        assertThat(spark.code()).isEqualTo(1);
        List<String> summary = cli.err().lines().filter(l -> !l.startsWith(INPUT + ":")).toList();
        assertThat(spark.err().lines().toList()).containsExactlyElementsOf(summary);
    }

    @Test
    void findsEveryKindOfDefectAndTheKeysRepeatedFarApart() throws SQLException {
        List<String> kinds = query("SELECT DISTINCT rule || ' ' || coalesce(\"column\", '-') FROM read_json("
                + literal(DIR.resolve("violations/*.json").toString()) + ", format = 'newline_delimited') ORDER BY 1");
        // The generator's six defects: reversed offsets, an unknown kind, an impossible date, no text, the key of
        // the row before, an offset written as text.
        assertThat(kinds).contains("row.value.enum kind", "row.value.type utterance_date", "row.value.required text",
                "row.id.unique quote_id", "row.value.type char_start").anyMatch(k -> k.startsWith("row.offsets.order"));
        List<String> farApart = query("SELECT count(*) FROM read_json(" + literal(DIR.resolve("violations/*.json")
                .toString()) + ", format = 'newline_delimited') WHERE rule = 'row.id.unique' AND line > " + ROWS);
        assertThat(farApart).containsExactly(String.valueOf(REPEATED));
    }

    @Test
    void writesTheSameValidRowsWithTheSameTypesInTheSameOrder() throws SQLException {
        String cliRows = "read_parquet(" + literal(DIR.resolve("cli/quotes.parquet").toString()) + ")";
        String sparkRows = "read_parquet(" + literal(DIR.resolve("spark/*.parquet").toString()) + ")";

        assertThat(query("SELECT count(*) FROM " + sparkRows)).isEqualTo(query("SELECT count(*) FROM " + cliRows))
                .isNotEqualTo(List.of("0"));
        assertThat(cli.out()).contains("(" + query("SELECT count(*) FROM " + cliRows).get(0) + " rows)");
        assertThat(spark.out()).contains("(" + query("SELECT count(*) FROM " + cliRows).get(0) + " rows)");
        assertThat(query("SELECT count(*) FROM (SELECT * FROM " + cliRows + " EXCEPT ALL SELECT * FROM " + sparkRows
                + ")")).containsExactly("0");
        assertThat(query("SELECT count(*) FROM (SELECT * FROM " + sparkRows + " EXCEPT ALL SELECT * FROM " + cliRows
                + ")")).containsExactly("0");
        assertThat(query("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM " + sparkRows + ")"))
                .containsExactlyElementsOf(query("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM "
                        + cliRows + ")"))
                .extracting(l -> l.substring(0, l.indexOf(" | ")))
                .containsExactlyElementsOf(Tables.QUOTES.columnNames());
        assertThat(query("SELECT quote_id FROM " + sparkRows.replace(")", ", filename = true, file_row_number = true)")
                + " ORDER BY filename, file_row_number")).containsExactlyElementsOf(query("SELECT quote_id FROM "
                        + cliRows.replace(")", ", file_row_number = true)") + " ORDER BY file_row_number"));
    }

    @Test
    void keepsTheNullabilityOfEachColumn() throws SQLException {
        String columns = "SELECT name, repetition_type FROM parquet_schema(%s) WHERE name IN ("
                + String.join(", ", Tables.QUOTES.columnNames().stream().map(DuckDb::literal).toList())
                + ") ORDER BY name";
        Path sparkFile = firstParquet(DIR.resolve("spark"));
        List<String> expected = query(String.format(columns, literal(DIR.resolve("cli/quotes.parquet").toString())));

        assertThat(expected).anyMatch(l -> l.endsWith("REQUIRED")).anyMatch(l -> l.endsWith("OPTIONAL"));
        assertThat(query(String.format(columns, literal(sparkFile.toString())))).containsExactlyElementsOf(expected);
    }

    private static Path firstParquet(Path folder) {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".parquet")).sorted().findFirst().orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
