package org.newsquotes.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsquotes.export.TableWriter;
import org.newsquotes.export.csv.CsvTableWriter;
import org.newsquotes.export.json.JsonTableWriter;
import org.newsquotes.generate.QuoteCorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code quotes generate}: writes a synthetic quotes table for benchmarks and scale tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        exitCodeList = {ExitCodes.DONE_HELP, ExitCodes.USAGE_HELP, ExitCodes.INTERNAL_HELP},
        description = "Write a synthetic quotes table (the columns of exports/quotes.*), deterministic for a"
                + " seed, with invalid records at a chosen rate. For benchmarks; not part of the dataset.")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--records", required = true, paramLabel = "N", description = "How many records.")
    private long records;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--invalid-rate", defaultValue = "0", paramLabel = "R",
            description = "Share of invalid records, from 0 to 1 (default: ${DEFAULT-VALUE}).")
    private double invalidRate;

    @Option(names = "--output", required = true, paramLabel = "FILE",
            description = "File to write; its extension (.jsonl or .csv) chooses the format. Must not exist.")
    private Path output;

    @Override
    public Integer call() throws Exception {
        String name = output.getFileName().toString();
        TableWriter writer;
        if (name.endsWith(".jsonl")) {
            writer = JsonTableWriter.lines();
        } else if (name.endsWith(".csv")) {
            writer = new CsvTableWriter();
        } else {
            throw new ParameterException(spec.commandLine(), "--output must end with .jsonl or .csv: " + output);
        }
        if (Files.exists(output)) {
            throw new ParameterException(spec.commandLine(), output + " exists; remove it or choose another file");
        }
        QuoteCorpusGenerator.Options options;
        try {
            options = new QuoteCorpusGenerator.Options(records, seed, invalidRate);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        QuoteCorpusGenerator generator = new QuoteCorpusGenerator(options);
        long written = NewFile.write(output, partial -> writer.write(generator.table(), generator.rows(), partial));
        spec.commandLine().getOut().print("wrote " + output + " (" + written + " records)\n");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
