package org.newsquotes.validate.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.schema.Tables;

/**
 * The JSON parser reads JSON Lines alike whether it expects the table's names in order (as the bulk
 * path asks it to, for speed) or not: the same rows, names, cells and lines, and the same error at the
 * same place, on generated rows and on rows changed at random.
 */
class JsonRowReaderTest {

    @Test
    void readsRowsAlikeWhetherItExpectsTheTablesNamesOrNot(@TempDir Path dir) throws IOException {
        String[] lines = new String(Pieces.generated(dir, 40, 5, 0.05), StandardCharsets.UTF_8).split("\n");
        byte[] punctuation = " \t\"\\,:{}[]0-en\r\n".getBytes(StandardCharsets.UTF_8);
        Random random = new Random(7);
        int errors = 0;
        for (int i = 0; i < 2000; i++) {
            StringBuilder piece = new StringBuilder();
            for (int r = 0; r < 3; r++) {
                piece.append(lines[random.nextInt(lines.length)]).append('\n');
            }
            byte[] bytes = piece.toString().getBytes(StandardCharsets.UTF_8);
            if (i % 2 == 1) {
                bytes[random.nextInt(bytes.length)] = punctuation[random.nextInt(punctuation.length)];
            }
            String plain = read(bytes, false);
            assertThat(read(bytes, true)).as(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(plain);
            errors += plain.contains("error at") ? 1 : 0;
        }
        assertThat(errors).as("pieces the parser cannot read").isBetween(100, 1000);
    }

    /** Every row read, shown, then the error that ended the reading with its place, if any. */
    private static String read(byte[] bytes, boolean expectingNames) throws IOException {
        List<String> shown = new ArrayList<>();
        try (RowReader reader = expectingNames ? RowReaders.jsonLines(bytes, 0, bytes.length, Tables.QUOTES)
                : RowReaders.jsonLines(bytes, 0, bytes.length)) {
            for (Row row = new Row(); reader.next(row); row = new Row()) {
                shown.add(Pieces.shown(row));
            }
        } catch (RowFileException e) {
            shown.add("error at " + e.line() + ":" + e.column() + ": " + e.getMessage());
        }
        return String.join("\n", shown);
    }
}
