package org.newsquotes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsquotes.bulk.HeapTooSmallException;
import org.newsquotes.export.Checksums;
import org.newsquotes.schema.TableRows;
import org.newsquotes.export.Exporter;
import org.newsquotes.export.FolderDifferences;
import org.newsquotes.export.StagingFolder;
import org.newsquotes.schema.Tables;
import org.newsquotes.export.csv.CsvTableWriter;
import org.newsquotes.export.csv.DataPackageWriter;
import org.newsquotes.export.json.CitronWriter;
import org.newsquotes.export.json.CroissantWriter;
import org.newsquotes.export.json.JsonTableWriter;
import org.newsquotes.export.parquet.ParquetTableWriter;
import org.newsquotes.model.Dataset;
import org.newsquotes.validate.TextReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code quotes export}: validates a dataset and, only when it is valid, writes every export; with
 * {@code --check}, compares the exports with a fresh export instead; with {@code --input}, exports
 * bulk table files ({@link BulkExport}). Each mode's options are an argument group of their own, and
 * an option of the other mode is refused ({@link Modes}). The one command that loads the Parquet writer.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        exitCodeList = {ExitCodes.VALID_HELP, ExitCodes.INVALID_HELP, ExitCodes.USAGE_HELP,
            ExitCodes.INTERNAL_BULK_HELP},
        description = {"Validate a dataset folder and write every table as CSV, JSON, JSON Lines and Parquet,"
                + " with datapackage.json and SHA256SUMS, and the quotes in Citron's annotation format"
                + " (citron/<document_id>.json). Invalid data is never exported; files are replaced"
                + " only when all are written.",
            "With --input: check bulk table files (JSON Lines, CSV or JSON; millions of rows) row by row with the"
                + " rules of `quotes validate FILE` and write their valid rows to OUTPUT/<file name>.<format>, in one"
                + " streaming pass. Invalid rows are reported (path:line: error: [rule.id] message) and left out;"
                + " the valid rows are still written, and the exit code is 1. When a file cannot be read to its"
                + " end (not well-formed), or every row of a file has an error, nothing is written. Files are"
                + " replaced only when all are written.",
            "Either way the summary of the check (N errors, M warnings in K files) is printed on stderr before"
                + " any file is written."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "exports",
            description = "Folder to write the exports to (default: ${DEFAULT-VALUE}).")
    private Path outputDir;

    @ArgGroup(exclusive = false, heading = "%nThe dataset (without --input):%n")
    private DatasetOptions dataset;

    @ArgGroup(exclusive = false, heading = "%nBulk table files (export --input FILE...):%n")
    private BulkExport.Options bulk;

    /** The options of the dataset mode. */
    static final class DatasetOptions {
        @Option(names = "--dataset", paramLabel = "DIR",
                description = "Dataset folder (default: dataset).")
        private Path datasetDir;

        @Option(names = "--check",
                description = "Write nothing: export into a temporary folder and compare it byte for byte with the"
                        + " output folder; fail (exit 1), naming each file, when they differ.")
        private boolean check;
    }

    private Path datasetDir() {
        return dataset == null || dataset.datasetDir == null ? Path.of("dataset") : dataset.datasetDir;
    }

    /**
     * Refuses an output folder that cannot be one: it, or a folder it would be made in, is a file.
     *
     * @param what what is written there, for the message ("the exports")
     */
    static void checkOutputFolder(CommandSpec spec, Path outputDir, String what) {
        Path existing = outputDir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new ParameterException(spec.commandLine(), "--output " + slashes(outputDir) + ": "
                    + slashes(existing) + " is a file, not a folder; give a folder to write " + what + " to");
        }
    }

    /** The exporter of every format and metadata file, and of {@code dataset}'s Citron files. */
    static Exporter exporter(Dataset dataset) {
        return new Exporter(
                List.of(new CsvTableWriter(), JsonTableWriter.array(), JsonTableWriter.lines(), new ParquetTableWriter()),
                List.of(new DataPackageWriter(), new CroissantWriter(), new CitronWriter(dataset), new Checksums()));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean files = bulk != null && !bulk.inputs().isEmpty();
        if (files) {
            Modes.refuse(spec, "--check", "the dataset (export without --input)", "it does not go with --input");
        } else {
            Modes.refuse(spec, "--input", "bulk table files (export --input FILE...)",
                    "without --input, export writes every format of the dataset's tables");
        }
        checkOutputFolder(spec, outputDir, "the exports");
        StagingFolder.recover(outputDir).ifPresent(done -> err.print("quotes: " + done + "\n"));
        if (files) {
            try {
                return new BulkExport(spec, bulk, outputDir).run(out, err);
            } catch (HeapTooSmallException e) {
                return TableFileOptions.heapTooSmall(err, e, "; " + slashes(outputDir) + " is unchanged");
            }
        }
        DatasetCheck datasetCheck = DatasetCheck.run(spec, datasetDir(), main.clock());
        TextReport.write(datasetCheck.violations(), datasetCheck.filesChecked(), err);
        if (datasetCheck.fails(false)) {
            err.print("export refused: fix the errors above first; " + outputDir + " is unchanged\n");
            err.flush();
            return ExitCodes.INVALID;
        }
        boolean check = dataset != null && dataset.check;
        return check ? check(datasetCheck.dataset(), out, err) : export(datasetCheck.dataset(), out, err);
    }

    // The interrupt guard is held for its close alone, which javac's try lint takes for a forgotten resource.
    @SuppressWarnings("try")
    private int export(Dataset dataset, PrintWriter out, PrintWriter err) throws IOException {
        List<Exporter.WrittenFile> files;
        try (StagingFolder staging = StagingFolder.in(outputDir); InterruptGuard guard = new InterruptGuard(staging, err)) {
            files = exporter(dataset).export(Tables.all(new TableRows(dataset)), staging);
        }
        for (Exporter.WrittenFile file : files) {
            out.print("wrote " + slashes(file.file()));
            file.rows().ifPresent(rows -> out.print(" (" + rows + " rows)"));
            out.print("\n");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private int check(Dataset dataset, PrintWriter out, PrintWriter err) throws IOException {
        FolderDifferences differences = exporter(dataset).check(Tables.all(new TableRows(dataset)), outputDir);
        if (differences.none()) {
            out.print(slashes(outputDir) + " matches a fresh export of " + slashes(datasetDir()) + " ("
                    + differences.expectedFiles() + " files)\n");
            out.flush();
            return ExitCodes.OK;
        }
        for (String name : differences.differing()) {
            err.print(slashes(outputDir.resolve(name)) + ": differs from a fresh export\n");
        }
        for (String name : differences.missing()) {
            err.print(slashes(outputDir.resolve(name)) + ": missing; a fresh export writes it\n");
        }
        for (String name : differences.extra()) {
            err.print(slashes(outputDir.resolve(name)) + ": not written by a fresh export\n");
        }
        err.print("export check failed: " + differences.count() + (differences.count() == 1 ? " file differs" : " files differ")
                + " from a fresh export of " + slashes(datasetDir()) + "; run quotes export to write them\n");
        err.flush();
        return ExitCodes.INVALID;
    }

    /** {@code path} with forward slashes, as messages show paths on every system. */
    static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
