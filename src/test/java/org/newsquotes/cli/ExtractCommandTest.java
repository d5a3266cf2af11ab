package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.schema.Tables;
import org.newsquotes.testing.Fixtures;

/** {@code quotes extract} as a command: its files, read back by Commons CSV, and its errors. */
class ExtractCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void writesTheQuotesTableColumnsWithWhatTheRulesFind() throws IOException {
        // The quote starts at code point 16 (the globe is one code point; UTF-16 would count 17).
        Path source = temp.resolve("005_report.txt");
        Files.writeString(source, "Talks \uD83C\uDF0D ended. \"We will answer in writing next week,\" Minister Ada"
                + " Example said.\n", StandardCharsets.UTF_8);
        Path csv = temp.resolve("quotes.csv");

        assertThat(run("extract", source.toString(), "--output", csv.toString(), "--format", "csv", "--dataset",
                Fixtures.VALID.toString())).isZero();

        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(in).getRecords();
            assertThat(rows.get(0).getParser().getHeaderNames()).isEqualTo(Tables.QUOTES.columnNames());
            assertThat(rows).hasSize(1);
            CSVRecord row = rows.get(0);
            assertThat(List.of(row.get("quote_id"), row.get("document_id"), row.get("text"), row.get("char_start"),
                    row.get("char_end"), row.get("kind"), row.get("speaker_id"), row.get("speaker_name"),
                    row.get("speaker_as_written"), row.get("cue"), row.get("outlet_id"), row.get("source_file")))
                    .containsExactly("d005-q01", "d005", "We will answer in writing next week,", "16", "52", "full",
                            "ada-example", "Ada Example", "Minister Ada Example", "said", "", "005_report.txt");
        }
    }

    @Test
    void refusesAnExistingOutputAndASourceThatIsNotUtf8() throws IOException {
        Path source = temp.resolve("report.txt");
        Files.write(source, new byte[] {'a', '\n', 'b', (byte) 0xFF});
        Path existing = Files.writeString(temp.resolve("out.jsonl"), "", StandardCharsets.UTF_8);

        assertThat(run("extract", source.toString(), "--output", existing.toString(), "--dataset",
                Fixtures.VALID.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith(existing + " exists; remove it or choose another file\n");
        assertThat(run("extract", source.toString(), "--dataset", Fixtures.VALID.toString())).isOne();
        assertThat(err.toString()).contains(source + ":2:2: error: the source is not valid UTF-8 here; save it as"
                + " UTF-8\n");
        assertThat(out.toString()).isEmpty();
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }
}
