package org.newsquotes.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.export.StagingFolder;
import org.newsquotes.schema.Table;
import org.newsquotes.export.TableWriter;
import org.newsquotes.schema.Tables;
import org.newsquotes.export.csv.CsvTableWriter;
import org.newsquotes.export.json.JsonTableWriter;
import org.newsquotes.export.parquet.ParquetTableWriter;
import org.newsquotes.generate.QuoteCorpusGenerator;
import org.newsquotes.schema.Violation;
import org.newsquotes.validate.table.Row;
import org.newsquotes.validate.table.RowReader;
import org.newsquotes.validate.table.RowReaders;
import org.newsquotes.validate.table.RowValues;

/**
 * The pipeline's guarantees that do not depend on timing: the same report and the same bytes on one
 * thread or several, with any chunk size; rows in flight bounded by its queues whatever the writer's
 * pace; and a failing writer leaves nothing in place.
 */
class BulkPipelineTest {

    /** Small row groups, so that a file of 2000 rows has several, encoded on several threads. */
    private static final int ROWS_PER_GROUP = 300;

    @TempDir
    Path temp;

    private Path corpus;

    @BeforeEach
    void generate() throws IOException {
        corpus = temp.resolve("corpus.jsonl");
        QuoteCorpusGenerator generator = new QuoteCorpusGenerator(new QuoteCorpusGenerator.Options(2000, 5, 0.02));
        JsonTableWriter.lines().write(generator.table(), generator.rows(), corpus);
    }

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
        assertThat(result.rows()).isEqualTo(2000);
        return violations.stream().map(Violation::toCompilerStyle).toList();
    }

    @Test
    void writesTheSameBytesAndReportOnOneThreadAndOnSeveral() throws IOException {
        List<String> oneThread = export(BulkPipeline.Settings.withWorkers(1), temp.resolve("one"));
        List<String> threeThreads = export(BulkPipeline.Settings.withWorkers(3).withChunkBytes(3000),
                temp.resolve("three"));

        assertThat(oneThread).hasSizeGreaterThan(20);
        assertThat(threeThreads).isEqualTo(oneThread);
        for (String name : List.of("corpus.parquet", "corpus.csv", "corpus.jsonl")) {
            assertThat(Files.mismatch(temp.resolve("one").resolve(name), temp.resolve("three").resolve(name)))
                    .as(name).isEqualTo(-1L);
        }
    }

    @Test
    void writesTheParquetFileThatTheParquetWriterWritesFromTheValidRows() throws IOException {
        export(BulkPipeline.Settings.withWorkers(3).withChunkBytes(5000), temp.resolve("bulk"));
        List<Object[]> valid = validRows(temp.resolve("bulk").resolve("corpus.jsonl"));
        Path expected = temp.resolve("expected.parquet");
        new ParquetTableWriter(ROWS_PER_GROUP).write(Tables.QUOTES.positional(), valid.iterator(), expected);

        assertThat(valid).hasSizeBetween(1900, 1990);
        assertThat(Files.mismatch(temp.resolve("bulk").resolve("corpus.parquet"), expected)).isEqualTo(-1L);
    }

    @Test
    void writesTheCsvFileThatTheCsvWriterWritesFromTheValidRows() throws IOException {
        export(BulkPipeline.Settings.withWorkers(3).withChunkBytes(5000), temp.resolve("bulk"));
        List<Object[]> valid = validRows(temp.resolve("bulk").resolve("corpus.jsonl"));
        Path expected = temp.resolve("expected.csv");
        new CsvTableWriter().write(Tables.QUOTES.positional(), valid.iterator(), expected);

        assertThat(valid).hasSizeBetween(1900, 1990);
        assertThat(Files.mismatch(temp.resolve("bulk").resolve("corpus.csv"), expected)).isEqualTo(-1L);
    }

    /** The rows of a JSON Lines file the pipeline wrote: its valid rows, as typed values. */
    private static List<Object[]> validRows(Path jsonLines) throws IOException {
        List<Object[]> valid = new ArrayList<>();
        RowValues values = new RowValues(Tables.QUOTES);
        byte[] lines = Files.readAllBytes(jsonLines);
        try (RowReader reader = RowReaders.jsonLines(lines, 0, lines.length)) {
            Row row = new Row();
            while (reader.next(row)) {
                valid.add(values.of(row));
            }
        }
        return valid;
    }

    @Test
    void holdsNoMoreRowsThanItsQueuesWhateverTheWritersPace() throws IOException {
        Path valid = temp.resolve("valid.jsonl");
        QuoteCorpusGenerator generator = new QuoteCorpusGenerator(new QuoteCorpusGenerator.Options(2000, 5, 0));
        JsonTableWriter.lines().write(generator.table(), generator.rows(), valid);
        int shortest;
        try (Stream<String> lines = Files.lines(valid)) {
            shortest = lines.mapToInt(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).min().orElseThrow();
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
                .hasMessageMatching(".* holds [1-9][0-9]* ids in [1-9][0-9]* MB .* and the file holds about"
                        + " (19|20)[0-9]{2} rows, whose ids need about [1-9][0-9]* MB;.*")
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
            staging.moveIntoPlace("corpus.rows");
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
