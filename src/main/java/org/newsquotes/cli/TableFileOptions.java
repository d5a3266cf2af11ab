package org.newsquotes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsquotes.bulk.BulkPipeline;
import org.newsquotes.bulk.HeapTooSmallException;
import org.newsquotes.load.DatasetLoader;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Tables;
import org.newsquotes.schema.Violation;
import org.newsquotes.validate.table.RowReaders;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of table files: which table they hold, and how many threads check them. An argument
 * group, so that they belong to the mode of the commands that read table files and are refused in
 * the other.
 */
class TableFileOptions {

    @Option(names = "--table", paramLabel = "TABLE", completionCandidates = TableNames.class,
            description = "Table that the files hold: ${COMPLETION-CANDIDATES}. By default it is told from each"
                    + " file's columns, or from its name when that is a table's name.")
    private String tableName;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that parse and check rows, 1 or more (default: one per processor). The report"
                    + " and the files written are the same for every N.")
    private Integer threads;

    /** The names of the tables, for {@code --table}'s help. */
    static final class TableNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Tables.definitions().stream().map(Table::name).iterator();
        }
    }

    /**
     * Refuses settings that cannot work, before any file is read: an unknown table, fewer than one thread.
     *
     * @param options the command's options, or null when none was given
     */
    /** The most workers a pass takes: each holds chunks of rows in flight, which take heap. */
    static final int MAX_THREADS = 256;

    static void check(CommandSpec spec, TableFileOptions options) {
        if (options != null) {
            options.told(spec);
            if (options.threads != null && options.threads < 1) {
                throw new ParameterException(spec.commandLine(), "--threads must be 1 or more, not " + options.threads);
            }
            if (options.threads != null && options.threads > MAX_THREADS) {
                throw new ParameterException(spec.commandLine(), "--threads " + options.threads + " is more than "
                        + MAX_THREADS + "; more workers than processors take memory, not time (this machine has "
                        + Runtime.getRuntime().availableProcessors() + ")");
            }
        }
    }

    /** The table named by {@code --table}, or empty when it is not given. */
    private Optional<Table<?>> told(CommandSpec spec) {
        if (tableName == null) {
            return Optional.empty();
        }
        return Optional.of(Tables.named(tableName).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown table '" + tableName + "'; give one of " + Tables.names())));
    }

    /**
     * The table that {@code file} holds: the one {@code --table} names, or else the one its columns or
     * its name tell.
     *
     * @param options the command's options, or null when none was given
     * @throws ParameterException when the file does not tell, naming the likely table
     */
    static Table<?> tableOf(CommandSpec spec, TableFileOptions options, Path file) throws IOException {
        Optional<Table<?>> told = options == null ? Optional.empty() : options.told(spec);
        if (told.isPresent()) {
            return told.get();
        }
        TableInference.Guess guess = TableInference.of(file, shown(file));
        return guess.table().orElseThrow(() -> new ParameterException(spec.commandLine(), guess.doubt()));
    }

    /**
     * Refuses a file that is not in a format that table files are read in: a usage error that says
     * what is accepted, and, for a file inside a dataset folder, to validate the folder instead.
     */
    static void requireReadable(CommandSpec spec, Path file) {
        if (RowReaders.canRead(file)) {
            return;
        }
        List<String> extensions = RowReaders.EXTENSIONS.stream().map(e -> "." + e).toList();
        String accepted = "table files end in " + String.join(", ", extensions.subList(0, extensions.size() - 1))
                + " or " + extensions.get(extensions.size() - 1);
        Optional<Path> dataset = datasetHolding(file);
        if (dataset.isPresent()) {
            throw new ParameterException(spec.commandLine(), shown(file) + " is a file of the dataset folder "
                    + shown(dataset.get()) + ", which is validated as a whole: quotes validate "
                    + shown(dataset.get()) + " (" + accepted + ")");
        }
        boolean parquet = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet");
        throw new ParameterException(spec.commandLine(), "cannot read " + shown(file) + " as a table file: "
                + accepted + (parquet ? "; Parquet files are written, not read" : ""));
    }

    /** The dataset folder (one that holds outlets.yaml) that {@code file} is in, if any. */
    private static Optional<Path> datasetHolding(Path file) {
        for (Path folder = file.toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("outlets.yaml"))) {
                return Optional.of(folder);
            }
        }
        return Optional.empty();
    }

    /**
     * The pipeline with {@code --threads} workers.
     *
     * @param options the command's options, or null when none was given
     */
    static BulkPipeline pipeline(TableFileOptions options) {
        return new BulkPipeline(options == null || options.threads == null
                ? BulkPipeline.Settings.forThisMachine()
                : BulkPipeline.Settings.withWorkers(options.threads));
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
     * Progress on {@code err} when standard error is a terminal that a person watches, with the
     * violations going to {@code report} (written to {@code reportOut}) so that a violation never
     * shares a line with the progress line; else no progress, and the violations straight to
     * {@code report}.
     */
    static Shown show(Path file, PrintWriter err, Consumer<Violation> report, PrintWriter reportOut) {
        if (!Terminals.stderrIsTerminal()) {
            return new Shown(BulkPipeline.Progress.NONE, report);
        }
        ConsoleProgress progress = new ConsoleProgress(shown(file), file.toFile().length(), err, System::nanoTime);
        return new Shown(progress, v -> {
            progress.clearLine();
            report.accept(v);
            reportOut.flush();
        });
    }
}
