package org.newsquotes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.newsquotes.bulk.BulkPipeline;
import org.newsquotes.bulk.HeapTooSmallException;
import org.newsquotes.bulk.Output;
import org.newsquotes.bulk.ParquetOutput;
import org.newsquotes.bulk.TextOutput;
import org.newsquotes.export.Checksums;
import org.newsquotes.schema.TableRows;
import org.newsquotes.export.Exporter;
import org.newsquotes.export.FolderDifferences;
import org.newsquotes.export.StagingFolder;
import org.newsquotes.schema.Table;
import org.newsquotes.export.TableWriter;
import org.newsquotes.schema.Tables;
import org.newsquotes.export.csv.CsvTableWriter;
import org.newsquotes.export.csv.DataPackageWriter;
import org.newsquotes.export.json.CroissantWriter;
import org.newsquotes.export.json.JsonTableWriter;
import org.newsquotes.export.parquet.ParquetTableWriter;
import org.newsquotes.model.Dataset;
import org.newsquotes.schema.Messages;
import org.newsquotes.validate.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code quotes export}: validates a dataset and, only when it is valid, writes every export; with
 * {@code --check}, compares the exports with a fresh export instead. The one command that loads the
 * Parquet writer.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Validate a dataset folder and write every table as CSV, JSON, JSON Lines and Parquet,"
                + " with datapackage.json and SHA256SUMS. Invalid data is never exported; files are replaced"
                + " only when all are written.",
            "With --input: check bulk table files (JSON Lines, CSV or JSON; millions of rows) row by row with the"
                + " rules of `quotes validate FILE` and write their valid rows to OUTPUT/<file name>.<format>, in one"
                + " streaming pass. Invalid rows are reported (path:line: error: [rule.id] message) and left out;"
                + " the valid rows are still written, and the exit code is 1. When a file cannot be read to its"
                + " end (not well-formed), nothing is written. Files are replaced only when all are written."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Option(names = "--dataset", paramLabel = "DIR", defaultValue = "dataset",
            description = "Dataset folder (default: ${DEFAULT-VALUE}).")
    private Path datasetDir;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "exports",
            description = "Folder to write the exports to (default: ${DEFAULT-VALUE}).")
    private Path outputDir;

    @Option(names = "--check",
            description = "Write nothing: export into a temporary folder and compare it byte for byte with the"
                    + " output folder; fail (exit 1), naming each file, when they differ.")
    private boolean check;

    @Option(names = "--input", paramLabel = "FILE", arity = "1..*",
            description = "Bulk table files to check and export instead of the dataset: .jsonl, .csv or .json.")
    private List<Path> inputs = List.of();

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "parquet",
            description = "With --input: formats to write, comma-separated: parquet (default), csv, jsonl, json.")
    private List<String> formats;

    @Mixin
    private TableFileOptions tableFiles;

    /** Refuses an output folder that cannot be one: it, or a folder it would be made in, is a file. */
    private void checkOutputFolder() {
        Path existing = outputDir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new ParameterException(spec.commandLine(), "--output " + slashes(outputDir) + ": "
                    + slashes(existing) + " is a file, not a folder; give a folder to write the exports to");
        }
    }

    /** The exporter of every format and metadata file. */
    static Exporter exporter() {
        return new Exporter(
                List.of(new CsvTableWriter(), JsonTableWriter.array(), JsonTableWriter.lines(), new ParquetTableWriter()),
                List.of(new DataPackageWriter(), new CroissantWriter(), new Checksums()));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkOutputFolder();
        StagingFolder.recover(outputDir).ifPresent(done -> err.print("quotes: " + done + "\n"));
        if (!inputs.isEmpty()) {
            try {
                return exportFiles(out, err);
            } catch (HeapTooSmallException e) {
                return TableFileOptions.heapTooSmall(err, e, "; " + slashes(outputDir) + " is unchanged");
            }
        }
        DatasetCheck datasetCheck = DatasetCheck.run(spec, datasetDir, main.clock());
        if (datasetCheck.fails(false)) {
            TextReport.write(datasetCheck.violations(), datasetCheck.filesChecked(), err);
            err.print("export refused: fix the errors above first; " + outputDir + " is unchanged\n");
            err.flush();
            return ExitCodes.INVALID;
        }
        return check ? check(datasetCheck.dataset(), out, err) : export(datasetCheck.dataset(), out, err);
    }

    private int export(Dataset dataset, PrintWriter out, PrintWriter err) throws IOException {
        List<Exporter.WrittenFile> files;
        try (StagingFolder staging = StagingFolder.in(outputDir); InterruptGuard guard = new InterruptGuard(staging, err)) {
            files = exporter().export(Tables.all(new TableRows(dataset)), staging);
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
        FolderDifferences differences = exporter().check(Tables.all(new TableRows(dataset)), outputDir);
        if (differences.none()) {
            out.print(slashes(outputDir) + " matches a fresh export of " + slashes(datasetDir) + " ("
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
                + " from a fresh export of " + slashes(datasetDir) + "; run quotes export to write them\n");
        err.flush();
        return ExitCodes.INVALID;
    }

    private int exportFiles(PrintWriter out, PrintWriter err) throws IOException {
        if (check || spec.commandLine().getParseResult().hasMatchedOption("--dataset")) {
            throw new ParameterException(spec.commandLine(), "--input exports table files; it does not go with "
                    + (check ? "--check" : "--dataset"));
        }
        List<Format> chosen = new ArrayList<>();
        for (String name : formats) {
            Format format = format(name.toLowerCase(Locale.ROOT));
            if (chosen.stream().anyMatch(f -> f.extension().equals(format.extension()))) {
                throw new ParameterException(spec.commandLine(), "--format names " + name + " twice");
            }
            chosen.add(format);
        }
        Set<String> stems = new HashSet<>();
        for (Path input : inputs) {
            if (!Files.isRegularFile(input)) {
                throw new ParameterException(spec.commandLine(), "'" + input + "' is not a file; give table files"
                        + " (.jsonl, .csv, .json)");
            }
            if (!stems.add(stem(input))) {
                throw new ParameterException(spec.commandLine(), "two inputs are named " + stem(input)
                        + "; their exports would have the same name");
            }
        }
        Table<?> table = tableFiles.table(spec);
        BulkPipeline pipeline = tableFiles.pipeline(spec);
        TextReport report = new TextReport(err);
        long invalidRows = 0;
        boolean unreadable = false;
        try (StagingFolder staging = StagingFolder.in(outputDir); InterruptGuard guard = new InterruptGuard(staging, err)) {
            Map<String, Long> written = new LinkedHashMap<>();
            for (Path input : inputs) {
                List<Output> outputs = new ArrayList<>();
                for (Format format : chosen) {
                    outputs.add(format.output().apply(staging.resolve(stem(input) + "." + format.extension())));
                }
                TableFileOptions.Shown shown = TableFileOptions.show(input, err, report::add, err);
                BulkPipeline.Result result = pipeline.run(input, TableFileOptions.shown(input), table, outputs,
                        shown.violations(), shown.progress());
                unreadable |= !result.readToEnd();
                invalidRows += result.invalidRows();
                for (Output output : outputs) {
                    written.put(output.file().getFileName().toString(), result.validRows());
                }
            }
            report.finish(inputs.size());
            if (unreadable) {
                err.print("export refused: a file could not be read to its end; " + slashes(outputDir)
                        + " is unchanged\n");
                err.flush();
                return ExitCodes.INVALID;
            }
            List<Path> placed = staging.commit(List.copyOf(written.keySet()));
            int i = 0;
            for (long rows : written.values()) {
                out.print("wrote " + slashes(placed.get(i++)) + " (" + rows + " rows)\n");
            }
            out.flush();
        }
        if (invalidRows > 0) {
            err.print(Messages.count(invalidRows, "invalid row") + " left out of the export\n");
            err.flush();
            return ExitCodes.INVALID;
        }
        return ExitCodes.OK;
    }

    /**
     * A format that {@code --format} names: the extension of its files, and the output that writes
     * one. The Parquet output is made only when asked for, so that a run without it loads no Parquet
     * class.
     */
    private record Format(String extension, Function<Path, Output> output) {
    }

    private Format format(String format) {
        switch (format) {
            case "parquet":
                return new Format("parquet", ParquetOutput::new);
            case "csv":
                return text(new CsvTableWriter());
            case "jsonl":
                return text(JsonTableWriter.lines());
            case "json":
                return text(JsonTableWriter.array());
            default:
                throw new ParameterException(spec.commandLine(), "unknown format '" + format
                        + "'; give parquet, csv, jsonl or json");
        }
    }

    private static Format text(TableWriter writer) {
        return new Format(writer.extension(), file -> new TextOutput(writer, file));
    }

    /** The file name of {@code input} without its extension. */
    private static String stem(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
