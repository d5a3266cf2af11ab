package org.newsquotes.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Tables;
import org.newsquotes.export.json.JsonTableWriter;
import org.newsquotes.export.parquet.GroupEncoder;
import org.newsquotes.export.parquet.LibraryPages;
import org.newsquotes.export.parquet.ParquetTableWriter;
import org.newsquotes.export.parquet.RecordConsumerTableWriter;
import org.newsquotes.export.parquet.RowGroupEncoder;
import org.newsquotes.generate.QuoteCorpusGenerator;
import org.newsquotes.validate.table.Row;
import org.newsquotes.validate.table.RowReader;
import org.newsquotes.validate.table.RowReaders;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Writing generated quotes rows to Parquet, per row, on one thread: one row group of
 * {@link ParquetTableWriter#ROWS_PER_GROUP} valid rows (about 680 bytes each as JSON).
 * parquet-java's record writer, given text already UTF-8; the same rows through our encoder into a
 * file, and the encoder alone (the part that runs on several threads), both given the typed rows of
 * the dataset's export and so encoding their text to UTF-8 too. The bulk pipeline's workers hand the
 * encoder UTF-8 straight from the input: {@code org.newsquotes.bulk.PipelineStages} times that. Run after bench/run.sh has built the
 * benchmarks: {@code java -cp "$cp" org.openjdk.jmh.Main ParquetBenchmarks}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ParquetBenchmarks {

    private static final int ROWS = ParquetTableWriter.ROWS_PER_GROUP;

    private final Table<Object[]> table = Tables.QUOTES.positional();
    private List<Object[]> forRecordConsumer;
    private List<Object[]> forEncoder;
    private Path folder;
    private int files;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = Files.createTempDirectory("parquet-bench-");
        Path lines = folder.resolve("quotes.jsonl");
        QuoteCorpusGenerator generator = new QuoteCorpusGenerator(new QuoteCorpusGenerator.Options(ROWS, 7, 0));
        JsonTableWriter.lines().write(generator.table(), generator.rows(), lines);
        byte[] bytes = Files.readAllBytes(lines);
        Files.delete(lines);
        RowValues values = new RowValues(Tables.QUOTES);
        forRecordConsumer = new ArrayList<>(ROWS);
        forEncoder = new ArrayList<>(ROWS);
        try (RowReader reader = RowReaders.jsonLines(bytes, 0, bytes.length)) {
            for (Row row = new Row(); reader.next(row); row = new Row()) {
                Object[] typed = values.of(row);
                forRecordConsumer.add(RecordConsumerTableWriter.prepare(typed));
                forEncoder.add(typed);
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.delete(folder);
    }

    /** parquet-java's {@code ParquetWriter} and {@code RecordConsumer}, writing a file. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long recordConsumer() throws IOException {
        return writeAndDelete(file -> new RecordConsumerTableWriter().write(table, forRecordConsumer.iterator(), file));
    }

    /** {@link ParquetTableWriter}: our encoder and parquet-java's file writer, writing a file. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long encoderAndFile() throws IOException {
        return writeAndDelete(file -> new ParquetTableWriter().write(table, forEncoder.iterator(), file));
    }

    /** {@link RowGroupEncoder} alone, the values handed over as a pipeline's worker would. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void encoderOnly(Blackhole sink) {
        try (RowGroupEncoder encoder = new RowGroupEncoder(table)) {
            for (Object[] row : forEncoder) {
                for (int i = 0; i < row.length; i++) {
                    encoder.value(i, row[i]);
                }
                encoder.endRow();
            }
            sink.consume(encoder.finish());
        }
    }

    /** parquet-java's column writers alone ({@code ColumnStoreEncoder}), given the values as {@link #encoderOnly} is. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void columnWritersOnly(Blackhole sink) {
        try (GroupEncoder encoder = LibraryPages.writer(ROWS).encoder(table)) {
            for (Object[] row : forEncoder) {
                for (int i = 0; i < row.length; i++) {
                    encoder.value(i, row[i]);
                }
                encoder.endRow();
            }
            sink.consume(encoder.finish());
        }
    }

    private long writeAndDelete(FileWrite write) throws IOException {
        Path file = folder.resolve("rows-" + files++ + ".parquet");
        long written = write.to(file);
        Files.delete(file);
        return written;
    }

    /** Writes the rows to a new file. */
    private interface FileWrite {
        long to(Path file) throws IOException;
    }
}
