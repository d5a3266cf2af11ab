package org.newsquotes.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.export.StagingFolder;
import org.newsquotes.export.TableWriter;
import org.newsquotes.export.csv.CsvTableWriter;
import org.newsquotes.export.json.JsonTableWriter;
import org.newsquotes.export.parquet.ParquetTableWriter;
import org.newsquotes.generate.QuoteCorpusGenerator;
import org.newsquotes.schema.Severity;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Tables;
import org.newsquotes.schema.Violation;
import org.newsquotes.testing.DuckDb;

/**
 * The pipeline against what the generator knows of its corpus: the rows it spoiled, each reported at
 * its line with the one rule its defect breaks, and the rest written, value for value, as independent
 * readers (DuckDB, Commons CSV, Jackson) read the files back. Then the guarantees that do not depend
 * on timing: the same report and the same bytes on one thread or several, with any chunk size; rows
 * in flight bounded by its queues whatever the writer's pace; and a failing writer leaves nothing in
 * place.
 */
class BulkPipelineTest {

    /** Small row groups, so that a file of 2000 rows has several, encoded on several threads. */
    private static final int ROWS_PER_GROUP = 300;

    private static final QuoteCorpusGenerator.Options CORPUS = new QuoteCorpusGenerator.Options(2000, 5, 0.05);

    @TempDir
    Path temp;

    private Path corpus;
    /** The rows the generator left valid, in file order, as it made them. */
    private final List<Object[]> validRows = new ArrayList<>();
    /** The report the generator's defects call for: {@code file:line [rule]} for each spoiled row, in file order. */
    private final List<String> expectedReport = new ArrayList<>();
    private final Set<QuoteCorpusGenerator.Defect> defectsMade = EnumSet.noneOf(QuoteCorpusGenerator.Defect.class);

    @BeforeEach
    void generate() throws IOException {
        corpus = temp.resolve("corpus.jsonl");
        QuoteCorpusGenerator generator = new QuoteCorpusGenerator(CORPUS);
        JsonTableWriter.lines().write(generator.table(), generator.rows(), corpus);
        Iterator<Object[]> rows = generator.rows();
        Iterator<QuoteCorpusGenerator.Defect> defects = generator.defects();
        // One row a line: JSON Lines escapes the line breaks inside values.
        for (int line = 1; rows.hasNext(); line++) {
            Object[] row = rows.next();
            QuoteCorpusGenerator.Defect defect = defects.next();
            if (defect == null) {
                validRows.add(row);
            } else {
                expectedReport.add("corpus.jsonl:" + line + " [" + defect.rule().id() + "]");
                defectsMade.add(defect);
            }
        }
    }

    /** Checks the corpus with {@code settings}, writing Parquet, CSV and JSON Lines; returns the report. */
    private List<String> export(BulkPipeline.Settings settings, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Output> outputs = List.of(
                new ParquetOutput(folder.resolve("corpus.parquet"), ROWS_PER_GROUP),
                new TextOutput(new CsvTableWriter(), folder.resolve("corpus.csv")),
                new TextOutput(JsonTableWriter.lines(), folder.resolve("corpus.jsonl")));
        List<Violation> violations = new ArrayList<>();
        BulkPipeline.Result result = new BulkPipeline(settings).run(corpus, "corpus.jsonl", Tables.QUOTES, outputs,
                violations::add, BulkPipeline.Progress.NONE);
        assertThat(result.readToEnd()).isTrue();
        assertThat(result.rows()).isEqualTo(CORPUS.records());
        assertThat(result.invalidRows()).isEqualTo(expectedReport.size());
        return violations.stream().map(BulkPipelineTest::lineAndRule).toList();
    }

    /** Where a violation is and what it breaks: {@code file:line [rule]}; each is an error. */
    private static String lineAndRule(Violation v) {
        assertThat(v.severity()).isEqualTo(Severity.ERROR);
        return v.location().file() + ":" + v.location().line() + " [" + v.rule() + "]";
    }

    @Test
    void reportsExactlyTheRowsTheGeneratorSpoiledEachWithTheRuleItsDefectBreaks() throws IOException {
        List<String> oneThread = export(BulkPipeline.Settings.withWorkers(1), temp.resolve("one"));
        List<String> threeThreads = export(BulkPipeline.Settings.withWorkers(3).withChunkBytes(3000),
                temp.resolve("three"));

        assertThat(defectsMade).as("every kind of defect is in the corpus")
                .containsExactlyInAnyOrder(QuoteCorpusGenerator.Defect.values());
        assertThat(oneThread).hasSizeGreaterThan(60).containsExactlyElementsOf(expectedReport);
        assertThat(threeThreads).containsExactlyElementsOf(expectedReport);
    }

    @Test
    void reportsTheSpoiledRowsOfACsvFileAtTheLinesWhereTheirRecordsStart() throws IOException {
        Path csv = temp.resolve("corpus.csv");
        QuoteCorpusGenerator generator = new QuoteCorpusGenerator(CORPUS);
        new CsvTableWriter().write(generator.table(), generator.rows(), csv);
        List<String> expected = new ArrayList<>();
        Iterator<QuoteCorpusGenerator.Defect> defects = generator.defects();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            // Commons CSV counts the line ends read so far: a record starts on the line after the last one's end.
            long start = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                QuoteCorpusGenerator.Defect defect = defects.next();
                if (defect != null) {
                    expected.add("corpus.csv:" + start + " [" + defect.rule().id() + "]");
                }
                start = parser.getCurrentLineNumber() + 1;
            }
        }
        List<Violation> violations = new ArrayList<>();

        BulkPipeline.Result result = new BulkPipeline(BulkPipeline.Settings.withWorkers(2).withChunkBytes(4096))
                .run(csv, "corpus.csv", Tables.QUOTES, List.of(), violations::add, BulkPipeline.Progress.NONE);

        assertThat(expected).as("lines moved by line breaks in values").hasSameSizeAs(expectedReport)
                .isNotEqualTo(expectedReport.stream().map(l -> l.replace(".jsonl:", ".csv:")).toList());
        assertThat(violations.stream().map(BulkPipelineTest::lineAndRule)).containsExactlyElementsOf(expected);
        assertThat(result.invalidRows()).isEqualTo(expected.size());
    }

    @Test
    void writesTheSameBytesOnOneThreadAndOnSeveral() throws IOException {
        export(BulkPipeline.Settings.withWorkers(1), temp.resolve("one"));
        export(BulkPipeline.Settings.withWorkers(3).withChunkBytes(3000), temp.resolve("three"));

        for (String name : List.of("corpus.parquet", "corpus.csv", "corpus.jsonl")) {
            assertThat(Files.mismatch(temp.resolve("one").resolve(name), temp.resolve("three").resolve(name)))
                    .as(name).isEqualTo(-1L);
        }
    }

    @Test
    void writesExactlyTheRowsTheGeneratorLeftValidAsIndependentReadersReadThem() throws Exception {
        Path folder = temp.resolve("bulk");
        export(BulkPipeline.Settings.withWorkers(3).withChunkBytes(5000), folder);
        List<String> columns = Tables.QUOTES.columnNames();

        assertThat(validRows).hasSize((int) CORPUS.records() - expectedReport.size());
        try (DuckDb duckDb = new DuckDb()) {
            List<List<String>> parquet = duckDb.rows("SELECT \"" + String.join("\", \"", columns) + "\" FROM read_parquet("
                    + DuckDb.literal(folder.resolve("corpus.parquet")) + ")").stream()
                    .map(row -> row.stream().map(v -> v == null ? null : v.toString()).toList()).toList();
            assertThat(parquet).containsExactlyElementsOf(expected(null));
        }
        assertThat(csvRows(folder.resolve("corpus.csv"), columns)).containsExactlyElementsOf(expected(""));
        assertThat(jsonLinesRows(folder.resolve("corpus.jsonl"), columns)).containsExactlyElementsOf(expected(null));
    }

    /** The generator's valid rows, each value as text, {@code nullAs} for null. */
    private List<List<String>> expected(String nullAs) {
        return validRows.stream().map(row -> Arrays.stream(row).map(v -> v == null ? nullAs : v.toString()).toList())
                .toList();
    }

    /** The rows of a CSV file with a header, as Commons CSV reads them, in the order of {@code columns}. */
    private static List<List<String>> csvRows(Path file, List<String> columns) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            assertThat(parser.getHeaderNames()).isEqualTo(columns);
            return parser.stream().map(CSVRecord::toList).toList();
        }
    }

    /** The rows of a JSON Lines file, as Jackson reads them: each column's value as text, null when null or absent. */
    private static List<List<String>> jsonLinesRows(Path file, List<String> columns) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode row = json.readTree(line);
            List<String> values = new ArrayList<>();
            for (String column : columns) {
                JsonNode value = row.get(column);
                values.add(value == null || value.isNull() ? null : value.asText());
            }
            rows.add(values);
        }
        return rows;
    }

    @Test
    void writesTheParquetFileThatTheParquetWriterWritesFromTheValidRows() throws IOException {
        export(BulkPipeline.Settings.withWorkers(3).withChunkBytes(5000), temp.resolve("bulk"));
        Path expected = temp.resolve("expected.parquet");
        new ParquetTableWriter(ROWS_PER_GROUP).write(Tables.QUOTES.positional(), validRows.iterator(), expected);

        assertThat(Files.mismatch(temp.resolve("bulk").resolve("corpus.parquet"), expected)).isEqualTo(-1L);
    }

    @Test
    void writesTheCsvFileThatTheCsvWriterWritesFromTheValidRows() throws IOException {
        export(BulkPipeline.Settings.withWorkers(3).withChunkBytes(5000), temp.resolve("bulk"));
        Path expected = temp.resolve("expected.csv");
        new CsvTableWriter().write(Tables.QUOTES.positional(), validRows.iterator(), expected);

        assertThat(Files.mismatch(temp.resolve("bulk").resolve("corpus.csv"), expected)).isEqualTo(-1L);
    }

    @Test
    void holdsNoMoreRowsThanItsQueuesWhateverTheWritersPace() throws IOException {
        Path valid = temp.resolve("valid.jsonl");
        QuoteCorpusGenerator generator = new QuoteCorpusGenerator(new QuoteCorpusGenerator.Options(2000, 5, 0));
        JsonTableWriter.lines().write(generator.table(), generator.rows(), valid);
        int shortest;
        try (Stream<String> lines = Files.lines(valid)) {
            shortest = lines.mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length).min().orElseThrow();
        }
        BulkPipeline.Settings settings = BulkPipeline.Settings.withWorkers(2).withChunkBytes(4096);
        AtomicLong checked = new AtomicLong();
        AtomicLong mostAhead = new AtomicLong();
        TableWriter slowWriter = new CountingWriter(row -> {
            mostAhead.accumulateAndGet(checked.get() - row, Math::max);
            Thread.onSpinWait();
        });
        new BulkPipeline(settings).run(valid, "valid.jsonl", Tables.QUOTES,
                List.of(new TextOutput(slowWriter, temp.resolve("rows"))), v -> { },
                (bytes, rows) -> checked.set(rows));

        // Rows checked but not yet written sit in the writer's queue (batchesAhead chunks), in the chunk
        // being handed on, and in the one the writer is taking rows from; a chunk holds whole lines.
        long rowsPerChunk = settings.chunkBytes() / (shortest + 1);
        assertThat(rowsPerChunk).isLessThan(10);
        assertThat(settings.batchesAhead()).isEqualTo(4);
        assertThat(settings.chunksAhead()).isEqualTo(2 * 2 + 2);
        assertThat(mostAhead.get()).isLessThanOrEqualTo((settings.batchesAhead() + 2) * rowsPerChunk);
    }

    @Test
    void aFailingWriterStopsThePassAndNothingIsMovedIntoPlace() throws IOException {
        Path output = temp.resolve("out");
        TableWriter failing = new CountingWriter(row -> {
            if (row == 700) {
                throw new java.io.UncheckedIOException(new IOException("disk full"));
            }
        });

        assertThatThrownBy(() -> exportThroughStaging(failing, output)).hasMessage("java.io.IOException: disk full");
        try (Stream<Path> left = Files.list(output)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void runningOutOfHeapInAWriterEndsThePassWithWhatHeapToGiveAndNothingIsMovedIntoPlace() throws IOException {
        Path output = temp.resolve("out");
        OutOfMemoryError outOfMemory = new OutOfMemoryError("Java heap space");
        TableWriter failing = new CountingWriter(row -> {
            if (row == 700) {
                throw outOfMemory;
            }
        });

        assertThatThrownBy(() -> exportThroughStaging(failing, output)).isInstanceOf(HeapTooSmallException.class)
                .hasCause(outOfMemory)
                .hasMessageStartingWith("out of memory after ")
                .hasMessageContaining(" rows of corpus.jsonl: the uniqueness check holds ")
                // The few ids of this corpus take a sliver of the test's heap: the message says they are not the cause.
                .hasMessageMatching(".* holds [1-9][0-9]* ids in [1-9][0-9]* MB of the [1-9][0-9]* MB Java heap, which"
                        + " is not what filled it; the rows in flight did .*")
                .hasMessageContaining("JAVA_OPTS=-Xmx");
        try (Stream<Path> left = Files.list(output)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void runningOutOfHeapOnTheCallingThreadSaysHowManyRowsAndIdsWereChecked() {
        AtomicLong reported = new AtomicLong();
        BulkPipeline pipeline = new BulkPipeline(BulkPipeline.Settings.withWorkers(2).withChunkBytes(8192));

        assertThatThrownBy(() -> pipeline.run(corpus, "corpus.jsonl", Tables.QUOTES, List.of(), v -> {
            if (reported.incrementAndGet() == 10) {
                throw new OutOfMemoryError("Java heap space");
            }
        }, BulkPipeline.Progress.NONE)).isInstanceOfSatisfying(HeapTooSmallException.class, e -> {
            long rows = Long.parseLong(e.getMessage().replaceFirst("^out of memory after (\\d+) rows .*", "$1"));
            long ids = Long.parseLong(e.getMessage().replaceFirst(".* holds (\\d+) ids .*", "$1"));
            assertThat(rows).isBetween(1L, 1999L);
            assertThat(ids).isBetween(1L, rows + 1);
            assertThat(e.suggestedHeap()).isGreaterThan(Runtime.getRuntime().maxMemory());
        });
    }

    /** Exports the corpus with {@code writer} into a staging folder in {@code output}, then moves it into place. */
    private void exportThroughStaging(TableWriter writer, Path output) throws IOException {
        try (StagingFolder staging = StagingFolder.in(output)) {
            new BulkPipeline(BulkPipeline.Settings.withWorkers(2).withChunkBytes(8192)).run(corpus, "corpus.jsonl",
                    Tables.QUOTES, List.of(new TextOutput(writer, staging.resolve("corpus.rows"))),
                    v -> { }, BulkPipeline.Progress.NONE);
            staging.commit(List.of("corpus.rows"));
        }
    }

    /** Called with the 1-based number of each row a {@link CountingWriter} takes. */
    private interface RowHook {
        void taken(long row);
    }

    /** A writer that writes no file, only counts the rows and calls its hook for each. */
    private static final class CountingWriter implements TableWriter {
        private final RowHook hook;

        CountingWriter(RowHook hook) {
            this.hook = hook;
        }

        @Override
        public String extension() {
            return "rows";
        }

        @Override
        public <R> long write(Table<R> table, Iterator<R> rows, Path file) throws IOException {
            Files.createFile(file);
            long n = 0;
            while (rows.hasNext()) {
                rows.next();
                hook.taken(++n);
            }
            return n;
        }
    }
}
