package org.newsquotes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.newsquotes.bulk.BulkPipeline;
import org.newsquotes.bulk.HeapTooSmallException;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Tables;
import org.newsquotes.load.DatasetLoader;
import org.newsquotes.schema.Violation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of the commands that read table files: which table they hold, and how many threads check them. */
final class TableFileOptions {

    @Option(names = "--table", paramLabel = "TABLE", defaultValue = "quotes",
            description = "Table that the given files hold: quotes (default), claims, speakers, outlets, documents,"
                    + " utterances or claim_groups.")
    private String tableName;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that parse and check rows (default: one per processor). The report and the"
                    + " files written are the same for every N.")
    private Integer threads;

    /** The table named by {@code --table}. */
    Table<?> table(CommandSpec spec) {
        for (Table<?> table : Tables.definitions()) {
            if (table.name().equals(tableName)) {
                return table;
            }
        }
        throw new ParameterException(spec.commandLine(), "unknown table '" + tableName + "'; give one of "
                + String.join(", ", Tables.definitions().stream().map(Table::name).toList()));
    }

    /** The pipeline with {@code --threads} workers. */
    BulkPipeline pipeline(CommandSpec spec) {
        if (threads == null) {
            return new BulkPipeline(BulkPipeline.Settings.forThisMachine());
        }
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be 1 or more, not " + threads);
        }
        return new BulkPipeline(BulkPipeline.Settings.withWorkers(threads));
    }

    /**
     * Says on {@code err} that a pass ran out of heap, and what heap to give, followed by
     * {@code after} (what became of the outputs, or nothing).
     *
     * @return the exit code
     */
    static int heapTooSmall(PrintWriter err, HeapTooSmallException e, String after) {
        err.print("quotes: error: " + e.getMessage() + after + "\n");
        err.flush();
        return ExitCodes.INTERNAL;
    }

    /** How {@code file} is shown in reports: relative to the working directory when inside it. */
    static String shown(Path file) {
        return new DatasetLoader(Path.of("")).shown(file);
    }

    /**
     * How a pass over a file is shown.
     *
     * @param progress where the pass reports how far it has come
     * @param violations where its violations go
     */
    record Shown(BulkPipeline.Progress progress, Consumer<Violation> violations) {
    }

    /**
     * Progress on {@code err} when the program runs on a terminal that a person watches, with the
     * violations going to {@code report} (written to {@code reportOut}) so that a violation never
     * shares a line with the progress line; else no progress, and the violations straight to
     * {@code report}.
     */
    static Shown show(Path file, PrintWriter err, Consumer<Violation> report, PrintWriter reportOut) {
        if (System.console() == null) {
            return new Shown(BulkPipeline.Progress.NONE, report);
        }
        ConsoleProgress progress = new ConsoleProgress(shown(file), file.toFile().length(), err);
        return new Shown(progress, v -> {
            progress.clearLine();
            report.accept(v);
            reportOut.flush();
        });
    }
}
