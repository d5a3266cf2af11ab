package org.newsquotes.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.newsquotes.extract.DocumentDraft;
import org.newsquotes.extract.ExtractedQuote;
import org.newsquotes.extract.QuoteExtractor;
import org.newsquotes.model.SourceText;
import org.newsquotes.model.Speaker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quotes draft}: adds a source to the dataset with a document file drafted by the extractor,
 * for a curator to finish (dataset/FORMAT.md, "Adding a document").
 */
@Command(name = "draft", mixinStandardHelpOptions = true,
        exitCodeList = {ExitCodes.DONE_HELP, "1:the source is not UTF-8", ExitCodes.USAGE_HELP,
            ExitCodes.INTERNAL_HELP},
        description = {"Copy a source text into the dataset's sources/ and write documents/<id>.yaml with every"
                + " quotation quotes extract finds in it: verified offsets, and the kind, speaker and cue it proposes,"
                + " each named in a review list. quotes validate reports each open review mark as a warning, and the"
                + " null outlet fields as errors, until a curator has finished the file.",
            "Never overwrites a document or a source."})
final class DraftCommand implements Callable<Integer> {

    private static final Pattern DOCUMENT_ID = Pattern.compile("d(\\d{3})");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "The source text (UTF-8), byte for byte as collected.")
    private Path sourceFile;

    @Option(names = "--id", required = true, paramLabel = "dNNN", description = "The new document's id: d and three"
            + " digits, which also start the source's file name.")
    private String id;

    @Option(names = "--dataset", paramLabel = "DIR", defaultValue = "dataset",
            description = "Dataset folder (default: ${DEFAULT-VALUE}).")
    private Path dataset;

    @Override
    public Integer call() throws IOException {
        var digits = DOCUMENT_ID.matcher(id);
        if (!digits.matches()) {
            throw new ParameterException(spec.commandLine(), "--id '" + id + "' is not a document id; give d and three"
                    + " digits, such as d005");
        }
        List<Speaker> speakers = Registry.speakers(spec, dataset);
        Path document = dataset.resolve("documents").resolve(id + ".yaml");
        refuseExisting(document, "document", "choose another --id");
        Registry.Source read = Registry.source(spec, sourceFile);
        if (read.text() == null) {
            return ExitCodes.INVALID;
        }
        String name = targetName(digits.group(1), sourceFile.getFileName().toString(), read.text().sha256());
        Path source = dataset.resolve("sources").resolve(name);
        refuseExisting(source, "source", "remove it, or draft from the file already there by hand");
        SourceText text = new SourceText(name, TableFileOptions.shown(source), read.text().sha256(),
                read.text().text());
        List<ExtractedQuote> quotes = new QuoteExtractor(speakers).extract(text);
        String yaml = DocumentDraft.yaml(id, text, quotes);
        Files.createDirectories(source.getParent());
        Files.createDirectories(document.getParent());
        NewFile.write(source, read.bytes());
        try {
            NewFile.write(document, yaml.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            Files.deleteIfExists(source);
            throw e;
        }
        spec.commandLine().getOut().print("wrote " + TableFileOptions.shown(document) + " (" + quotes.size()
                + " quotes to review) and " + TableFileOptions.shown(source) + "\n");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /**
     * The source's name in sources/: its own when it already starts with the id's digits and an
     * underscore, as the dataset's names do; else the digits, an underscore, the first 16 hex digits
     * of its sha256 and {@code .txt}.
     */
    static String targetName(String digits, String given, String sha256) {
        return given.startsWith(digits + "_") ? given : digits + "_" + sha256.substring(0, 16) + ".txt";
    }

    private void refuseExisting(Path file, String what, String fix) {
        if (Files.exists(file)) {
            throw new ParameterException(spec.commandLine(), TableFileOptions.shown(file) + " exists; quotes draft"
                    + " never overwrites a " + what + ": " + fix);
        }
    }
}
