package org.newsquotes.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsquotes.bulk.BulkPipeline;
import org.newsquotes.bulk.HeapTooSmallException;
import org.newsquotes.schema.Table;
import org.newsquotes.validate.Report;
import org.newsquotes.validate.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code quotes validate}: checks a dataset folder against every rule, or table files (exports, or
 * files derived from them) against their table's columns, and reports every violation.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = FormatConverter.class,
            description = "Report format: text (default), json or github (GitHub Actions workflow commands).")
    private ReportFormat format;

    @Mixin
    private TableFileOptions tableFiles;

    @Option(names = "--warnings-as-errors", description = "Fail (exit 1) on warnings too.")
    private boolean warningsAsErrors;

    @Override
    public Integer call() throws Exception {
        List<Path> given = paths.isEmpty() ? List.of(Path.of("dataset")) : paths;
        for (Path path : given) {
            if (!Files.exists(path)) {
                throw new ParameterException(spec.commandLine(), "'" + path + "' does not exist; give the dataset"
                        + " folder that holds outlets.yaml, or table files (.csv, .json, .jsonl)");
            }
        }
        Report report = format.open(spec.commandLine().getOut());
        if (given.size() == 1 && Files.isDirectory(given.get(0))) {
            DatasetCheck check = DatasetCheck.run(spec, given.get(0), main.clock());
            report.addAll(check.violations());
            report.finish(check.filesChecked());
        } else {
            try {
                checkFiles(given, report);
            } catch (HeapTooSmallException e) {
                spec.commandLine().getOut().flush();
                return TableFileOptions.heapTooSmall(spec.commandLine().getErr(), e, "");
            }
        }
        boolean fails = report.errors() > 0 || warningsAsErrors && report.warnings() > 0;
        return fails ? ExitCodes.INVALID : ExitCodes.OK;
    }

    private void checkFiles(List<Path> files, Report report) throws IOException {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "'" + file + "' is not a file; give one dataset"
                        + " folder, or table files");
            }
        }
        Table<?> table = tableFiles.table(spec);
        BulkPipeline pipeline = tableFiles.pipeline(spec);
        for (Path file : files) {
            TableFileOptions.Shown shown = TableFileOptions.show(file, spec.commandLine().getErr(), report::add,
                    spec.commandLine().getOut());
            pipeline.run(file, TableFileOptions.shown(file), table, List.of(), shown.violations(), shown.progress());
        }
        report.finish(files.size());
    }

    /** Reads {@code --format} in lower case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            for (ReportFormat f : ReportFormat.values()) {
                if (f.code().equals(value.toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("unknown format '" + value
                    + "'; give text, json or github");
        }
    }
}
