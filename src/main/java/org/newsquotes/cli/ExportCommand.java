package org.newsquotes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsquotes.export.ExportRows;
import org.newsquotes.export.Exporter;
import org.newsquotes.export.TableWriter;
import org.newsquotes.export.Tables;
import org.newsquotes.export.csv.CsvTableWriter;
import org.newsquotes.export.json.JsonTableWriter;
import org.newsquotes.validate.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code quotes export}: validates a dataset and, only when it is valid, writes every export. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Validate a dataset folder and write every table as CSV, JSON and JSON Lines."
                + " Invalid data is never exported; files are replaced only when all are written.")
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

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DatasetCheck check = DatasetCheck.run(spec, datasetDir, main.clock());
        if (check.fails(false)) {
            TextReport.write(check.violations(), check.filesChecked(), err);
            err.print("export refused: fix the errors above first; " + outputDir + " is unchanged\n");
            err.flush();
            return ExitCodes.INVALID;
        }
        List<TableWriter> writers = List.of(new CsvTableWriter(), JsonTableWriter.array(), JsonTableWriter.lines());
        var written = new Exporter(writers).export(Tables.all(new ExportRows(check.dataset())), outputDir);
        for (Exporter.WrittenFile file : written) {
            out.print("wrote " + file.file().toString().replace('\\', '/') + " (" + file.rows() + " rows)\n");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
