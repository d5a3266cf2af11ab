package org.newsquotes.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.newsquotes.bulk.BulkPipeline;
import org.newsquotes.bulk.ParquetOutput;
import org.newsquotes.export.parquet.LibraryPages;
import org.newsquotes.export.parquet.ParquetTableWriter;
import org.newsquotes.schema.Tables;

/**
 * The work of {@code quotes export --input FILE --format parquet} on a quotes JSON Lines file, every
 * rule on, with the pages made by the encoder named: {@code own} (this tool's, what the CLI uses) or
 * {@code parquet-java} (parquet-java's column writers, per row group on the workers). The same
 * pipeline with one worker per processor; the violations are counted, not printed, and the file is
 * written in place rather than staged. bench/run.sh times both, so that they are compared with each
 * other under the same conditions. Usage (class path as in bench/run.sh):
 * {@code java -cp "$cp" org.newsquotes.bench.BulkParquetExport own|parquet-java FILE OUTPUT.parquet}.
 */
public final class BulkParquetExport {

    private BulkParquetExport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: BulkParquetExport own|parquet-java FILE OUTPUT.parquet");
            System.exit(2);
        }
        String pages = args[0];
        Path input = Path.of(args[1]);
        long[] violations = new long[1];
        BulkPipeline.Result result = new BulkPipeline(BulkPipeline.Settings.forThisMachine()).run(input,
                input.toString(), Tables.QUOTES,
                List.of(new ParquetOutput(Path.of(args[2]),
                        LibraryPages.writer(pages, ParquetTableWriter.ROWS_PER_GROUP))),
                violation -> violations[0]++, BulkPipeline.Progress.NONE);
        System.out.printf(Locale.ROOT, "%d rows, %d written, %d violations%n", result.rows(), result.validRows(),
                violations[0]);
    }
}
