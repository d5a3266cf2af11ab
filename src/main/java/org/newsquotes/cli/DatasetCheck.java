package org.newsquotes.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.newsquotes.load.DatasetLoader;
import org.newsquotes.load.LoadResult;
import org.newsquotes.model.Dataset;
import org.newsquotes.validate.Rules;
import org.newsquotes.schema.Severity;
import org.newsquotes.validate.Validator;
import org.newsquotes.schema.Violation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Loads a dataset folder and runs every rule over it: what {@code validate} reports and what
 * {@code export} requires to be clean.
 *
 * @param dataset what could be loaded
 * @param violations loader problems and rule violations, in report order
 * @param filesChecked how many files were read
 */
record DatasetCheck(Dataset dataset, List<Violation> violations, int filesChecked) {

    /**
     * Checks {@code datasetDir}, which the user named on {@code spec}'s command line.
     *
     * @param clock says what today is, for the rules about dates
     * @throws ParameterException when the folder does not exist
     */
    static DatasetCheck run(CommandSpec spec, Path datasetDir, Clock clock) throws IOException {
        if (!Files.isDirectory(datasetDir)) {
            throw new ParameterException(spec.commandLine(),
                    "dataset folder '" + datasetDir + "' does not exist; give the folder that holds outlets.yaml");
        }
        return run(datasetDir, clock);
    }

    /**
     * Checks {@code datasetDir}.
     *
     * @param clock says what today is, for the rules about dates
     */
    static DatasetCheck run(Path datasetDir, Clock clock) throws IOException {
        LoadResult loaded = new DatasetLoader(Path.of("")).load(datasetDir);
        List<Violation> all = new ArrayList<>(loaded.problems());
        boolean everyRecordLoaded = loaded.problems().stream().noneMatch(v -> v.severity() == Severity.ERROR);
        for (Violation v : new Validator(Rules.datasetRules(clock)).validate(loaded.dataset())) {
            if (everyRecordLoaded || !Rules.NEED_EVERY_RECORD.contains(v.rule())) {
                all.add(v);
            }
        }
        all.sort(Violation.REPORT_ORDER);
        return new DatasetCheck(loaded.dataset(), all, loaded.filesRead());
    }

    /** Whether any violation fails the check. */
    boolean fails(boolean warningsAsErrors) {
        return violations.stream().anyMatch(v -> warningsAsErrors || v.severity() == Severity.ERROR);
    }
}
