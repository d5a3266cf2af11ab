package org.newsquotes.export.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.export.Column;
import org.newsquotes.export.ColumnType;
import org.newsquotes.export.Table;

/** Records prepared on several threads and written one after another give the bytes of {@link CsvTableWriter#write}. */
class CsvTableWriterTest {

    @TempDir
    Path temp;

    private static final Table<Object[]> TABLE = new Table<>("t", "a table of every type", List.of(
            Column.required("id", ColumnType.STRING, "the id", (Object[] r) -> r[0]),
            Column.optional("text", ColumnType.STRING, "a text", (Object[] r) -> r[1]),
            Column.optional("n", ColumnType.INT32, "a number", (Object[] r) -> r[2]),
            Column.optional("day", ColumnType.DATE, "a date", (Object[] r) -> r[3]),
            Column.optional("x", ColumnType.DOUBLE, "a decimal", (Object[] r) -> r[4]),
            Column.optional("names", ColumnType.STRING_LIST, "a list", (Object[] r) -> r[5])));

    private static List<Object[]> rows() {
        List<String> texts = List.of("plain", "with, comma", "with \"quotes\"", "two\r\nlines", "Москва — Genève 😀",
                " leading space", "#not a comment", "");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String text = i % 9 == 8 ? null : texts.get(i % texts.size());
            rows.add(new Object[] {"r" + i, text, i % 5 == 0 ? null : i * 37, i % 4 == 0 ? null : LocalDate.of(2022, 1, 1 + i % 28),
                i % 3 == 0 ? null : new BigDecimal("1.50").add(BigDecimal.valueOf(i)),
                i % 6 == 0 ? null : i % 6 == 1 ? List.of() : List.of("Lavrov", "Mr \"S\" Lavrov", "Сергей")});
        }
        return rows;
    }

    @Test
    void recordsPreparedOnSeveralThreadsAreWrittenAsWriteWritesTheRows() throws Exception {
        CsvTableWriter writer = new CsvTableWriter();
        List<Object[]> rows = rows();
        Path direct = temp.resolve("direct.csv");
        writer.write(TABLE, rows.iterator(), direct);

        ExecutorService threads = Executors.newFixedThreadPool(3);
        List<Future<Object[]>> prepared = new ArrayList<>();
        try {
            for (Object[] row : rows) {
                prepared.add(threads.submit(() -> writer.prepare(Arrays.copyOf(row, row.length))));
            }
            List<Object[]> records = new ArrayList<>();
            for (Future<Object[]> record : prepared) {
                records.add(record.get());
            }
            Path viaPrepare = temp.resolve("prepared.csv");

            long written = writer.writePrepared(TABLE, records.iterator(), viaPrepare);

            assertThat(written).isEqualTo(rows.size());
            assertThat(Files.mismatch(viaPrepare, direct)).isEqualTo(-1L);
            assertThat(Files.readString(direct)).startsWith("id,text,n,day,x,names\r\nr0,plain,,,,\r\n")
                    .contains("\"with \"\"quotes\"\"\"").contains("\"[\"\"Lavrov\"\",\"\"Mr \\\"\"S\\\"\" Lavrov\"\",");
        } finally {
            threads.shutdownNow();
        }
    }
}
