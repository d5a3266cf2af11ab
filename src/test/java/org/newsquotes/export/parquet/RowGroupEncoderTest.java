package org.newsquotes.export.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsquotes.schema.Column.optional;
import static org.newsquotes.schema.Column.required;
import static org.newsquotes.testing.DuckDb.literal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.ColumnType;
import org.newsquotes.schema.TableRows;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Tables;
import org.newsquotes.export.parquet.ParquetTableWriterTest.Row;
import org.newsquotes.load.DatasetLoader;
import org.newsquotes.load.LoadResult;
import org.newsquotes.testing.DuckDb;

/** What the encoder writes, read back by DuckDB: values, pages, row groups, encodings, statistics. */
class RowGroupEncoderTest {

    static final Table<Row> TABLE = ParquetTableWriterTest.TABLE;

    /** Every character that a text format escapes or that a reader might stumble on. */
    static final String AWKWARD = IntStream.rangeClosed(1, 0x1F).mapToObj(Character::toString)
            .reduce("", String::concat) + "\"'\\/,;|\u007F\u0085\u00A0\u2028\u2029\uFEFF\uFFFD — \uD83D\uDE42 \uD801\uDC37";

    @TempDir
    Path temp;

    @Test
    void writesValuesNullsEmptyListsAndAwkwardTextBack() throws IOException, SQLException {
        List<Row> rows = List.of(
                new Row("r1", AWKWARD, 3, -1205, new BigDecimal("-1.5"), LocalDate.of(2022, 1, 21),
                        List.of("Sergei Lavrov", AWKWARD, "𝔘𝔫𝔦𝔠𝔬𝔡𝔢")),
                new Row("r2", null, Integer.MIN_VALUE, null, null, null, List.of()),
                new Row("r3", "é", Integer.MAX_VALUE, 0, new BigDecimal("0.1"), LocalDate.of(1969, 12, 31),
                        List.of("only")));

        Path file = write(rows, 100, "awkward.parquet");

        assertThat(readBack(file)).isEqualTo(expected(rows));
    }

    @Test
    void writesTextLongerThanAPageAndManyPagesInSeveralRowGroups() throws IOException, SQLException {
        String big = "Lavrov 🙂 ".repeat(300_000);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            rows.add(new Row(String.format(java.util.Locale.ROOT, "r%06d", i), i == 123 ? big : "note " + i, i,
                    i % 5 == 0 ? null : i * 3, i % 7 == 0 ? null : BigDecimal.valueOf(i, 2),
                    i % 3 == 0 ? null : LocalDate.of(2022, 1, 1).plusDays(i % 40),
                    names(i)));
        }

        Path file = write(rows, 21_000, "many.parquet");

        assertThat(readBack(file)).isEqualTo(expected(rows));
        try (DuckDb db = new DuckDb()) {
            assertThat(db.rows("SELECT row_group_id, row_group_num_rows FROM parquet_metadata(" + literal(file)
                    + ") WHERE column_id = 0 ORDER BY row_group_id"))
                    .containsExactly(List.of(0L, 21_000L), List.of(1L, 21_000L), List.of(2L, 8_000L));
            assertThat((Long) db.value("SELECT count(*) FROM parquet_metadata(" + literal(file) + ")"))
                    .isEqualTo(3L * TABLE.columns().size());
            // A 1 MiB page of "note i" holds about 80,000 values: the first group's notes fill two pages
            // because of the long text, the others one; the page row limit cuts every column at 20,000 rows.
            assertThat((Long) db.value("SELECT total_uncompressed_size FROM parquet_metadata(" + literal(file)
                    + ") WHERE row_group_id = 0 AND path_in_schema = 'note'")).isGreaterThan(big.length());
        }
    }

    @Test
    void keepsALowCardinalityColumnInADictionaryAndStoresAHighCardinalityOnePlain()
            throws IOException, SQLException {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            rows.add(new Row("r" + i, "a unique note, number " + i + " of many", i % 4, i,
                    BigDecimal.valueOf(i % 3), LocalDate.of(2022, 1, 1).plusDays(i % 40), List.of("speaker " + i % 3)));
        }

        Path file = write(rows, 100_000, "cardinality.parquet");

        // PLAIN with RLE_DICTIONARY is the dictionary page's encoding; BIT_PACKED, the absent levels' one.
        try (DuckDb db = new DuckDb()) {
            assertThat(db.rows("SELECT path_in_schema, encodings, dictionary_page_offset IS NOT NULL FROM "
                    + "parquet_metadata(" + literal(file) + ") ORDER BY column_id")).containsExactly(
                            List.of("id", "PLAIN, BIT_PACKED", false),
                            List.of("note", "PLAIN, RLE, BIT_PACKED", false),
                            List.of("count", "PLAIN, BIT_PACKED, RLE_DICTIONARY", true),
                            List.of("offset", "PLAIN, RLE, BIT_PACKED", false),
                            List.of("value", "PLAIN, RLE, BIT_PACKED, RLE_DICTIONARY", true),
                            List.of("date", "PLAIN, RLE, BIT_PACKED, RLE_DICTIONARY", true),
                            List.of("names, list, element", "PLAIN, RLE, RLE_DICTIONARY", true));
        }
        assertThat(readBack(file)).isEqualTo(expected(rows));
    }

    @Test
    void storesTheRestOfAChunkPlainOnceItsDictionaryPassesOneMebibyte() throws IOException, SQLException {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 60_000; i++) {
            // Twenty thousand rows of few notes make a first page that a dictionary pays for; then every
            // note is new, and about 23,300 notes of 41 to 45 bytes (and their 4-byte lengths) pass 1 MiB.
            String note = i < 20_000 ? "repeated note " + i % 10 : "note number " + i + " which is never repeated";
            rows.add(new Row("r" + i, note, 1, null, null, null, List.of()));
        }

        EncodedColumnChunk notes;
        try (RowGroupEncoder encoder = new RowGroupEncoder(TABLE)) {
            rows.forEach(row -> encoder.row(values(row)));
            notes = ((PageRowGroup) encoder.finish()).columns().get(1);
        }
        Path file = write(rows, 100_000, "fallback.parquet");

        // Pages of 20,000 rows: pages one and two keep their dictionary indices; page three passes 1 MiB
        // of dictionary and is stored plain from its first value.
        assertThat(notes.pages()).extracting(EncodedPage::dictionaryEncoded).containsExactly(true, true, false);
        assertThat(notes.dictionarySize()).isBetween(10 + 23_000, 10 + 23_500);
        try (DuckDb db = new DuckDb()) {
            assertThat(db.rows("SELECT encodings, dictionary_page_offset IS NOT NULL FROM parquet_metadata("
                    + literal(file) + ") WHERE path_in_schema = 'note'"))
                    .containsExactly(List.of("PLAIN, RLE, BIT_PACKED, RLE_DICTIONARY", true));
        }
        assertThat(readBack(file)).isEqualTo(expected(rows));
    }

    @Test
    void storesAChunkPlainWhenMoreThanSevenInEightOfItsFirst1024ValuesAreDistinct()
            throws IOException, SQLException {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            // Notes and counts: 1,024 distinct values, then one value; a dictionary would pay for the page,
            // but the first values decide. Values: 896 distinct in the first 1,024, seven in eight exactly.
            boolean probe = i < ColumnChunkEncoder.PROBE_VALUES;
            rows.add(new Row("r" + i, probe ? "distinct note " + i : "the same note", probe ? i : 0, null,
                    BigDecimal.valueOf(probe ? i % 896 : 0), null, List.of()));
        }

        List<EncodedColumnChunk> chunks;
        try (RowGroupEncoder encoder = new RowGroupEncoder(TABLE)) {
            rows.forEach(row -> encoder.row(values(row)));
            chunks = ((PageRowGroup) encoder.finish()).columns();
        }
        Path file = write(rows, 100_000, "probe.parquet");

        assertThat(chunks.get(1).pages()).extracting(EncodedPage::dictionaryEncoded).containsExactly(false);
        assertThat(chunks.get(2).pages()).extracting(EncodedPage::dictionaryEncoded).containsExactly(false);
        assertThat(chunks.get(4).pages()).extracting(EncodedPage::dictionaryEncoded).containsExactly(true);
        assertThat(chunks.get(4).dictionarySize()).isEqualTo(896);
        assertThat(readBack(file)).isEqualTo(expected(rows));
    }

    @Test
    void recordsMinimumMaximumAndNullsOfEveryColumn() throws IOException, SQLException {
        List<Row> rows = List.of(
                new Row("b", "zebra", 5, -3, new BigDecimal("2.5"), LocalDate.of(2022, 1, 21), List.of("Ürgen", "Al")),
                new Row("a", "Ärger", -7, null, new BigDecimal("-10.25"), null, List.of()),
                new Row("c", null, 12, 40, null, LocalDate.of(2021, 12, 1), List.of("Zed")));

        Path file = write(rows, 100, "statistics.parquet");

        try (DuckDb db = new DuckDb()) {
            assertThat(db.rows("SELECT path_in_schema, stats_min_value, stats_max_value, stats_null_count FROM "
                    + "parquet_metadata(" + literal(file) + ") ORDER BY column_id")).containsExactly(
                            List.of("id", "a", "c", 0L),
                            // Unsigned UTF-8 bytes: "z" (7A) before "Ä" (C3 84).
                            List.of("note", "zebra", "Ärger", 1L),
                            List.of("count", "-7", "12", 0L),
                            List.of("offset", "-3", "40", 1L),
                            List.of("value", "-10.25", "2.5", 1L),
                            List.of("date", "2021-12-01", "2022-01-21", 1L),
                            // Unsigned UTF-8 bytes again: "Z" (5A) before "Ü" (C3 9C). The empty
                            // list counts as a null element.
                            List.of("names, list, element", "Al", "Ürgen", 1L));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dataset", "src/test/resources/fixtures/valid"})
    void writesEveryTableBack(String dataset) throws IOException, SQLException {
        LoadResult loaded = new DatasetLoader(Path.of("")).load(Path.of(dataset));
        assertThat(loaded.problems()).isEmpty();
        List<Tables.Export<?>> exports = Tables.all(new TableRows(loaded.dataset()));
        assertThat(exports.stream().map(e -> e.table().columns().stream().map(Column::type)).flatMap(s -> s))
                .contains(ColumnType.DOUBLE, ColumnType.STRING_LIST, ColumnType.DATE, ColumnType.INT32);

        for (Tables.Export<?> export : exports) {
            checkTable(export);
        }
    }

    @Test
    void refusesANullInARequiredColumn() {
        RowGroupEncoder encoder = new RowGroupEncoder(TABLE);

        assertThatThrownBy(() -> encoder.nullValue(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column count is required but was given a null");
        assertThatThrownBy(() -> encoder.nullValue(6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column names is required but was given a null");
    }

    @Test
    void refusesAValueOfTheWrongTypeTwoValuesAndAnIncompleteRow() {
        RowGroupEncoder encoder = new RowGroupEncoder(TABLE);
        byte[] text = "x".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> encoder.int32(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column id of type STRING was given a whole number or a date");
        encoder.text(0, text, 0, 1);
        assertThatThrownBy(() -> encoder.text(0, text, 0, 1)).isInstanceOf(IllegalStateException.class)
                .hasMessage("column id was given two values in one row");
        assertThatThrownBy(encoder::endRow).isInstanceOf(IllegalStateException.class)
                .hasMessage("column note has no complete value in row 0");
        assertThatThrownBy(() -> new RowGroupEncoder(TABLE).finish()).isInstanceOf(IllegalStateException.class)
                .hasMessage("no rows to make a row group of");
    }

    @Test
    void countsTheRowsOfTheOpenGroupOnly() {
        try (RowGroupEncoder encoder = new RowGroupEncoder(TABLE)) {
            ParquetAssemblerTest.rows(5).forEach(row -> encoder.row(values(row)));

            assertThat(encoder.rowCount()).isEqualTo(5);
            assertThat(encoder.finish().rows()).isEqualTo(5L);
            assertThat(encoder.rowCount()).isZero();
        }
    }

    private <R> void checkTable(Tables.Export<R> export) throws IOException, SQLException {
        Table<R> table = export.table();
        Path file = temp.resolve(table.name() + "-" + System.nanoTime() + ".parquet");
        List<R> rows;
        try (Stream<R> stream = export.rows().get()) {
            rows = stream.toList();
        }
        assertThat(rows).as(table.name()).isNotEmpty();
        new ParquetTableWriter(7).write(table, rows.iterator(), file);
        List<List<Object>> expected = new ArrayList<>();
        for (R row : rows) {
            List<Object> values = new ArrayList<>();
            for (Column<R> column : table.columns()) {
                Object value = column.valueOf(row);
                values.add(value instanceof BigDecimal d ? d.doubleValue() : value);
            }
            expected.add(values);
        }
        try (DuckDb db = new DuckDb()) {
            assertThat(db.rows("SELECT * FROM read_parquet(" + literal(file) + ")")).as(table.name())
                    .isEqualTo(expected);
        }
    }

    static Object[] values(Row row) {
        return new Object[] {row.id(), row.note(), row.count(), row.offset(), row.value(), row.date(), row.names()};
    }

    static List<String> names(int i) {
        return switch (i % 4) {
            case 0 -> List.of();
            case 1 -> List.of("Antony Blinken");
            case 2 -> List.of("Sergei Lavrov", "name " + i % 1000);
            default -> List.of("a", "b", "c " + i % 17);
        };
    }

    private Path write(List<Row> rows, int rowsPerGroup, String name) throws IOException {
        Path file = temp.resolve(name);
        assertThat(new ParquetTableWriter(rowsPerGroup).write(TABLE, rows.iterator(), file)).isEqualTo(rows.size());
        return file;
    }

    private static List<List<Object>> readBack(Path file) throws SQLException {
        try (DuckDb db = new DuckDb()) {
            return db.rows("SELECT * FROM read_parquet(" + literal(file) + ")");
        }
    }

    private static List<List<Object>> expected(List<Row> rows) {
        return rows.stream().map(r -> Arrays.asList(r.id(), r.note(), r.count(), r.offset(),
                r.value() == null ? null : r.value().doubleValue(), r.date(), r.names())).toList();
    }

}
