package org.newsquotes.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsquotes.bulk.BulkPipeline;
import org.newsquotes.bulk.HeapTooSmallException;
import org.newsquotes.schema.Table;
import org.newsquotes.validate.Report;
import org.newsquotes.validate.ReportFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code quotes validate}: checks a dataset folder against every rule, or table files (exports, or
 * files derived from them) against their table's columns, and reports every violation.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        exitCodeList = {ExitCodes.VALID_HELP, ExitCodes.INVALID_HELP, ExitCodes.USAGE_HELP,
            ExitCodes.INTERNAL_BULK_HELP},
        description = {"Check a dataset folder against every rule, or table files (CSV, JSON, JSON Lines) against"
                + " the columns of their table, and report each problem, then a summary.",
            "Text reports print path:line:col: severity: [rule.id] message; `quotes rules` lists the rules."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "A dataset folder (default: dataset), or one or more table files.")
    private List<Path> paths = List.of();

    @Option(names = "--report", paramLabel = "FORMAT", defaultValue = "text",
            converter = ReportConverter.class, completionCandidates = ReportNames.class,
            description = "Report format: ${COMPLETION-CANDIDATES} (default: text; github writes GitHub Actions"
                    + " workflow commands).")
    private ReportFormat report;

    @Option(names = "--warnings-as-errors", description = "Fail (exit 1) on warnings too.")
    private boolean warningsAsErrors;

    @ArgGroup(exclusive = false, heading = "%nTable files (validate FILE...):%n")
    private TableFileOptions tableFiles;

    /** {@code --format} was the report's option up to 0.2.3; it now names the formats that export writes. */
    @Option(names = "--format", hidden = true)
    void oldReportOption(String value) {
        throw new ParameterException(spec.commandLine(), "validate's --format is now --report: --report " + value);
    }

    @Override
    public Integer call() throws Exception {
        List<Path> given = paths.isEmpty() ? List.of(Path.of("dataset")) : paths;
        for (Path path : given) {
            if (!Files.exists(path)) {
                throw new ParameterException(spec.commandLine(), "'" + path + "' does not exist; give the dataset"
                        + " folder that holds outlets.yaml, or table files (.csv, .json, .jsonl)");
            }
        }
        if (given.size() == 1 && Files.isDirectory(given.get(0))) {
            Modes.refuse(spec, "--table", "table files (validate FILE...)", "it does nothing on a dataset folder");
            Path folder = given.get(0);
            refuseExportsFolder(folder);
            Report out = report.open(spec.commandLine().getOut());
            DatasetCheck check = DatasetCheck.run(spec, folder, main.clock());
            out.addAll(check.violations());
            out.finish(check.filesChecked());
            return exitCode(out);
        }
        List<Table<?>> tables = tablesOf(given);
        Report out = report.open(spec.commandLine().getOut());
        try {
            checkFiles(given, tables, out);
        } catch (HeapTooSmallException e) {
            spec.commandLine().getOut().flush();
            return TableFileOptions.heapTooSmall(spec.commandLine().getErr(), e, "");
        }
        return exitCode(out);
    }

    private int exitCode(Report out) {
        boolean fails = out.errors() > 0 || warningsAsErrors && out.warnings() > 0;
        return fails ? ExitCodes.INVALID : ExitCodes.OK;
    }

    /** Refuses a folder of exports, which is checked against the dataset by {@code export --check}. */
    private void refuseExportsFolder(Path folder) {
        if (!Files.exists(folder.resolve("outlets.yaml")) && Files.exists(folder.resolve("datapackage.json"))) {
            String shown = TableFileOptions.shown(folder);
            throw new ParameterException(spec.commandLine(), shown + " is a folder of exports, not a dataset folder:"
                    + " check that it is what the dataset gives with quotes export --check --output " + shown
                    + ", or validate its table files (quotes validate " + shown + "/quotes.csv ...)");
        }
    }

    /** Refuses what is not a table file, then tells each file's table. */
    private List<Table<?>> tablesOf(List<Path> files) throws IOException {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "'" + file + "' is not a file; give one dataset"
                        + " folder, or table files");
            }
            TableFileOptions.requireReadable(spec, file);
        }
        TableFileOptions.check(spec, tableFiles);
        List<Table<?>> tables = new ArrayList<>();
        for (Path file : files) {
            tables.add(TableFileOptions.tableOf(spec, tableFiles, file));
        }
        return tables;
    }

    private void checkFiles(List<Path> files, List<Table<?>> tables, Report out) throws IOException {
        BulkPipeline pipeline = TableFileOptions.pipeline(tableFiles);
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            TableFileOptions.Shown shown = TableFileOptions.show(file, spec.commandLine().getErr(), out::add,
                    spec.commandLine().getOut());
            pipeline.run(file, TableFileOptions.shown(file), tables.get(i), List.of(), shown.violations(),
                    shown.progress());
        }
        out.finish(files.size());
    }

    /** The report formats' names, for {@code --report}'s help. */
    static final class ReportNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of(ReportFormat.values()).stream().map(ReportFormat::code).iterator();
        }
    }

    /** Reads {@code --report} in any case. */
    static final class ReportConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            for (ReportFormat f : ReportFormat.values()) {
                if (f.code().equals(value.toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw new TypeConversionException("unknown report format '" + value + "'; give "
                    + String.join(", ", new ReportNames()));
        }
    }
}
