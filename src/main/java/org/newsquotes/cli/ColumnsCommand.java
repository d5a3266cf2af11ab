package org.newsquotes.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsquotes.export.ColumnDictionary;
import org.newsquotes.export.GeneratedSections;
import org.newsquotes.schema.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code quotes columns}: the column dictionary of every exported table, in Markdown. */
@Command(name = "columns", mixinStandardHelpOptions = true,
        exitCodeList = {ExitCodes.DONE_HELP, ExitCodes.USAGE_HELP, ExitCodes.INTERNAL_HELP},
        description = "Print the column dictionary of every exported table in Markdown, or write it into the"
                + " generated section of a page (docs/columns.md).")
final class ColumnsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--readme", paramLabel = "FILE",
            description = "Replace the text between the column dictionary's marker lines in FILE instead of printing.")
    private Path readme;

    @Override
    public Integer call() throws IOException {
        String dictionary = ColumnDictionary.markdown(Tables.definitions());
        if (readme == null) {
            spec.commandLine().getOut().print(dictionary);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        if (!Files.isRegularFile(readme)) {
            throw new ParameterException(spec.commandLine(), "file '" + readme + "' does not exist");
        }
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        String updated;
        try {
            updated = ColumnDictionary.replaceSection(text, dictionary);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), readme + ": " + e.getMessage());
        }
        if (!updated.equals(text)) {
            GeneratedSections.replace(readme, updated);
        }
        spec.commandLine().getOut().print((updated.equals(text) ? "unchanged " : "updated ")
                + readme.toString().replace('\\', '/') + "\n");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
