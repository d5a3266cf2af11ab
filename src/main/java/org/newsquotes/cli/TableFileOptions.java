package org.newsquotes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.newsquotes.bulk.BulkPipeline;
import org.newsquotes.export.Table;
import org.newsquotes.export.Tables;
import org.newsquotes.load.DatasetLoader;
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

    /** How {@code file} is shown in reports: relative to the working directory when inside it. */
    static String shown(Path file) {
        return new DatasetLoader(Path.of("")).shown(file);
    }

    /** Progress on {@code err} when it is a terminal that a person watches, else none. */
    static BulkPipeline.Progress progress(Path file, PrintWriter err) {
        return System.console() == null ? BulkPipeline.Progress.NONE : new ConsoleProgress(shown(file),
                file.toFile().length(), err);
    }
}
