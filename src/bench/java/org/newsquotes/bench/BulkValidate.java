package org.newsquotes.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.newsquotes.bulk.BulkPipeline;
import org.newsquotes.schema.Tables;

/**
 * The work of {@code quotes validate FILE} on a quotes JSON Lines file, with the rows read by the
 * reader named: {@code scanner} (the own scanner, the JSON parser only for chunks it gives up on:
 * what the CLI does) or {@code jackson} (Jackson's byte parser over every chunk, expecting the table's
 * names in order, then the full validator on every row). The same pipeline with one worker per
 * processor; the violations are counted, not printed. bench/run.sh times both, so that they are
 * compared under the same conditions. Usage (class path as in bench/run.sh):
 * {@code java -cp "$cp" org.newsquotes.bench.BulkValidate scanner|jackson FILE}.
 */
public final class BulkValidate {

    private BulkValidate() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !List.of("scanner", "jackson").contains(args[0])) {
            System.err.println("usage: BulkValidate scanner|jackson FILE");
            System.exit(2);
        }
        Path input = Path.of(args[1]);
        long[] violations = new long[1];
        BulkPipeline.Result result = new BulkPipeline(BulkPipeline.Settings.forThisMachine()
                .withScanner(args[0].equals("scanner")))
                .run(input, input.toString(), Tables.QUOTES, List.of(), violation -> violations[0]++,
                        BulkPipeline.Progress.NONE);
        System.out.printf(Locale.ROOT, "%d rows, %d valid, %d violations%n", result.rows(), result.validRows(),
                violations[0]);
    }
}
