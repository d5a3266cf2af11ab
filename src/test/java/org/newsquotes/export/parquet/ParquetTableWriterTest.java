package org.newsquotes.export.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsquotes.schema.Column.optional;
import static org.newsquotes.schema.Column.required;
import static org.newsquotes.testing.DuckDb.literal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.schema.ColumnType;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Tables;
import org.newsquotes.model.DatasetVersion;
import org.newsquotes.testing.DuckDb;

/** Parquet written without Hadoop, read back by DuckDB. */
class ParquetTableWriterTest {

    record Row(String id, String note, Integer count, Integer offset, BigDecimal value, LocalDate date,
            List<String> names) {
    }

    static final Table<Row> TABLE = new Table<Row>("sample", "A row of every column type.", List.of(
            required("id", ColumnType.STRING, "Id.", Row::id),
            optional("note", ColumnType.STRING, "Note.", Row::note),
            required("count", ColumnType.INT32, "Count.", Row::count),
            optional("offset", ColumnType.INT32, "Offset.", Row::offset),
            optional("value", ColumnType.DOUBLE, "Value.", Row::value),
            optional("date", ColumnType.DATE, "Date.", Row::date),
            required("names", ColumnType.STRING_LIST, "Names.", Row::names)));

    static final List<Row> ROWS = List.of(
            new Row("r1", "Lavrov said \"no\" — 🙂", 3, 1205, new BigDecimal("1.5"), LocalDate.of(2022, 1, 21),
                    List.of("Sergei Lavrov", "Mr Lavrov")),
            new Row("r2", null, 0, null, null, null, List.of()));

    @TempDir
    Path temp;

    @Test
    void hadoopIsNotOnTheTestClassPath() {
        assertThatThrownBy(() -> Class.forName("org.apache.hadoop.conf.Configuration"))
                .isInstanceOf(ClassNotFoundException.class)
                .hasMessage("org.apache.hadoop.conf.Configuration");
    }

    @Test
    void writesEveryColumnTypeAsItsLogicalType() throws IOException, SQLException {
        Path file = write(ROWS.iterator(), "sample.parquet");

        try (DuckDb db = new DuckDb()) {
            assertThat(db.strings("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet("
                    + literal(file) + "))")).containsExactly("id VARCHAR", "note VARCHAR", "count INTEGER",
                            "offset INTEGER", "value DOUBLE", "date DATE", "names VARCHAR[]");
            assertThat(db.rows("SELECT name, repetition_type, logical_type FROM parquet_schema(" + literal(file)
                    + ") WHERE name IN ('id', 'note', 'count', 'offset', 'value', 'date', 'names', 'element')"))
                    .map(r -> r.get(0) + " " + r.get(1) + " " + r.get(2))
                    .containsExactly("id REQUIRED StringType()", "note OPTIONAL StringType()", "count REQUIRED null",
                            "offset OPTIONAL null", "value OPTIONAL null", "date OPTIONAL DateType()",
                            "names REQUIRED ListType()", "element REQUIRED StringType()");
        }
    }

    @Test
    void writesTheValuesNullsAndEmptyListsBack() throws IOException, SQLException {
        Path file = write(ROWS.iterator(), "sample.parquet");

        try (DuckDb db = new DuckDb()) {
            List<List<Object>> rows = db.rows("SELECT * FROM read_parquet("
                    + literal(file) + ")");
            assertThat(rows).containsExactly(
                    Arrays.asList("r1", "Lavrov said \"no\" — 🙂", 3, 1205, 1.5, LocalDate.of(2022, 1, 21),
                            List.of("Sergei Lavrov", "Mr Lavrov")),
                    Arrays.asList("r2", null, 0, null, null, null, List.of()));
        }
    }

    @Test
    void recordsTheVersionsAndCompressesWithZstd() throws IOException, SQLException {
        Path file = write(ROWS.iterator(), "sample.parquet");

        try (DuckDb db = new DuckDb()) {
            assertThat(db.rows("SELECT decode(key), decode(value) FROM parquet_kv_metadata(" + literal(file) + ")"))
                    .containsExactly(List.of("org.newsquotes.dataset_version", DatasetVersion.current()),
                            List.of("org.newsquotes.schema_version", Tables.SCHEMA_VERSION));
            assertThat(db.rows("SELECT DISTINCT compression FROM parquet_metadata(" + literal(file) + ")"))
                    .containsExactly(List.of("ZSTD"));
        }
    }

    @Test
    void theSameRowsGiveTheSameBytes() throws IOException {
        Path first = write(ROWS.iterator(), "first.parquet");
        Path second = write(ROWS.iterator(), "second.parquet");

        assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
    }

    @Test
    void streamsRowsIntoRowGroupsOfTheGivenNumberOfRows() throws IOException, SQLException {
        int count = 60_000;
        Iterator<Row> generated = IntStream.range(0, count).mapToObj(i -> new Row("r" + i, "note " + i, i, i, null,
                null, List.of("n" + i))).iterator();
        Path file = temp.resolve("many.parquet");

        long written = new ParquetTableWriter(25_000).write(TABLE, generated, file);

        assertThat(written).isEqualTo(count);
        try (DuckDb db = new DuckDb()) {
            assertThat((Long) db.value("SELECT count(DISTINCT row_group_id) FROM parquet_metadata(" + literal(file)
                    + ")")).isGreaterThan(1L);
            assertThat(db.value("SELECT sum(count) FROM read_parquet(" + literal(file) + ")"))
                    .hasToString(Long.toString((long) count * (count - 1) / 2));
        }
    }

    @Test
    void refusesToOverwriteAFile() throws IOException {
        Path file = Files.writeString(temp.resolve("taken.parquet"), "x");

        assertThatThrownBy(() -> new ParquetTableWriter().write(TABLE, ROWS.iterator(), file))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class)
                .hasMessageContaining("taken.parquet");
    }

    private Path write(Iterator<Row> rows, String name) throws IOException {
        Path file = temp.resolve(name);
        assertThat(new ParquetTableWriter().write(TABLE, rows, file)).isEqualTo(ROWS.size());
        return file;
    }
}
