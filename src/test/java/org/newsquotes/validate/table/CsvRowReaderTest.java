package org.newsquotes.validate.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.cli.Main;
import org.newsquotes.export.csv.CsvTableWriter;
import org.newsquotes.generate.QuoteCorpusGenerator;

/** Bytes that are not UTF-8 in a CSV file are reported at the line and column that hold them. */
class CsvRowReaderTest {

    @TempDir
    Path temp;

    @Test
    void bytesThatAreNotUtf8AreReportedWhereTheyAreFarPastTheReadersBuffer() throws IOException {
        Path valid = temp.resolve("valid.csv");
        QuoteCorpusGenerator generator = new QuoteCorpusGenerator(new QuoteCorpusGenerator.Options(500, 5, 0));
        new CsvTableWriter().write(generator.table(), generator.rows(), valid);
        List<String> lines = List.of(new String(Files.readAllBytes(valid), StandardCharsets.UTF_8).split("\r\n"));
        int badLine = 450;
        String line = lines.get(badLine - 1);
        int cut = line.indexOf(',', line.indexOf(',') + 1) + 3;

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int lineInFile = 0;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (i == badLine - 1) {
                bytes.writeBytes(text.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                // The line an editor shows: line feeds inside quoted fields count too.
                lineInFile = 1 + (int) new String(bytes.toByteArray(), StandardCharsets.UTF_8).chars()
                        .filter(c -> c == '\n').count();
                bytes.write(0xFF);
                text = text.substring(cut);
            }
            bytes.writeBytes((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        Path file = Files.write(temp.resolve("quotes.csv"), bytes.toByteArray());
        assertThat(Files.size(file)).as("far past a reader's buffer of 8 KiB").isGreaterThan(100_000);

        StringWriter report = new StringWriter();
        int code = Main.run(new PrintWriter(report), new PrintWriter(report), "validate", file.toString());

        assertThat(code).isEqualTo(1);
        assertThat(lineInFile).as("records that hold line feeds").isGreaterThan(badLine);
        assertThat(report.toString()).isEqualTo(file + ":" + lineInFile + ":" + (line.codePointCount(0, cut) + 1)
                + ": error: [row.file.unreadable] not well-formed CSV: the bytes here are not UTF-8; save the file as"
                + " UTF-8; rows after this point are not checked\n1 error, 0 warnings in 1 file\n");
    }
}
