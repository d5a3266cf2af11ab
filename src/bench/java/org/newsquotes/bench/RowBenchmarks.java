package org.newsquotes.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsquotes.schema.Tables;
import org.newsquotes.schema.ValueSink;
import org.newsquotes.export.json.JsonTableWriter;
import org.newsquotes.generate.QuoteCorpusGenerator;
import org.newsquotes.schema.Violation;
import org.newsquotes.validate.table.JsonLinesScanner;
import org.newsquotes.validate.table.Row;
import org.newsquotes.validate.table.RowPrecheck;
import org.newsquotes.validate.table.RowSpans;
import org.newsquotes.validate.table.RowReader;
import org.newsquotes.validate.table.RowReaders;
import org.newsquotes.validate.table.RowValidator;
import org.newsquotes.validate.table.RowValues;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The hot inner parts of the bulk pipeline, per row, on one thread, over 1000 generated quotes rows
 * (about 680 bytes each): parsing JSON Lines into rows (the JSON parser and the scanner of usual rows),
 * checking a row's own rules, and making a valid row's typed values for the writers; and the same
 * from the bytes, without strings: finding the rows' spans and checking them, and handing a valid
 * row's values on in their stored form. Run by bench/run.sh.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RowBenchmarks {

    private static final int ROWS = 1000;

    private byte[] lines;
    private List<Row> rows;
    private RowValidator validator;
    private RowValues values;
    private JsonLinesScanner scanner;
    private RowPrecheck precheck;
    private ConsumingSink consuming;

    private final List<Violation> found = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path file = Files.createTempFile("quotes-bench-", ".jsonl");
        Files.delete(file);
        QuoteCorpusGenerator generator = new QuoteCorpusGenerator(new QuoteCorpusGenerator.Options(ROWS, 7, 0));
        JsonTableWriter.lines().write(generator.table(), generator.rows(), file);
        lines = Files.readAllBytes(file);
        Files.delete(file);
        rows = new ArrayList<>();
        try (RowReader reader = RowReaders.jsonLines(lines, 0, lines.length)) {
            for (Row row = new Row(); reader.next(row); row = new Row()) {
                rows.add(row);
            }
        }
        validator = new RowValidator(Tables.QUOTES, "bench.jsonl", found::add);
        values = new RowValues(Tables.QUOTES);
        scanner = new JsonLinesScanner(Tables.QUOTES);
        precheck = new RowPrecheck(Tables.QUOTES);
        requireSameRows();
        if (!scanner.scanSpans(lines, lines.length)) {
            throw new IllegalStateException("the scanner gave up on generated rows");
        }
        for (int i = 0; i < scanner.spans().rows(); i++) {
            if (!precheck.accepts(scanner.spans(), i)) {
                throw new IllegalStateException("a generated row is not accepted: line " + scanner.spans().line(i));
            }
        }
    }

    /** Checks that the JSON parser reads the rows alike, whether it expects the table's names or not. */
    private void requireSameRows() throws IOException {
        List<Row> tuned = new ArrayList<>();
        try (RowReader reader = RowReaders.jsonLines(lines, 0, lines.length, Tables.QUOTES)) {
            for (Row row = new Row(); reader.next(row); row = new Row()) {
                tuned.add(row);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            Row plain = rows.get(i);
            boolean same = tuned.get(i).line() == plain.line() && tuned.get(i).size() == plain.size();
            for (int c = 0; same && c < plain.size(); c++) {
                same = plain.name(c).equals(tuned.get(i).name(c))
                        && plain.cell(plain.name(c)).equals(tuned.get(i).cell(plain.name(c)));
            }
            if (!same || tuned.size() != rows.size()) {
                throw new IllegalStateException("the parser reads line " + plain.line() + " otherwise");
            }
        }
    }

    /** Finding one row's spans in the bytes and checking its own rules there, as a worker does for usual rows. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void scanSpansAndAccept(Blackhole sink) {
        if (!scanner.scanSpans(lines, lines.length)) {
            throw new IllegalStateException("the scanner gave up on generated rows");
        }
        RowSpans spans = scanner.spans();
        int accepted = 0;
        for (int i = 0; i < spans.rows(); i++) {
            accepted += precheck.accepts(spans, i) ? 1 : 0;
        }
        sink.consume(accepted);
    }

    /** Handing one accepted row's values on in their stored form, from the spans of the last scan. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void spanValues(Blackhole sink) {
        if (consuming == null) {
            consuming = new ConsumingSink(sink);
        }
        RowSpans spans = scanner.spans();
        for (int i = 0; i < spans.rows(); i++) {
            spans.values(i, consuming);
        }
    }

    /** A sink that only hands what it is given to the black hole. */
    private static final class ConsumingSink implements ValueSink {
        private final Blackhole sink;

        ConsumingSink(Blackhole sink) {
            this.sink = sink;
        }

        @Override
        public void nullValue(int column) {
            sink.consume(column);
        }

        @Override
        public void text(int column, byte[] utf8, int offset, int length) {
            sink.consume(length);
        }

        @Override
        public void int32(int column, int value) {
            sink.consume(value);
        }

        @Override
        public void float64(int column, double value) {
            sink.consume(value);
        }

        @Override
        public void listStart(int column) {
            sink.consume(column);
        }

        @Override
        public void listItem(int column, byte[] utf8, int offset, int length) {
            sink.consume(length);
        }

        @Override
        public void listEnd(int column) {
            sink.consume(column);
        }

        @Override
        public void endRow() {
            sink.consume(0);
        }
    }

    /** Parsing one JSON Lines row into a row of cells with the JSON parser, which reads unusual rows. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void parseJsonLine(Blackhole sink) throws IOException {
        Row row = new Row();
        try (RowReader reader = RowReaders.jsonLines(lines, 0, lines.length)) {
            while (reader.next(row)) {
                sink.consume(row.size());
            }
        }
    }

    /** Reading one JSON Lines row into a row of cells with the scanner of usual rows, as the bulk pipeline does. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void scanJsonLine(Blackhole sink) {
        if (!scanner.scan(lines, lines.length)) {
            throw new IllegalStateException("the scanner gave up on generated rows");
        }
        sink.consume(scanner.rows().size());
    }

    /** Checking one row's own rules (everything but the uniqueness of its key). */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void checkRow(Blackhole sink) {
        for (Row row : rows) {
            validator.checkRow(row);
        }
        sink.consume(found.size());
        found.clear();
    }

    /** Making one valid row's typed values for the writers. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void typedValues(Blackhole sink) {
        for (Row row : rows) {
            sink.consume(values.of(row));
        }
    }

    /**
     * The library path of a worker, per row: Jackson's byte parser over the chunk, expecting the table's
     * names in order, the full validator on each row, and the typed values for the writers.
     */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void libraryReadCheckValues(Blackhole sink) throws IOException {
        Row row = new Row();
        try (RowReader reader = RowReaders.jsonLines(lines, 0, lines.length, Tables.QUOTES)) {
            while (reader.next(row)) {
                validator.checkRow(row);
                sink.consume(values.of(row));
            }
        }
        sink.consume(found.size());
        found.clear();
    }

    /**
     * The own path of a worker, per row: the scanner's spans, the quick test on the bytes, and the
     * values handed on in their stored form.
     */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void ownReadCheckValues(Blackhole sink) {
        if (consuming == null) {
            consuming = new ConsumingSink(sink);
        }
        if (!scanner.scanSpans(lines, lines.length)) {
            throw new IllegalStateException("the scanner gave up on generated rows");
        }
        RowSpans spans = scanner.spans();
        for (int i = 0; i < spans.rows(); i++) {
            if (precheck.accepts(spans, i)) {
                spans.values(i, consuming);
            }
        }
    }
}
