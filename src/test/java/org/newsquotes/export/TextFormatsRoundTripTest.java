package org.newsquotes.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsquotes.export.csv.CsvTableWriter;
import org.newsquotes.export.json.JsonTableWriter;
import org.newsquotes.load.DatasetLoader;
import org.newsquotes.load.LoadResult;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.ColumnType;
import org.newsquotes.schema.Tables;
import org.newsquotes.schema.TableRows;
import org.newsquotes.schema.Values;

/** Commons CSV and Jackson read our CSV, JSON and JSON Lines back into the values that were written. */
class TextFormatsRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"dataset", "src/test/resources/fixtures/valid"})
    void everyTableReadsBackIntoItsValues(String dataset) throws IOException {
        LoadResult loaded = new DatasetLoader(Path.of("")).load(Path.of(dataset));
        assertThat(loaded.problems()).isEmpty();
        Path out = temp.resolve("exports");
        List<Tables.Export<?>> exports = Tables.all(new TableRows(loaded.dataset()));
        new Exporter(List.of(new CsvTableWriter(), JsonTableWriter.array(), JsonTableWriter.lines()))
                .export(exports, out);

        assertThat(values(exports.get(0))).as("quotes").isNotEmpty();
        for (Tables.Export<?> export : exports) {
            List<List<Object>> expected = values(export);
            assertThat(readCsv(export.table(), out.resolve(export.table().name() + ".csv")))
                    .as("%s.csv", export.table().name()).isEqualTo(expected);
            assertThat(readJson(export.table(), JSON.readTree(out.resolve(export.table().name() + ".json").toFile())))
                    .as("%s.json", export.table().name()).isEqualTo(expected);
            List<JsonNode> lines = new ArrayList<>();
            for (String line : Files.readAllLines(out.resolve(export.table().name() + ".jsonl"), StandardCharsets.UTF_8)) {
                lines.add(JSON.readTree(line));
            }
            assertThat(readJson(export.table(), JSON.valueToTree(lines)))
                    .as("%s.jsonl", export.table().name()).isEqualTo(expected);
        }
    }

    private static <R> List<List<Object>> values(Tables.Export<R> export) {
        try (Stream<R> rows = export.rows().get()) {
            return rows.map(row -> {
                List<Object> values = new ArrayList<>();
                for (Column<R> column : export.table().columns()) {
                    Object value = column.valueOf(row);
                    values.add(value instanceof BigDecimal d ? Values.normalised(d) : value);
                }
                return values;
            }).toList();
        }
    }

    private static List<List<Object>> readCsv(Table<?> table, Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<List<Object>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(table.columnNames());
            for (CSVRecord record : parser) {
                List<Object> values = new ArrayList<>();
                for (Column<?> column : table.columns()) {
                    String cell = record.get(column.name());
                    values.add(cell.isEmpty() ? null : fromText(column.type(), cell));
                }
                rows.add(values);
            }
        }
        return rows;
    }

    private static List<List<Object>> readJson(Table<?> table, JsonNode array) {
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode object : array) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            assertThat(names).containsExactlyElementsOf(table.columnNames());
            List<Object> values = new ArrayList<>();
            for (Column<?> column : table.columns()) {
                values.add(fromJson(column.type(), object.get(column.name())));
            }
            rows.add(values);
        }
        return rows;
    }

    private static Object fromText(ColumnType type, String text) throws IOException {
        return switch (type) {
            case STRING -> text;
            case INT32 -> Integer.valueOf(text);
            case DOUBLE -> new BigDecimal(text);
            case DATE -> LocalDate.parse(text);
            case STRING_LIST -> fromJson(type, JSON.readTree(text));
        };
    }

    private static Object fromJson(ColumnType type, JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        return switch (type) {
            case STRING -> node.textValue();
            case INT32 -> node.isInt() ? node.intValue() : node;
            case DOUBLE -> node.isNumber() ? node.decimalValue() : node;
            case DATE -> LocalDate.parse(node.textValue());
            case STRING_LIST -> {
                List<String> items = new ArrayList<>();
                for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                    items.add(it.next().textValue());
                }
                yield items;
            }
        };
    }
}
