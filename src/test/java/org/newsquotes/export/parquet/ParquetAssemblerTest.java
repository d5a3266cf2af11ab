package org.newsquotes.export.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.ColumnType;
import org.newsquotes.schema.Table;
import org.newsquotes.export.parquet.ParquetTableWriterTest.Row;

/** Row groups encoded on several threads and appended in order make the file one writer makes. */
class ParquetAssemblerTest {

    static final int ROWS_PER_GROUP = 25_000;

    @TempDir
    Path temp;

    @Test
    void rowGroupsEncodedOnThreeThreadsAndAppendedInOrderGiveTheBytesOfOneWriter()
            throws IOException, InterruptedException, ExecutionException {
        List<Row> rows = rows(3 * ROWS_PER_GROUP - 1_000);
        Path sequential = temp.resolve("sequential.parquet");
        new ParquetTableWriter(ROWS_PER_GROUP).write(ParquetTableWriterTest.TABLE, rows.iterator(), sequential);

        Path parallel = temp.resolve("parallel.parquet");
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<EncodedRowGroup>> groups = new ArrayList<>();
            // Submitted last group first, so that the groups are not encoded in file order.
            for (int start = 2 * ROWS_PER_GROUP; start >= 0; start -= ROWS_PER_GROUP) {
                List<Row> slice = rows.subList(start, Math.min(rows.size(), start + ROWS_PER_GROUP));
                groups.add(0, threads.submit(() -> {
                    try (RowGroupEncoder encoder = new RowGroupEncoder(ParquetTableWriterTest.TABLE)) {
                        slice.forEach(row -> encoder.row(RowGroupEncoderTest.values(row)));
                        return encoder.finish();
                    }
                }));
            }
            try (ParquetAssembler assembler = new ParquetAssembler(parallel, ParquetTableWriterTest.TABLE)) {
                for (Future<EncodedRowGroup> group : groups) {
                    assembler.append(group.get());
                }
            }
        } finally {
            threads.shutdown();
        }

        assertThat(Files.size(parallel)).isGreaterThan(100_000L);
        assertThat(Files.mismatch(sequential, parallel)).isEqualTo(-1L);
    }

    @Test
    void theSameRowsGiveTheSameBytesTwice() throws IOException {
        List<Row> rows = rows(2 * ROWS_PER_GROUP + 7);
        Path first = temp.resolve("first.parquet");
        Path second = temp.resolve("second.parquet");

        new ParquetTableWriter(ROWS_PER_GROUP).write(ParquetTableWriterTest.TABLE, rows.iterator(), first);
        new ParquetTableWriter(ROWS_PER_GROUP).write(ParquetTableWriterTest.TABLE, rows.iterator(), second);

        assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
    }

    @Test
    void oneEncoderReusedForEveryGroupGivesTheSameBytesAsFreshOnes() throws IOException {
        List<Row> rows = rows(2 * ROWS_PER_GROUP);
        Path reused = temp.resolve("reused.parquet");
        Path fresh = temp.resolve("fresh.parquet");
        try (RowGroupEncoder encoder = new RowGroupEncoder(ParquetTableWriterTest.TABLE);
                ParquetAssembler assembler = new ParquetAssembler(reused, ParquetTableWriterTest.TABLE)) {
            for (int start = 0; start < rows.size(); start += ROWS_PER_GROUP) {
                rows.subList(start, start + ROWS_PER_GROUP).forEach(r -> encoder.row(RowGroupEncoderTest.values(r)));
                assembler.append(encoder.finish());
            }
        }
        try (ParquetAssembler assembler = new ParquetAssembler(fresh, ParquetTableWriterTest.TABLE)) {
            for (int start = 0; start < rows.size(); start += ROWS_PER_GROUP) {
                try (RowGroupEncoder once = new RowGroupEncoder(ParquetTableWriterTest.TABLE)) {
                    rows.subList(start, start + ROWS_PER_GROUP).forEach(r -> once.row(RowGroupEncoderTest.values(r)));
                    assembler.append(once.finish());
                }
            }
        }

        assertThat(Files.mismatch(reused, fresh)).isEqualTo(-1L);
    }

    @Test
    void refusesAnExistingFileAndAGroupOfAnotherTable() throws IOException {
        Path taken = Files.writeString(temp.resolve("taken.parquet"), "x");
        assertThatThrownBy(() -> new ParquetAssembler(taken, ParquetTableWriterTest.TABLE))
                .isInstanceOf(FileAlreadyExistsException.class).hasMessageContaining("taken.parquet");

        Table<Row> ids = new Table<>("ids", "Ids.", List.of(Column.required("id", ColumnType.STRING, "Id.", Row::id)));
        EncodedRowGroup group;
        try (RowGroupEncoder encoder = new RowGroupEncoder(ids)) {
            encoder.text(0, new byte[] {'x'}, 0, 1);
            encoder.endRow();
            group = encoder.finish();
        }
        try (ParquetAssembler assembler = new ParquetAssembler(temp.resolve("other.parquet"),
                ParquetTableWriterTest.TABLE)) {
            assertThatThrownBy(() -> assembler.append(group)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a row group of 1 columns for a table of 7");
        }
    }

    /** Rows of every column type, with nulls, empty lists, and columns of few and of many values. */
    static List<Row> rows(int count) {
        List<Row> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(new Row(String.format(Locale.ROOT, "r%07d", i), i % 11 == 0 ? null : "note " + i % 500, i % 97,
                    i % 5 == 0 ? null : i * 3, i % 7 == 0 ? null : BigDecimal.valueOf(i % 1000, 1),
                    i % 3 == 0 ? null : LocalDate.of(2022, 1, 1).plusDays(i % 40), RowGroupEncoderTest.names(i)));
        }
        return rows;
    }
}
