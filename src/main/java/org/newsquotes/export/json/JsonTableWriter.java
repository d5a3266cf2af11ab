package org.newsquotes.export.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import org.newsquotes.export.Table;
import org.newsquotes.export.TableWriter;

/**
 * JSON in UTF-8, one row object per line: either one array ({@code .json}) or JSON Lines
 * ({@code .jsonl}, every object followed by {@code \n}).
 */
public final class JsonTableWriter implements TableWriter {

    private final boolean lines;

    private JsonTableWriter(boolean lines) {
        this.lines = lines;
    }

    /** A writer of one JSON array per table. */
    public static JsonTableWriter array() {
        return new JsonTableWriter(false);
    }

    /** A writer of JSON Lines. */
    public static JsonTableWriter lines() {
        return new JsonTableWriter(true);
    }

    @Override
    public String extension() {
        return lines ? "jsonl" : "json";
    }

    @Override
    public <R> long write(Table<R> table, Iterator<R> rows, Path file) throws IOException {
        long count = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW));
                JsonGenerator json = JsonFormat.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            if (!lines) {
                json.writeRaw('[');
            }
            while (rows.hasNext()) {
                if (!lines) {
                    json.writeRaw(count == 0 ? "\n" : ",\n");
                }
                JsonValues.writeRow(table, rows.next(), json);
                if (lines) {
                    json.writeRaw('\n');
                }
                count++;
            }
            if (!lines) {
                json.writeRaw(count == 0 ? "]\n" : "\n]\n");
            }
        }
        return count;
    }
}
