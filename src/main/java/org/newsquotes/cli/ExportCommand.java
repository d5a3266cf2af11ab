package org.newsquotes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsquotes.export.Checksums;
import org.newsquotes.export.ExportRows;
import org.newsquotes.export.Exporter;
import org.newsquotes.export.FolderDifferences;
import org.newsquotes.export.Tables;
import org.newsquotes.export.csv.CsvTableWriter;
import org.newsquotes.export.csv.DataPackageWriter;
import org.newsquotes.export.json.CroissantWriter;
import org.newsquotes.export.json.JsonTableWriter;
import org.newsquotes.export.parquet.ParquetTableWriter;
import org.newsquotes.model.Dataset;
import org.newsquotes.validate.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code quotes export}: validates a dataset and, only when it is valid, writes every export; with
 * {@code --check}, compares the exports with a fresh export instead. The one command that loads the
 * Parquet writer.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Validate a dataset folder and write every table as CSV, JSON, JSON Lines and Parquet,"
                + " with datapackage.json and SHA256SUMS. Invalid data is never exported; files are replaced"
                + " only when all are written.")
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
        DatasetCheck datasetCheck = DatasetCheck.run(spec, datasetDir, main.clock());
        if (datasetCheck.fails(false)) {
            TextReport.write(datasetCheck.violations(), datasetCheck.filesChecked(), err);
            err.print("export refused: fix the errors above first; " + outputDir + " is unchanged\n");
            err.flush();
            return ExitCodes.INVALID;
        }
        return check ? check(datasetCheck.dataset(), out, err) : export(datasetCheck.dataset(), out);
    }

    private int export(Dataset dataset, PrintWriter out) throws IOException {
        for (Exporter.WrittenFile file : exporter().export(Tables.all(new ExportRows(dataset)), outputDir)) {
            out.print("wrote " + slashes(file.file()));
            file.rows().ifPresent(rows -> out.print(" (" + rows + " rows)"));
            out.print("\n");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private int check(Dataset dataset, PrintWriter out, PrintWriter err) throws IOException {
        FolderDifferences differences = exporter().check(Tables.all(new ExportRows(dataset)), outputDir);
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

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
