package org.newsquotes.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsquotes.export.JsonSchemas;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quotes schemas}: writes the JSON Schema of every exported table's rows. */
@Command(name = "schemas", mixinStandardHelpOptions = true,
        exitCodeList = {ExitCodes.DONE_HELP, ExitCodes.USAGE_HELP, ExitCodes.INTERNAL_HELP},
        description = "Write the JSON Schema (draft 2020-12) of one row of every exported table.")
final class SchemasCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "schema",
            description = "Folder to write the schemas to (default: ${DEFAULT-VALUE}).")
    private Path outputDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Files.createDirectories(outputDir);
        for (Table<?> table : Tables.definitions()) {
            Path file = outputDir.resolve(JsonSchemas.fileName(table));
            Files.writeString(file, JsonSchemas.of(table), StandardCharsets.UTF_8);
            out.print("wrote " + file.toString().replace('\\', '/') + "\n");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
