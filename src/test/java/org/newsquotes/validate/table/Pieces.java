package org.newsquotes.validate.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.ValueSink;
import org.newsquotes.export.json.JsonTableWriter;
import org.newsquotes.generate.QuoteCorpusGenerator;
import org.newsquotes.schema.Violation;

/** What the tests of the byte path compare it with: the JSON parser's rows, their checks and values. */
final class Pieces {

    private Pieces() {
    }

    /** The rows of a piece of JSON Lines as the JSON parser reads them. */
    static List<Row> parsed(byte[] bytes) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (RowReader reader = RowReaders.jsonLines(bytes, 0, bytes.length)) {
            for (Row row = new Row(); reader.next(row); row = new Row()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Each thread's validator of each table, and what it found last, reused from row to row. */
    private static final ThreadLocal<Map<Table<?>, Map.Entry<RowValidator, List<Violation>>>> VALIDATORS =
            ThreadLocal.withInitial(IdentityHashMap::new);

    /**
     * What a validator of {@code table} reports for {@code row}'s own rules, as a new validator would:
     * one validator a table, which forgets the unknown columns it reported before each row.
     */
    static List<Violation> violations(Table<?> table, Row row) {
        Map.Entry<RowValidator, List<Violation>> validator = VALIDATORS.get().computeIfAbsent(table, t -> {
            List<Violation> found = new ArrayList<>();
            return Map.entry(new RowValidator(t, "rows.jsonl", found::add), found);
        });
        validator.getValue().clear();
        validator.getKey().forgetUnknownColumns();
        validator.getKey().checkRow(row);
        return List.copyOf(validator.getValue());
    }

    /** Everything a row holds, in order, as text that two rows share when they are alike. */
    static String shown(Row row) {
        StringBuilder text = new StringBuilder().append(row.line()).append(row.duplicates());
        for (int i = 0; i < row.size(); i++) {
            text.append(' ').append(row.name(i)).append('=').append(row.cell(row.name(i)));
        }
        return text.toString();
    }

    /** The bytes of a generated quotes file. */
    static byte[] generated(Path dir, long records, long seed, double invalidRate) throws IOException {
        Path file = dir.resolve("quotes-" + seed + "-" + invalidRate + ".jsonl");
        QuoteCorpusGenerator generator = new QuoteCorpusGenerator(
                new QuoteCorpusGenerator.Options(records, seed, invalidRate));
        JsonTableWriter.lines().write(generator.table(), generator.rows(), file);
        return Files.readAllBytes(file);
    }

    /** A sink that writes down every call, text as its characters and its exact bytes. */
    static final class Recording implements ValueSink {
        final List<String> calls = new ArrayList<>();

        @Override
        public void nullValue(int column) {
            calls.add(column + " null");
        }

        @Override
        public void text(int column, byte[] utf8, int offset, int length) {
            calls.add(column + " text " + shown(utf8, offset, length));
        }

        @Override
        public void int32(int column, int value) {
            calls.add(column + " int32 " + value);
        }

        @Override
        public void float64(int column, double value) {
            calls.add(column + " float64 " + value);
        }

        @Override
        public void listStart(int column) {
            calls.add(column + " [");
        }

        @Override
        public void listItem(int column, byte[] utf8, int offset, int length) {
            calls.add(column + " item " + shown(utf8, offset, length));
        }

        @Override
        public void listEnd(int column) {
            calls.add(column + " ]");
        }

        @Override
        public void endRow() {
            calls.add("end");
        }

        private static String shown(byte[] utf8, int offset, int length) {
            return new String(utf8, offset, length, StandardCharsets.UTF_8) + " "
                    + HexFormat.of().formatHex(utf8, offset, offset + length);
        }
    }
}
