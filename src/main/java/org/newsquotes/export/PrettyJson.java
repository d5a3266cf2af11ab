package org.newsquotes.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Indented JSON for the metadata files: two spaces, {@code \n} line ends, UTF-8, the same on every machine. */
public final class PrettyJson {

    private static final JsonFactory JSON = new JsonFactory();

    private PrettyJson() {
    }

    /** A generator writing indented JSON to the new file {@code file}; closing it closes the file. */
    public static JsonGenerator create(Path file) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        pretty.indentObjectsWith(indenter);
        pretty.indentArraysWith(indenter);
        JsonGenerator json = JSON.createGenerator(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW),
                JsonEncoding.UTF8);
        json.setPrettyPrinter(pretty);
        return json;
    }
}
