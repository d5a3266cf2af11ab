package org.newsquotes.export.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.schema.Column.optional;
import static org.newsquotes.schema.Column.required;
import static org.newsquotes.testing.DuckDb.literal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsquotes.generate.QuoteCorpusGenerator;
import org.newsquotes.schema.ColumnType;
import org.newsquotes.schema.Table;
import org.newsquotes.testing.DuckDb;
import org.newsquotes.testing.ParquetJava;

/**
 * The same rows through this tool's encoder and through parquet-java's column writers, read back by
 * two independent readers, DuckDB and parquet-java's record reader: each gives back every row and
 * value that went in, for 0 rows, 1, exactly one row group and one row more, with nulls, empty lists,
 * null lists, lists holding an empty string, and doubles of every size and sign the data can hold.
 * The DOUBLE column holds decimals of JSON numbers, which have no NaN or infinity.
 */
class ParquetReadersTest {

    record Row(String id, String note, Integer count, BigDecimal value, LocalDate date, List<String> names,
            List<String> aliases) {
    }

    static final Table<Row> TABLE = new Table<Row>("sample", "A row of every column type.", List.of(
            required("id", ColumnType.STRING, "Id.", Row::id),
            optional("note", ColumnType.STRING, "Note.", Row::note),
            optional("count", ColumnType.INT32, "Count.", Row::count),
            optional("value", ColumnType.DOUBLE, "Value.", Row::value),
            optional("date", ColumnType.DATE, "Date.", Row::date),
            required("names", ColumnType.STRING_LIST, "Names.", Row::names),
            optional("aliases", ColumnType.STRING_LIST, "Aliases.", Row::aliases)));

    private static final List<BigDecimal> VALUES = List.of(new BigDecimal("0"), new BigDecimal("-1.5"),
            new BigDecimal("1e300"), new BigDecimal("-4.9e-324"), new BigDecimal("123456789.123456789"),
            new BigDecimal("0.1"), new BigDecimal("-0.0"));

    /** Each column chunk's statistics, as DuckDB reads them from the footer. */
    private static final String CHUNKS = "SELECT row_group_id, path_in_schema, num_values, stats_min_value,"
            + " stats_max_value, stats_null_count FROM parquet_metadata(%s) ORDER BY row_group_id, column_id";

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, ParquetTableWriter.ROWS_PER_GROUP, ParquetTableWriter.ROWS_PER_GROUP + 1})
    void bothEncodersWriteEveryValueBothReadersReadBack(int count) throws IOException, SQLException {
        List<Row> rows = rows(count);
        List<List<Object>> expected = expected(rows, date -> (int) date.toEpochDay());

        List<List<List<Object>>> statistics = new ArrayList<>();
        for (String pages : LibraryPages.ENCODERS) {
            Path file = temp.resolve(pages + "-" + count + ".parquet");
            long written = LibraryPages.writer(pages, ParquetTableWriter.ROWS_PER_GROUP)
                    .write(TABLE, rows.iterator(), file);

            assertThat(written).isEqualTo(count);
            assertThat(ParquetJava.rows(file)).as("parquet-java reading %s", pages).isEqualTo(expected);
            try (DuckDb db = new DuckDb()) {
                assertThat(db.rows("SELECT * FROM read_parquet(" + literal(file) + ")")).as("DuckDB reading %s", pages)
                        .isEqualTo(expected(rows, date -> date));
                assertThat(db.value("SELECT count(DISTINCT row_group_id) FROM parquet_metadata(" + literal(file)
                        + ")")).isEqualTo((long) (count + ParquetTableWriter.ROWS_PER_GROUP - 1)
                                / ParquetTableWriter.ROWS_PER_GROUP);
                statistics.add(db.rows(CHUNKS.formatted(literal(file))));
            }
        }
        assertThat(statistics.get(1)).as("the column chunks' statistics").isEqualTo(statistics.get(0));
    }

    @Test
    void onGeneratedQuotesBothEncodersGiveTheSameRowsAndStatistics() throws IOException, SQLException {
        int count = 2 * ParquetTableWriter.ROWS_PER_GROUP + 100;
        QuoteCorpusGenerator generator = new QuoteCorpusGenerator(new QuoteCorpusGenerator.Options(count, 7, 0));
        Path own = temp.resolve("own.parquet");
        Path library = temp.resolve("library.parquet");
        new ParquetTableWriter().write(generator.table(), generator.rows(), own);
        generator = new QuoteCorpusGenerator(new QuoteCorpusGenerator.Options(count, 7, 0));
        LibraryPages.writer(ParquetTableWriter.ROWS_PER_GROUP)
                .write(generator.table(), generator.rows(), library);

        List<List<Object>> ownRows = ParquetJava.rows(own);
        assertThat(ownRows).hasSize(count);
        assertThat(ParquetJava.rows(library)).isEqualTo(ownRows);
        try (DuckDb db = new DuckDb()) {
            assertThat(db.value("SELECT count(*) FROM (SELECT * FROM read_parquet(" + literal(own)
                    + ") EXCEPT ALL SELECT * FROM read_parquet(" + literal(library) + "))")).isEqualTo(0L);
            assertThat(db.rows(CHUNKS.formatted(literal(library)))).isEqualTo(db.rows(CHUNKS.formatted(literal(own))))
                    .hasSize(3 * generator.table().columns().size());
        }
    }

    /** Rows that go round every kind of value, null and list, one kind per column at each row. */
    static List<Row> rows(int count) {
        List<List<String>> lists = List.of(List.of(), List.of(""), List.of("a", "", "é — 🙂"), List.of("solo"));
        return IntStream.range(0, count).mapToObj(i -> new Row("r" + i,
                i % 5 == 0 ? null : i % 5 == 1 ? "" : "note " + (i % 97),
                i % 7 == 0 ? null : i % 2 == 0 ? -i : i,
                i % 11 == 0 ? null : VALUES.get(i % VALUES.size()).add(BigDecimal.valueOf(i % 3)),
                i % 13 == 0 ? null : LocalDate.of(1969, 12, 31).plusDays(i % 400),
                lists.get(i % lists.size()),
                i % 3 == 0 ? null : lists.get((i / 3) % lists.size()))).toList();
    }

    /** The rows as a reader should give them back, dates in the form {@code date} makes them. */
    private static List<List<Object>> expected(List<Row> rows, Function<LocalDate, Object> date) {
        List<List<Object>> expected = new ArrayList<>();
        for (Row row : rows) {
            expected.add(Arrays.asList(row.id(), row.note(), row.count(),
                    row.value() == null ? null : row.value().doubleValue(),
                    row.date() == null ? null : date.apply(row.date()), row.names(), row.aliases()));
        }
        return expected;
    }
}
