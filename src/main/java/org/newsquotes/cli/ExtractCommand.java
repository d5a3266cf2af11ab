package org.newsquotes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsquotes.export.TableWriter;
import org.newsquotes.export.csv.CsvTableWriter;
import org.newsquotes.export.json.JsonTableWriter;
import org.newsquotes.extract.ExtractedRows;
import org.newsquotes.extract.QuoteExtractor;
import org.newsquotes.model.Speaker;
import org.newsquotes.schema.TableRows.QuoteRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quotes extract}: the rule-based baseline, which writes the quotations it finds in source
 * texts as rows of the quotes table.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        exitCodeList = {ExitCodes.DONE_HELP, "1:a source is not UTF-8", ExitCodes.USAGE_HELP, ExitCodes.INTERNAL_HELP},
        description = {"Find the quotations in source texts by fixed rules (quotation marks, a cue verb, the speaker"
                + " next to it; see README.md) and write them as rows of the quotes table, with what the rules"
                + " cannot know (outlet, dates, segment, utterance group) left null. Offsets are code points. A"
                + " baseline for quotes evaluate; no model, no network."})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Source texts (UTF-8). A name that starts with"
            + " three digits, as in dataset/sources/, gives the document id (002_….txt is d002) and quote ids.")
    private List<Path> sources;

    @Option(names = "--output", paramLabel = "FILE", description = "File to write (must not exist); default: the"
            + " standard output.")
    private Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl or csv (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--dataset", paramLabel = "DIR", defaultValue = "dataset",
            description = "Dataset folder whose speakers.yaml names the speakers (default: ${DEFAULT-VALUE}).")
    private Path dataset;

    @Override
    public Integer call() throws IOException {
        TableWriter writer = writer();
        if (output != null && Files.exists(output)) {
            throw new ParameterException(spec.commandLine(), output + " exists; remove it or choose another file");
        }
        List<Speaker> registry = Registry.speakers(spec, dataset);
        Map<String, Speaker> byId = new LinkedHashMap<>();
        registry.forEach(s -> byId.put(s.id(), s));
        QuoteExtractor extractor = new QuoteExtractor(registry);
        List<QuoteRow> rows = new ArrayList<>();
        for (Path file : sources) {
            Registry.Source source = Registry.source(spec, file);
            if (source.text() == null) {
                return ExitCodes.INVALID;
            }
            String documentId = ExtractedRows.documentIdOf(source.text().name());
            rows.addAll(ExtractedRows.of(source.text(), documentId, extractor.extract(source.text()), byId));
        }
        if (output != null) {
            NewFile.write(output, partial -> writer.write(ExtractedRows.COLUMNS, rows.iterator(), partial));
            return ExitCodes.OK;
        }
        // The writers write files: the standard output gets a temporary one's text.
        Path temp = Files.createTempFile("quotes-extract", "." + writer.extension());
        try {
            Files.delete(temp);
            writer.write(ExtractedRows.COLUMNS, rows.iterator(), temp);
            PrintWriter out = spec.commandLine().getOut();
            out.print(Files.readString(temp, StandardCharsets.UTF_8));
            out.flush();
        } finally {
            Files.deleteIfExists(temp);
        }
        return ExitCodes.OK;
    }

    private TableWriter writer() {
        switch (format.toLowerCase(Locale.ROOT)) {
            case "jsonl":
                return JsonTableWriter.lines();
            case "csv":
                return new CsvTableWriter();
            default:
                throw new ParameterException(spec.commandLine(), "unknown --format '" + format + "'; give jsonl or csv");
        }
    }
}
