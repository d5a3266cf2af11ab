package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.testing.DuckDb.literal;

import java.time.Clock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.ColumnType;
import org.newsquotes.schema.TableRows;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Tables;
import org.newsquotes.testing.DuckDb;

/**
 * The bundled dataset's exports as DuckDB reads them: every table in every format has the documented
 * column types, and the four formats hold the same rows.
 */
class ExportsReadByDuckDbTest {

    static final List<String> FORMATS = List.of("csv", "json", "jsonl", "parquet");

    @TempDir
    static Path temp;

    static Path exports;
    static TableRows rows;
    static DuckDb db;

    @BeforeAll
    static void export() throws IOException, SQLException {
        DatasetCheck check = DatasetCheck.run(Path.of("dataset"), Clock.systemUTC());
        assertThat(check.fails(false)).isFalse();
        rows = new TableRows(check.dataset());
        exports = temp.resolve("exports");
        ExportCommand.exporter(check.dataset()).export(Tables.all(rows), exports);
        db = new DuckDb();
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    static Stream<String> tables() {
        return Tables.definitions().stream().map(Table::name);
    }

    static Table<?> table(String name) {
        return Tables.definitions().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    static Stream<Arguments> tablesAndFormatPairs() {
        return tables().flatMap(name -> {
            Stream.Builder<Arguments> pairs = Stream.builder();
            for (int i = 0; i < FORMATS.size(); i++) {
                for (int j = i + 1; j < FORMATS.size(); j++) {
                    pairs.add(Arguments.of(name, FORMATS.get(i), FORMATS.get(j)));
                }
            }
            return pairs.build();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void parquetHasTheDocumentedTypes(String name) throws SQLException {
        Table<?> table = table(name);
        assertThat(db.strings("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet("
                + literal(exports.resolve(table.name() + ".parquet")) + "))"))
                .containsExactlyElementsOf(table.columns().stream()
                        .map(c -> c.name() + " " + parquetType(c.type())).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void jsonAndJsonLinesHaveTheDocumentedTypesWithoutBeingTold(String name) throws SQLException {
        Table<?> table = table(name);
        for (String format : List.of("json", "jsonl")) {
            Path file = exports.resolve(table.name() + "." + format);
            List<String> detected = db.strings("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_json("
                    + literal(file) + "))");
            List<String> expected = table.columns().stream()
                    .map(c -> c.name() + " " + (hasValues(file, c) ? jsonType(file, c) : "JSON")).toList();
            assertThat(detected).as(file.getFileName().toString()).containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void csvReadsWithTheDeclaredTypes(String name) throws SQLException {
        Table<?> table = table(name);
        long count = (Long) db.value("SELECT count(*) FROM " + relation(table, "csv"));

        assertThat(count).isEqualTo(rowCount(table)).isPositive();
    }

    @ParameterizedTest(name = "{0}: {1} and {2}")
    @MethodSource("tablesAndFormatPairs")
    void everyPairOfFormatsHoldsTheSameRows(String name, String format, String other) throws SQLException {
        Table<?> table = table(name);

        assertThat(difference(relation(table, format), relation(table, other))).isEmpty();
        assertThat(difference(relation(table, other), relation(table, format))).isEmpty();
        assertThat((Long) db.value("SELECT count(*) FROM " + relation(table, format))).isEqualTo(rowCount(table));
    }

    @Test
    void theComparisonFindsOneChangedValue() throws IOException, SQLException {
        Path changed = temp.resolve("changed");
        Files.createDirectories(changed);
        String csv = Files.readString(exports.resolve("quotes.csv"), StandardCharsets.UTF_8);
        String firstId = rows.quotes().findFirst().orElseThrow().quote().id();
        assertThat(csv).contains("\r\n" + firstId + ",");
        Files.writeString(changed.resolve("quotes.csv"), csv.replace("\r\n" + firstId + ",", "\r\n" + firstId + "x,"),
                StandardCharsets.UTF_8);
        String csvRelation = relation(Tables.QUOTES, changed.resolve("quotes.csv"), "csv");
        String parquetRelation = relation(Tables.QUOTES, "parquet");

        assertThat(difference(csvRelation, parquetRelation)).singleElement()
                .satisfies(row -> assertThat(row.get(0)).isEqualTo(firstId + "x"));
        assertThat(difference(parquetRelation, csvRelation)).singleElement()
                .satisfies(row -> assertThat(row.get(0)).isEqualTo(firstId));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void primaryAndForeignKeysHold(String name) throws SQLException {
        Table<?> table = table(name);
        String self = relation(table, "parquet");
        String key = table.primaryKey().stream().map(ExportsReadByDuckDbTest::quoted).collect(Collectors.joining(", "));
        assertThat((Long) db.value("SELECT count(*) - count(DISTINCT (" + key + ")) FROM " + self)).isZero();
        for (Table.ForeignKey foreignKey : table.foreignKeys()) {
            Table<?> referenced = table(foreignKey.table());
            assertThat(referenced.columnNames()).contains(foreignKey.referencedColumn());
            assertThat(db.rows("SELECT DISTINCT " + quoted(foreignKey.column()) + " FROM " + self + " WHERE "
                    + quoted(foreignKey.column()) + " IS NOT NULL AND " + quoted(foreignKey.column())
                    + " NOT IN (SELECT " + quoted(foreignKey.referencedColumn()) + " FROM "
                    + relation(referenced, "parquet") + ")")).as(foreignKey.toString()).isEmpty();
            assertThat((Long) db.value("SELECT count(" + quoted(foreignKey.column()) + ") FROM " + self))
                    .as("%s has values", foreignKey).isPositive();
        }
    }

    private static List<List<Object>> difference(String left, String right) throws SQLException {
        return db.rows("SELECT * FROM " + left + " EXCEPT ALL SELECT * FROM " + right);
    }

    /** The table read from its file in {@code format}, every column with its declared type. */
    private static String relation(Table<?> table, String format) {
        return relation(table, exports.resolve(table.name() + "." + format), format);
    }

    private static String relation(Table<?> table, Path file, String format) {
        String select = table.columns().stream().map(c -> {
            if (format.equals("csv") && c.type() == ColumnType.STRING_LIST) {
                return "CAST(CAST(" + quoted(c.name()) + " AS JSON) AS VARCHAR[]) AS " + quoted(c.name());
            }
            return quoted(c.name());
        }).collect(Collectors.joining(", "));
        String read = switch (format) {
            case "parquet" -> "read_parquet(" + literal(file) + ")";
            case "json" -> "read_json(" + literal(file) + ", format = 'array', columns = " + columns(table, false) + ")";
            case "jsonl" -> "read_json(" + literal(file) + ", format = 'newline_delimited', columns = "
                    + columns(table, false) + ")";
            case "csv" -> "read_csv(" + literal(file) + ", header = true, auto_detect = false, delim = ',',"
                    + " quote = '\"', escape = '\"', new_line = '\\r\\n', nullstr = '', columns = "
                    + columns(table, true) + ")";
            default -> throw new IllegalArgumentException(format);
        };
        return "(SELECT " + select + " FROM " + read + ")";
    }

    private static String columns(Table<?> table, boolean csv) {
        return table.columns().stream()
                .map(c -> "'" + c.name() + "': '" + (csv && c.type() == ColumnType.STRING_LIST ? "VARCHAR"
                        : parquetType(c.type())) + "'")
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static boolean hasValues(Path file, Column<?> column) {
        try {
            return (Long) db.value("SELECT count(" + quoted(column.name()) + ") FROM read_json(" + literal(file)
                    + ", columns = {" + "'" + column.name() + "': 'JSON'})") > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long rowCount(Table<?> table) {
        return Tables.all(rows).stream().filter(e -> e.table() == table).findFirst().orElseThrow()
                .rows().get().count();
    }

    private static String quoted(String name) {
        return "\"" + name + "\"";
    }

    /** DuckDB's type of a column read from Parquet, or told to a reader. */
    private static String parquetType(ColumnType type) {
        return switch (type) {
            case STRING -> "VARCHAR";
            case INT32 -> "INTEGER";
            case DOUBLE -> "DOUBLE";
            case DATE -> "DATE";
            case STRING_LIST -> "VARCHAR[]";
        };
    }

    /**
     * DuckDB's type of a column it detects in JSON. JSON numbers have neither width nor type: whole
     * numbers read as BIGINT, so a DOUBLE column reads as DOUBLE only when a value has a fraction
     * (claims.value has 1.5; claims.normalised_value, all whole minutes, years and counts, has none).
     */
    private static String jsonType(Path file, Column<?> column) {
        if (column.type() == ColumnType.INT32 || column.type() == ColumnType.DOUBLE && !hasFractions(file, column)) {
            return "BIGINT";
        }
        return parquetType(column.type());
    }

    private static boolean hasFractions(Path file, Column<?> column) {
        try {
            return (Long) db.value("SELECT count(*) FROM read_json(" + literal(file) + ", columns = {'"
                    + column.name() + "': 'DOUBLE'}) WHERE " + quoted(column.name()) + " <> floor("
                    + quoted(column.name()) + ")") > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
