package org.newsquotes.cli;

import static org.newsquotes.cli.ExportCommand.slashes;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsquotes.bulk.BulkPipeline;
import org.newsquotes.bulk.Output;
import org.newsquotes.export.StagingFolder;
import org.newsquotes.schema.Messages;
import org.newsquotes.schema.Table;
import org.newsquotes.validate.TextReport;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code export --input}: checks bulk table files row by row and writes their valid rows to
 * OUTPUT/&lt;file name&gt;.&lt;format&gt;, all files or none.
 */
final class BulkExport {

    /** The options of the bulk mode: the files, the formats, and the options of every table-file command. */
    static final class Options extends TableFileOptions {
        @Option(names = "--input", paramLabel = "FILE", arity = "1..*",
                description = "Table files to check and export instead of the dataset: .jsonl, .csv or .json.")
        private List<Path> inputs = List.of();

        @Option(names = "--format", paramLabel = "FORMAT", split = ",", converter = OutputFormat.Converter.class,
                description = "Formats to write, comma-separated: ${COMPLETION-CANDIDATES} (default: parquet).")
        private List<OutputFormat> formats = List.of(OutputFormat.PARQUET);

        /** The files given with {@code --input}; none when it was not given. */
        List<Path> inputs() {
            return inputs;
        }
    }

    /**
     * What the passes over the inputs did.
     *
     * @param written the rows written to each output, by file name
     * @param invalidRows rows left out
     * @param refusals why the export must not be written, one sentence per input that says so
     */
    private record Passes(Map<String, Long> written, long invalidRows, List<String> refusals) {
    }

    private final CommandSpec spec;
    private final Options options;
    private final Path outputDir;

    /** @param spec the {@code export} command, whose command line gave {@code options} */
    BulkExport(CommandSpec spec, Options options, Path outputDir) {
        this.spec = spec;
        this.options = options;
        this.outputDir = outputDir;
    }

    /**
     * Checks every input and, when none refuses it, writes the outputs; the report goes to {@code err},
     * the files written to {@code out}.
     *
     * @return the exit code
     */
    // The interrupt guard is held for its close alone, which javac's try lint takes for a forgotten resource.
    @SuppressWarnings("try")
    int run(PrintWriter out, PrintWriter err) throws IOException {
        List<OutputFormat> formats = formats();
        checkInputs(formats);
        TableFileOptions.check(spec, options);
        List<Table<?>> tables = new ArrayList<>();
        for (Path input : options.inputs) {
            tables.add(TableFileOptions.tableOf(spec, options, input));
        }
        Passes passes;
        try (StagingFolder staging = StagingFolder.in(outputDir);
                InterruptGuard guard = new InterruptGuard(staging, err)) {
            passes = checkAndWrite(staging, formats, tables, err);
            if (!passes.refusals().isEmpty()) {
                passes.refusals().forEach(refusal -> err.print("export refused: " + refusal + "; "
                        + slashes(outputDir) + " is unchanged\n"));
                err.flush();
                return ExitCodes.INVALID;
            }
            List<Path> placed = staging.commit(List.copyOf(passes.written().keySet()));
            int i = 0;
            for (long rows : passes.written().values()) {
                out.print("wrote " + slashes(placed.get(i++)) + " (" + rows + " rows)\n");
            }
            out.flush();
        }
        if (passes.invalidRows() > 0) {
            err.print(Messages.count(passes.invalidRows(), "invalid row") + " left out of the export\n");
            err.flush();
            return ExitCodes.INVALID;
        }
        return ExitCodes.OK;
    }

    /** The formats of {@code --format}, which must name each once. */
    private List<OutputFormat> formats() {
        for (OutputFormat format : options.formats) {
            if (Collections.frequency(options.formats, format) > 1) {
                throw new ParameterException(spec.commandLine(), "--format names " + format + " twice");
            }
        }
        return options.formats;
    }

    /** One pass over each input, writing into {@code staging}, then the report's summary. */
    private Passes checkAndWrite(StagingFolder staging, List<OutputFormat> formats, List<Table<?>> tables,
            PrintWriter err) throws IOException {
        BulkPipeline pipeline = TableFileOptions.pipeline(options);
        TextReport report = new TextReport(err);
        Map<String, Long> written = new LinkedHashMap<>();
        long invalidRows = 0;
        List<String> refusals = new ArrayList<>();
        for (int i = 0; i < options.inputs.size(); i++) {
            Path input = options.inputs.get(i);
            List<Output> outputs = new ArrayList<>();
            for (OutputFormat format : formats) {
                outputs.add(format.output(staging.resolve(outputName(input, format))));
            }
            TableFileOptions.Shown shown = TableFileOptions.show(input, err, report::add, err);
            BulkPipeline.Result result = pipeline.run(input, TableFileOptions.shown(input), tables.get(i), outputs,
                    shown.violations(), shown.progress());
            refusal(input, result).ifPresent(refusals::add);
            invalidRows += result.invalidRows();
            for (Output output : outputs) {
                written.put(output.file().getFileName().toString(), result.validRows());
            }
        }
        report.finish(options.inputs.size());
        return new Passes(written, invalidRows, refusals);
    }

    /**
     * Refuses inputs that cannot be exported, before any is read: not a file, not a table file, two
     * with one name, or one that an output would replace.
     */
    private void checkInputs(List<OutputFormat> formats) throws IOException {
        Set<String> stems = new HashSet<>();
        for (Path input : options.inputs) {
            if (!Files.isRegularFile(input)) {
                throw new ParameterException(spec.commandLine(), "'" + input + "' is not a file; give table files"
                        + " (.jsonl, .csv, .json)");
            }
            TableFileOptions.requireReadable(spec, input);
            if (!stems.add(stem(input))) {
                throw new ParameterException(spec.commandLine(), "two inputs are named " + stem(input)
                        + "; their exports would have the same name");
            }
            for (OutputFormat format : formats) {
                Path output = outputDir.resolve(outputName(input, format));
                // isSameFile compares the files themselves, whatever links or relative paths lead to them.
                if (Files.exists(output) && Files.isSameFile(output, input)) {
                    throw new ParameterException(spec.commandLine(), "--output " + slashes(outputDir)
                            + " with --format " + format + " would replace the input " + slashes(input)
                            + "; give another --output folder");
                }
            }
        }
    }

    /** Why the export of {@code input} must not be written, if it must not. */
    private static Optional<String> refusal(Path input, BulkPipeline.Result result) {
        if (!result.readToEnd()) {
            return Optional.of(TableFileOptions.shown(input) + " could not be read to its end");
        }
        if (result.rows() > 0 && result.validRows() == 0) {
            return Optional.of("every one of the " + result.rows() + " rows of " + TableFileOptions.shown(input)
                    + " has an error, so its export would hold no row; check that it holds the table you meant"
                    + " (--table)");
        }
        return Optional.empty();
    }

    private static String outputName(Path input, OutputFormat format) {
        return stem(input) + "." + format.extension();
    }

    /** The file name of {@code input} without its extension. */
    private static String stem(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
