package org.newsquotes.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsquotes.export.DatasetCounts;
import org.newsquotes.export.GeneratedSections;
import org.newsquotes.validate.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code quotes docs}: regenerates the generated sections of the documentation from the data. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        exitCodeList = {ExitCodes.VALID_HELP, ExitCodes.STALE_DOCS_HELP, ExitCodes.USAGE_HELP,
            ExitCodes.INTERNAL_HELP},
        description = "Regenerate the sections of the documentation that are generated from the data"
                + " (the data card's counts), or with --check fail when they are stale.")
final class DocsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Option(names = "--dataset", paramLabel = "DIR", defaultValue = "dataset",
            description = "Dataset folder; its README.md is the data card (default: ${DEFAULT-VALUE}).")
    private Path datasetDir;

    @Option(names = "--check", description = "Change nothing; exit 1 when a generated section is stale.")
    private boolean check;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DatasetCheck data = DatasetCheck.run(spec, datasetDir, main.clock());
        if (data.fails(false)) {
            TextReport.write(data.violations(), data.filesChecked(), spec.commandLine().getErr());
            return ExitCodes.INVALID;
        }
        Path card = datasetDir.resolve("README.md");
        String current = Files.readString(card, StandardCharsets.UTF_8);
        String generated = GeneratedSections.fill(current, new DatasetCounts(data.dataset()).sections());
        if (generated.equals(current)) {
            out.print(card + " is up to date\n");
            out.flush();
            return ExitCodes.OK;
        }
        if (check) {
            spec.commandLine().getErr().print(card + " is stale: run `quotes docs` and commit the result\n");
            spec.commandLine().getErr().flush();
            return ExitCodes.INVALID;
        }
        GeneratedSections.replace(card, generated);
        out.print("updated " + card + "\n");
        out.flush();
        return ExitCodes.OK;
    }
}
