package org.newsquotes.export.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.function.Function;
import org.newsquotes.schema.Table;
import org.newsquotes.export.TableWriter;

/**
 * JSON in UTF-8, one row object per line: either one array ({@code .json}) or JSON Lines
 * ({@code .jsonl}, every object followed by {@code \n}).
 *
 * <p>Each row object is generated on its own, so that a pipeline that makes rows on several threads
 * can have each object's bytes made there, by {@link #prepare}, and {@link #writePrepared} only
 * writes them, with what comes between them: the same bytes as {@link #write}.
 */
public final class JsonTableWriter implements TableWriter {

    private static final byte[] ARRAY_FIRST = {'\n'};
    private static final byte[] ARRAY_NEXT = {',', '\n'};
    private static final byte[] ARRAY_END = {'\n', ']', '\n'};
    private static final byte[] ARRAY_EMPTY_END = {']', '\n'};

    private final boolean lines;
    /**
     * Each thread's generator of row objects, for {@link #prepare}; {@link #write} makes its own, so that a
     * failed write leaves no object half made for the next.
     */
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
        RowObjects generator = new RowObjects();
        return writeObjects(rows, row -> generator.utf8(table, row), file);
    }

    /** The row's object as {@link #write} writes it: its UTF-8 bytes, alone in the array. */
    @Override
    public Object[] prepare(Table<Object[]> rows, Object[] row) {
        return new Object[] {objects.get().utf8(rows, row)};
    }

    @Override
    public long writePrepared(Table<Object[]> rows, Iterator<Object[]> prepared, Path file) throws IOException {
        return writeObjects(prepared, object -> (byte[]) object[0], file);
    }

    /**
     * Writes the object that {@code object} makes of each item: one a line, or one array of them, an
     * object a line, its brackets on lines of their own.
     */
    private <T> long writeObjects(Iterator<T> items, Function<T, byte[]> object, Path file) throws IOException {
        long count = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW),
                1 << 16)) {
            if (!lines) {
                out.write('[');
            }
            while (items.hasNext()) {
                if (!lines) {
                    out.write(count == 0 ? ARRAY_FIRST : ARRAY_NEXT);
                }
                out.write(object.apply(items.next()));
                if (lines) {
                    out.write('\n');
                }
                count++;
            }
            if (!lines) {
                out.write(count == 0 ? ARRAY_EMPTY_END : ARRAY_END);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return count;
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

        /** The object of {@code row}, a row of {@code table}, in UTF-8. */
        <R> byte[] utf8(Table<R> table, R row) {
            bytes.reset();
            try {
                JsonValues.writeRow(table, row, json);
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }
    }
}
