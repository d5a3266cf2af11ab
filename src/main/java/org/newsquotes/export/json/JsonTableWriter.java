package org.newsquotes.export.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import org.newsquotes.export.Table;
import org.newsquotes.export.TableWriter;

/**
 * JSON in UTF-8, one row object per line: either one array ({@code .json}) or JSON Lines
 * ({@code .jsonl}, every object followed by {@code \n}).
 *
 * <p>A pipeline that makes rows on several threads has each row object's bytes made there, by
 * {@link #prepare}, and {@link #writePrepared} only writes them, with what comes between them: the
 * same bytes as {@link #write}, since the factory writes nothing between root values.
 */
public final class JsonTableWriter implements TableWriter {

    private final boolean lines;
    /** Each thread's generator of row objects, for {@link #prepare}. */
    private final ThreadLocal<RowObjects> objects = ThreadLocal.withInitial(RowObjects::new);

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
            json.writeRaw(before());
            while (rows.hasNext()) {
                json.writeRaw(between(count));
                JsonValues.writeRow(table, rows.next(), json);
                count++;
            }
            json.writeRaw(after(count));
        }
        return count;
    }

    /** The row's object as {@link #write} writes it: its UTF-8 bytes, alone in the array. */
    @Override
    public Object[] prepare(Table<Object[]> rows, Object[] row) {
        return new Object[] {objects.get().utf8(rows, row)};
    }

    @Override
    public long writePrepared(Table<Object[]> rows, Iterator<Object[]> prepared, Path file) throws IOException {
        long count = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW),
                1 << 16)) {
            out.write(before().getBytes(StandardCharsets.US_ASCII));
            while (prepared.hasNext()) {
                out.write(between(count).getBytes(StandardCharsets.US_ASCII));
                out.write((byte[]) prepared.next()[0]);
                count++;
            }
            out.write(after(count).getBytes(StandardCharsets.US_ASCII));
        }
        return count;
    }

    /** What comes before the first row: the array's bracket, or nothing. */
    private String before() {
        return lines ? "" : "[";
    }

    /** What comes before the row after {@code rows} rows: a line end for JSON Lines, else the array's separator. */
    private String between(long rows) {
        if (lines) {
            return rows == 0 ? "" : "\n";
        }
        return rows == 0 ? "\n" : ",\n";
    }

    /** What comes after the last of {@code rows} rows. */
    private String after(long rows) {
        if (lines) {
            return rows == 0 ? "" : "\n";
        }
        return rows == 0 ? "]\n" : "\n]\n";
    }

    /** One thread's generator of row objects into bytes of its own, reused from row to row. */
    private static final class RowObjects {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        private final JsonGenerator json;

        RowObjects() {
            try {
                json = JsonFormat.FACTORY.createGenerator(bytes, JsonEncoding.UTF8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        byte[] utf8(Table<Object[]> rows, Object[] row) {
            bytes.reset();
            try {
                JsonValues.writeRow(rows, row, json);
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }
    }
}
