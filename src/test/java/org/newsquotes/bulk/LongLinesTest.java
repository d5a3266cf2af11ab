package org.newsquotes.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.cli.Main;
import org.newsquotes.export.json.JsonTableWriter;
import org.newsquotes.generate.QuoteCorpusGenerator;
import org.newsquotes.schema.ReadLimits;

/**
 * A line of JSON Lines longer than the longest line read is one row past a limit, reported at its
 * line with the limit named; it is never held whole in memory, and the rows after it are checked at
 * their own lines. A file without a line end is one such row.
 */
class LongLinesTest {

    @TempDir
    Path temp;

    @Test
    void aLineLongerThanTheLimitIsARowErrorAndTheRowsAfterItAreChecked() throws IOException {
        List<String> rows = generatedRows(6);
        Path file = temp.resolve("long.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 3; i++) {
                out.write((rows.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            writeLongLine(out, ReadLimits.MAX_LINE_BYTES + 1000);
            out.write('\n');
            out.write((rows.get(3) + "\n").getBytes(StandardCharsets.UTF_8));
            out.write((rows.get(4).replaceFirst("\"kind\":\"[a-z]+\"", "\"kind\":\"speech\"") + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }

        String report = validate(file);

        assertThat(report).startsWith(file + ":4: error: [row.read-limit] the row's line is longer than "
                + ReadLimits.MAX_LINE_BYTES + " bytes, the longest line read; it is not checked\n"
                + file + ":6: error: [row.value.enum] column \"kind\" has unknown value \"speech\"");
        assertThat(report).endsWith("2 errors, 0 warnings in 1 file\n");
    }

    @Test
    void aFileWithoutALineEndIsOneRowPastTheLimit() throws IOException {
        Path file = temp.resolve("one-line.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            writeLongLine(out, 3 * ReadLimits.MAX_LINE_BYTES);
        }

        assertThat(validate(file)).isEqualTo(file + ":1: error: [row.read-limit] the row's line is longer than "
                + ReadLimits.MAX_LINE_BYTES + " bytes, the longest line read; it is not checked\n"
                + "1 error, 0 warnings in 1 file\n");
    }

    private static void writeLongLine(OutputStream out, int bytes) throws IOException {
        out.write("{\"quote_id\":\"d000-q01\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
        byte[] text = new byte[1 << 20];
        Arrays.fill(text, (byte) 'a');
        for (int written = 0; written < bytes; written += text.length) {
            out.write(text, 0, Math.min(text.length, bytes - written));
        }
    }

    private String validate(Path file) {
        StringWriter report = new StringWriter();
        Main.run(new PrintWriter(report), new PrintWriter(report), "validate", "--table", "quotes", file.toString());
        return report.toString();
    }

    private List<String> generatedRows(int count) throws IOException {
        Path file = temp.resolve("rows.jsonl");
        QuoteCorpusGenerator generator = new QuoteCorpusGenerator(new QuoteCorpusGenerator.Options(count, 3, 0));
        JsonTableWriter.lines().write(generator.table(), generator.rows(), file);
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }
}
