package org.newsquotes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsquotes.evaluate.EvaluationOptions;
import org.newsquotes.evaluate.EvaluationReport;
import org.newsquotes.evaluate.Evaluator;
import org.newsquotes.evaluate.PredictionException;
import org.newsquotes.evaluate.PredictionReader;
import org.newsquotes.evaluate.Prediction;
import org.newsquotes.evaluate.Predictions;
import org.newsquotes.evaluate.SpeakerComparison;
import org.newsquotes.validate.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code quotes evaluate}: scores a quotation extraction system's output against the dataset. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        exitCodeList = {ExitCodes.DONE_HELP, "1:the predictions or the dataset cannot be read (one line names the"
                + " file, the place and the fix)", ExitCodes.USAGE_HELP, ExitCodes.INTERNAL_HELP},
        description = {"Score predicted quotations against the dataset, the gold standard: Citron's exact and"
                + " overlap precision, recall and F1 for content spans, and speaker accuracy on the matched spans,"
                + " in total and by kind, document and outlet.",
            "PREDICTIONS are files in the quotes table's columns (.jsonl or .csv: document_id or source_file,"
                + " char_start, char_end; optionally speaker_id or speaker_name, cue, kind), or folders of Citron"
                + " annotation files (<document_id>.json, as `quotes export` writes in exports/citron).",
            "Offsets are code points, end exclusive: the dataset's offsets and Citron's Python string indexes"
                + " are the same thing. Quotation marks at a span's ends are ignored on both sides, so spans"
                + " with marks (Citron) and without (the dataset) compare alike. Speakers are compared by"
                + " speaker_id when the file has that column, else by name through the registry's names and"
                + " aliases (Citron's sources)."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Parameters(arity = "1..*", paramLabel = "PREDICTIONS", description = "Prediction files or Citron folders.")
    private List<Path> inputs;

    @Option(names = "--dataset", paramLabel = "DIR", defaultValue = "dataset",
            description = "The gold standard's dataset folder (default: ${DEFAULT-VALUE}).")
    private Path datasetDir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "Report format: text, json or markdown (default: ${DEFAULT-VALUE}).")
    private EvaluationReport.Format format;

    @Option(names = "--exclude-scare", description = "Leave scare quotes (marks with nobody speaking) out, on both"
            + " sides: a predicted span that matches one is not counted either.")
    private boolean excludeScare;

    @Option(names = "--exclude-indirect", description = "Leave indirect speech (reported speech without marks) out,"
            + " on both sides.")
    private boolean excludeIndirect;

    @Override
    public Integer call() throws IOException {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new ParameterException(spec.commandLine(), "'" + input + "' does not exist; give a quotes table"
                        + " (.jsonl, .csv) or a folder of Citron .json files");
            }
        }
        DatasetCheck data = DatasetCheck.run(spec, datasetDir, main.clock());
        if (data.fails(false)) {
            TextReport.write(data.violations(), data.filesChecked(), spec.commandLine().getErr());
            return ExitCodes.INVALID;
        }
        PrintWriter err = spec.commandLine().getErr();
        try {
            PredictionReader reader = new PredictionReader(data.dataset());
            List<Prediction> all = new ArrayList<>();
            SpeakerComparison speakers = null;
            Path first = null;
            for (Path input : inputs) {
                Predictions read = reader.read(input);
                all.addAll(read.predictions());
                if (speakers != null && speakers != read.speakers()) {
                    throw new PredictionException(input + ": error: its speakers are compared " + read.speakers()
                            .description() + ", those of " + first + " " + speakers.description() + "; score them"
                            + " apart, or give every file the same speaker columns");
                }
                speakers = read.speakers();
                first = first == null ? input : first;
            }
            EvaluationOptions options = EvaluationOptions.ALL.withScare(!excludeScare).withIndirect(!excludeIndirect);
            String report = EvaluationReport.render(
                    new Evaluator(data.dataset()).evaluate(new Predictions(all, speakers), options),
                    inputs.stream().map(p -> p.toString().replace('\\', '/')).toList(), format);
            spec.commandLine().getOut().print(report);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (PredictionException e) {
            err.print(e.getMessage() + "\n");
            err.flush();
            return ExitCodes.INVALID;
        }
    }

    /** Reads {@code --format} without regard to case. */
    static final class FormatConverter implements ITypeConverter<EvaluationReport.Format> {
        @Override
        public EvaluationReport.Format convert(String value) {
            try {
                return EvaluationReport.Format.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a report format; use text, json or markdown");
            }
        }
    }
}
