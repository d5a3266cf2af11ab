package org.newsquotes.validate.table;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads rows from JSON, streaming: either one array of objects (the {@code .json} exports) or JSON
 * Lines (the {@code .jsonl} exports), one object on each line. A row's line is the line where its
 * object starts. A JSON Lines row that does not end on the line where it starts is an error at that
 * line, whatever follows it, so that a file read in pieces cut at line ends gives the same report as
 * a file read whole.
 */
final class JsonRowReader implements RowReader {

    private static final JsonFactory FACTORY = new JsonFactory();

    private static final String NOT_ON_ONE_LINE = "not well-formed JSON Lines: the row that starts on this line"
            + " does not end on it; JSON Lines holds one row object on each line";

    /** Null when {@link #notUtf8} is not. */
    private final JsonParser parser;
    private final boolean lines;
    /** Why the bytes cannot be UTF-8 from their start, thrown by the first {@link #next}; else null. */
    private final RowFileException notUtf8;
    private boolean started;
    private boolean inArray;
    private int rowLine;

    /** @param lines whether the file is JSON Lines rather than one array of rows */
    JsonRowReader(Path file, boolean lines) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        in.mark(4);
        byte[] start = in.readNBytes(4);
        in.reset();
        this.notUtf8 = startProblem(start, 0, start.length);
        if (notUtf8 != null) {
            in.close();
        }
        this.parser = notUtf8 == null ? FACTORY.createParser(in) : null;
        this.lines = lines;
    }

    /** Reads the JSON Lines in {@code length} bytes of {@code bytes} from {@code offset}; lines count from there. */
    JsonRowReader(byte[] bytes, int offset, int length) throws IOException {
        this.notUtf8 = startProblem(bytes, offset, length);
        this.parser = notUtf8 == null ? FACTORY.createParser(bytes, offset, length) : null;
        this.lines = true;
    }

    /**
     * The parser takes a zero byte or a byte-order mark in the first four bytes for a sign of UTF-16
     * or UTF-32 and decodes the rest so, without a report, or fails with an exception of its own (even
     * while it is made); none of these bytes is in UTF-8 JSON, so they are a row error at the start
     * instead, and no parser is made.
     */
    private static RowFileException startProblem(byte[] bytes, int offset, int length) {
        for (int i = 0; i < Math.min(4, length); i++) {
            int b = bytes[offset + i] & 0xFF;
            if (b == 0x00 || b == 0xFE || b == 0xFF) {
                return new RowFileException(String.format(Locale.ROOT, "not well-formed JSON: byte 0x%02X is not"
                        + " UTF-8; save the file as UTF-8, not UTF-16 or UTF-32", b), 1, i + 1);
            }
        }
        return null;
    }

    @Override
    public Optional<List<String>> header() {
        return Optional.empty();
    }

    @Override
    public boolean next(Row row) throws IOException {
        if (notUtf8 != null) {
            throw notUtf8;
        }
        try {
            JsonToken token = parser.nextToken();
            rowLine = 0;
            if (!started) {
                started = true;
                if (token == JsonToken.START_ARRAY && !lines) {
                    inArray = true;
                    token = parser.nextToken();
                }
            }
            if (token == null || (inArray && token == JsonToken.END_ARRAY)) {
                return false;
            }
            if (token != JsonToken.START_OBJECT) {
                throw problem("expected a row object, found " + token.asString(), parser.currentTokenLocation());
            }
            rowLine = parser.currentTokenLocation().getLineNr();
            row.reset(rowLine);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                row.put(name, cell(parser, parser.nextToken()));
            }
            if (lines && parser.currentTokenLocation().getLineNr() != rowLine) {
                throw new RowFileException(NOT_ON_ONE_LINE, rowLine, -1);
            }
            return true;
        } catch (JsonParseException e) {
            if (lines && rowLine > 0 && e.getLocation() != null && e.getLocation().getLineNr() != rowLine) {
                throw new RowFileException(NOT_ON_ONE_LINE, rowLine, -1);
            }
            throw problem("not well-formed JSON: " + e.getOriginalMessage(), e.getLocation());
        }
    }

    /** The cell of the value that starts with {@code token}, the parser's current token; reads past its end. */
    static Cell cell(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case VALUE_NULL:
                return Cell.NULL;
            case VALUE_STRING:
                return Cell.of(Cell.Kind.STRING, parser.getText());
            case VALUE_NUMBER_INT:
                return Cell.of(Cell.Kind.INTEGER, parser.getText());
            case VALUE_NUMBER_FLOAT:
                return Cell.of(Cell.Kind.DECIMAL, parser.getText());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return Cell.of(Cell.Kind.BOOLEAN, parser.getText());
            case START_ARRAY:
                List<String> items = new ArrayList<>();
                boolean allText = true;
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    if (item == JsonToken.VALUE_STRING) {
                        items.add(parser.getText());
                    } else {
                        allText = false;
                        parser.skipChildren();
                    }
                }
                return new Cell(Cell.Kind.ARRAY, null, allText ? items : null);
            default:
                parser.skipChildren();
                return Cell.of(Cell.Kind.OBJECT, null);
        }
    }

    private static RowFileException problem(String message, JsonLocation at) {
        return at == null ? new RowFileException(message, -1, -1)
                : new RowFileException(message, at.getLineNr(), at.getColumnNr());
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
    }
}
