package org.newsquotes.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsquotes.validate.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quotes validate}: loads a dataset, runs every rule and reports every violation. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a dataset folder against every rule and report each problem as"
                + " path:line:col: severity: [rule.id] message, then a summary.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DATASET_DIR", defaultValue = "dataset",
            description = "Dataset folder (default: ${DEFAULT-VALUE}).")
    private Path datasetDir;

    @Option(names = "--warnings-as-errors", description = "Fail (exit 1) on warnings too.")
    private boolean warningsAsErrors;

    @Override
    public Integer call() throws Exception {
        DatasetCheck check = DatasetCheck.run(spec, datasetDir);
        TextReport.write(check.violations(), check.filesChecked(), spec.commandLine().getOut());
        return check.fails(warningsAsErrors) ? ExitCodes.INVALID : ExitCodes.OK;
    }
}
