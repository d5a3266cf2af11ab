package org.newsquotes.export;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsquotes.export.csv.CsvTableWriter;
import org.newsquotes.export.json.JsonTableWriter;
import org.newsquotes.export.parquet.ParquetTableWriter;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.ColumnType;

/**
 * Rows prepared on several threads and written one after another ({@link TableWriter#prepare},
 * {@link TableWriter#writePrepared}) give the bytes that {@link TableWriter#write} writes from the rows.
 */
class PreparedRowsTest {

    @TempDir
    Path temp;

    private static final Table<Object[]> TABLE = new Table<Object[]>("t", "a table of every type", List.of(
            Column.required("id", ColumnType.STRING, "the id", (Object[] r) -> r[0]),
            Column.optional("text", ColumnType.STRING, "a text", (Object[] r) -> r[1]),
            Column.optional("n", ColumnType.INT32, "a number", (Object[] r) -> r[2]),
            Column.optional("day", ColumnType.DATE, "a date", (Object[] r) -> r[3]),
            Column.optional("x", ColumnType.DOUBLE, "a decimal", (Object[] r) -> r[4]),
            Column.optional("names", ColumnType.STRING_LIST, "a list", (Object[] r) -> r[5]))).positional();

    static Stream<TableWriter> writers() {
        return Stream.of(new CsvTableWriter(), JsonTableWriter.lines(), JsonTableWriter.array(),
                new ParquetTableWriter(100));
    }

    private static List<Object[]> rows(int count) {
        List<String> texts = List.of("plain", "with, comma", "with \"quotes\"", "two\r\nlines", "Москва — Genève 😀",
                " leading space", "#not a comment", "tab\tand \\ backslash");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {"r" + i, i % 9 == 8 ? null : texts.get(i % texts.size()),
                i % 5 == 0 ? null : i * 37, i % 4 == 0 ? null : LocalDate.of(2022, 1, 1 + i % 28),
                i % 3 == 0 ? null : new BigDecimal("1.50").add(BigDecimal.valueOf(i)),
                i % 6 == 0 ? null : i % 6 == 1 ? List.of() : List.of("Lavrov", "Mr \"S\" Lavrov", "Сергей")});
        }
        return rows;
    }

    /** The file {@code writer} writes from rows prepared three at a time on three threads. */
    private Path writePrepared(TableWriter writer, List<Object[]> rows, String name) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<Object[]>> prepared = new ArrayList<>();
            for (Object[] row : rows) {
                prepared.add(threads.submit(() -> writer.prepare(TABLE, Arrays.copyOf(row, row.length))));
            }
            List<Object[]> done = new ArrayList<>();
            for (Future<Object[]> row : prepared) {
                done.add(row.get());
            }
            Path file = temp.resolve(name);
            assertThat(writer.writePrepared(TABLE, done.iterator(), file)).isEqualTo(rows.size());
            return file;
        } finally {
            threads.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("writers")
    void preparedRowsAreWrittenAsWriteWritesTheRows(TableWriter writer) throws Exception {
        for (int count : new int[] {0, 1, 400}) {
            List<Object[]> rows = rows(count);
            Path direct = temp.resolve(count + "-direct." + writer.extension());
            writer.write(TABLE, rows.iterator(), direct);

            Path prepared = writePrepared(writer, rows, count + "-prepared." + writer.extension());

            assertThat(Files.mismatch(prepared, direct)).as("%d rows", count).isEqualTo(-1L);
        }
    }

    @Test
    void preparedCsvRecordsAreQuotedAsRfc4180Asks() throws Exception {
        Path csv = writePrepared(new CsvTableWriter(), rows(3), "t.csv");

        assertThat(Files.readString(csv)).isEqualTo("id,text,n,day,x,names\r\n"
                + "r0,plain,,,,\r\n"
                + "r1,\"with, comma\",37,2022-01-02,2.5,[]\r\n"
                + "r2,\"with \"\"quotes\"\"\",74,2022-01-03,3.5,\"[\"\"Lavrov\"\",\"\"Mr \\\"\"S\\\"\" Lavrov\"\",\"\"Сергей\"\"]\"\r\n");
    }

    @Test
    void preparedJsonLinesAreOneObjectALine() throws Exception {
        Path jsonl = writePrepared(JsonTableWriter.lines(), rows(2), "t.jsonl");

        assertThat(Files.readString(jsonl)).isEqualTo(
                "{\"id\":\"r0\",\"text\":\"plain\",\"n\":null,\"day\":null,\"x\":null,\"names\":null}\n"
                + "{\"id\":\"r1\",\"text\":\"with, comma\",\"n\":37,\"day\":\"2022-01-02\",\"x\":2.5,\"names\":[]}\n");
    }
}
