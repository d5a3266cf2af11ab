package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bulk path and the dataset's export agree: each table's JSON Lines export, checked and exported
 * again by {@code quotes export --table T --input}, gives back every one of the table's export files
 * byte for byte. The rows are the dataset's own, with long quotations, escapes and lists, so the
 * quick test, the values taken from the bytes and the Parquet encoder's row groups all take part.
 */
class BulkReExportTest {

    private static final Path EXPORTS = Path.of("exports");

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"quotes", "claims", "speakers", "outlets", "documents", "utterances", "claim_groups"})
    void reExportingATablesJsonLinesGivesBackItsExports(String table) throws IOException {
        Path input = Files.copy(EXPORTS.resolve(table + ".jsonl"), temp.resolve(table + ".jsonl"));
        Path output = temp.resolve("out");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "export", "--table", table, "--input",
                input.toString(), "--output", output.toString(), "--format", "parquet,csv,json,jsonl");

        assertThat(code).as(err.toString()).isZero();
        for (String format : List.of("parquet", "csv", "json", "jsonl")) {
            String name = table + "." + format;
            assertThat(Files.mismatch(output.resolve(name), EXPORTS.resolve(name))).as(name).isEqualTo(-1L);
        }
    }
}
