package org.newsquotes.validate.table;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsquotes.schema.ReadLimits;
import org.newsquotes.schema.Table;

/**
 * Reads rows from JSON, streaming: either one array of objects (the {@code .json} exports) or JSON
 * Lines (the {@code .jsonl} exports), one object on each line. A row's line is the line where its
 * object starts. A JSON Lines row that does not end on the line where it starts is an error at that
 * line, whatever follows it, so that a file read in pieces cut at line ends gives the same report as
 * a file read whole.
 *
 * <p>A value past a read limit ({@link ReadLimits}) in JSON Lines makes its row one that could not be
 * read ({@link Row#unreadable}), and reading goes on at the next line; in a JSON array it ends the
 * file, as a syntax error does.
 */
final class JsonRowReader implements RowReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(ReadLimits.constraints()).build();

    private static final String NOT_ON_ONE_LINE = "not well-formed JSON Lines: the row that starts on this line"
            + " does not end on it; JSON Lines holds one row object on each line";

    /** Null when {@link #notUtf8} is not. */
    private JsonParser parser;
    private final boolean lines;
    /** Why the bytes cannot be UTF-8 where the parser starts, thrown by the next {@link #next}; else null. */
    private RowFileException notUtf8;
    /**
     * The names a row is expected to have, in order, matched as Jackson's documentation advises for
     * known names ({@link JsonParser#nextFieldName(SerializableString)}); null when none are expected.
     */
    private final SerializableString[] expected;
    private boolean started;
    private boolean inArray;
    /** Whether the array of rows has ended, and nothing follows it. */
    private boolean ended;
    /** The line of the row being read, as the parser counts it (from its first line, as 1); 0 between rows. */
    private int rowLine;
    /** JSON Lines read whole: their bytes, and where they end, so that reading can go on after a row. */
    private final byte[] bytes;
    private final int end;
    /** Where the parser started in {@link #bytes}, and the lines before its first. */
    private int parserStart;
    private int lineBase;

    /** @param lines whether the file is JSON Lines rather than one array of rows */
    JsonRowReader(Path file, boolean lines) throws IOException {
        this.lines = lines;
        this.expected = null;
        if (lines) {
            this.bytes = Files.readAllBytes(file);
            this.end = bytes.length;
            this.parser = open(bytes, 0, bytes.length);
        } else {
            this.bytes = null;
            this.end = 0;
            InputStream in = new BufferedInputStream(Files.newInputStream(file));
            in.mark(4);
            byte[] start = in.readNBytes(4);
            in.reset();
            this.notUtf8 = startProblem(start, 0, start.length, 1);
            if (notUtf8 != null) {
                in.close();
            }
            this.parser = notUtf8 == null ? FACTORY.createParser(in) : null;
        }
    }

    /**
     * Reads the JSON Lines in {@code length} bytes of {@code bytes} from {@code offset}; lines count from
     * there. Rows that name {@code table}'s columns in its order are read fastest; null for no table.
     */
    JsonRowReader(byte[] bytes, int offset, int length, Table<?> table) throws IOException {
        this.parser = open(bytes, offset, length);
        this.lines = true;
        this.expected = table == null ? null
                : table.columnNames().stream().map(SerializedString::new).toArray(SerializableString[]::new);
        this.bytes = bytes;
        this.parserStart = offset;
        this.end = offset + length;
    }

    @Override
    public Optional<List<String>> header() {
        return Optional.empty();
    }

    @Override
    public boolean next(Row row) throws IOException {
        try {
            if (ended) {
                return false;
            }
            if (notUtf8 != null) {
                RowFileException problem = notUtf8;
                ended = true;
                throw problem;
            }
            JsonToken token = parser.nextToken();
            rowLine = 0;
            boolean first = !started;
            if (first) {
                started = true;
                if (token == JsonToken.START_ARRAY && !lines) {
                    inArray = true;
                    token = parser.nextToken();
                }
            }
            if (token == null && !lines && first) {
                throw new RowFileException("the file is empty; a .json table file holds one JSON array of row objects,"
                        + " [] when it has no rows", 1, 1);
            }
            if (inArray && token == JsonToken.END_ARRAY) {
                ended = true;
                JsonToken after = parser.nextToken();
                if (after != null) {
                    throw problem("more follows the array of rows (" + after.asString() + "); a .json table file"
                            + " holds one JSON array and nothing after it", parser.currentTokenLocation());
                }
                return false;
            }
            if (token == null) {
                return false;
            }
            if (token != JsonToken.START_OBJECT) {
                throw problem("expected a row object, found " + token.asString(), parser.currentTokenLocation());
            }
            rowLine = parser.currentTokenLocation().getLineNr();
            row.reset(lineBase + rowLine);
            for (String name = nextName(0); name != null; name = nextName(row.size())) {
                row.put(name, value(parser.nextToken()));
            }
            if (lines && parser.currentTokenLocation().getLineNr() != rowLine) {
                throw new RowFileException(NOT_ON_ONE_LINE, lineBase + rowLine, -1);
            }
            return true;
        } catch (JsonParseException e) {
            if (lines && rowLine > 0 && e.getLocation() != null && e.getLocation().getLineNr() != rowLine) {
                throw new RowFileException(NOT_ON_ONE_LINE, lineBase + rowLine, -1);
            }
            throw problem("not well-formed JSON: " + e.getOriginalMessage(), e.getLocation());
        } catch (StreamConstraintsException e) {
            return pastLimit(e, row);
        }
    }

    /**
     * A value past a read limit: in a JSON Lines row that so far keeps to its line, the row is
     * unreadable and reading goes on at the next line; anywhere else, the file cannot be read on.
     */
    private boolean pastLimit(StreamConstraintsException e, Row row) throws IOException {
        JsonLocation at = parser.currentLocation();
        String limit = ReadLimits.broken(e.getOriginalMessage());
        if (!lines || rowLine == 0 || at.getLineNr() != rowLine) {
            if (lines && rowLine > 0) {
                throw new RowFileException(NOT_ON_ONE_LINE, lineBase + rowLine, -1);
            }
            throw problem("a value past the read limit: " + limit, at);
        }
        row.reset(lineBase + rowLine);
        row.unreadable(limit);
        int next = parserStart + (int) at.getByteOffset();
        while (next < end && bytes[next] != '\n' && bytes[next] != '\r') {
            next++;
        }
        if (next < end && bytes[next] == '\r' && next + 1 < end && bytes[next + 1] == '\n') {
            next++;
        }
        next = Math.min(next + 1, end);
        parser.close();
        lineBase += rowLine;
        parserStart = next;
        parser = open(bytes, next, end - next);
        rowLine = 0;
        return true;
    }

    /** The name of the row's next field, the {@code column}-th of the row; null at the row's end. */
    private String nextName(int column) throws IOException {
        if (expected != null && column < expected.length) {
            if (parser.nextFieldName(expected[column])) {
                return expected[column].getValue();
            }
        } else {
            parser.nextToken();
        }
        return parser.currentToken() == JsonToken.FIELD_NAME ? parser.currentName() : null;
    }

    private Cell value(JsonToken token) throws IOException {
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

    /** A parser of {@code length} bytes from {@code offset}, or null when they cannot be UTF-8 ({@link #notUtf8}). */
    private JsonParser open(byte[] bytes, int offset, int length) throws IOException {
        notUtf8 = startProblem(bytes, offset, length, lineBase + 1);
        return notUtf8 == null ? FACTORY.createParser(bytes, offset, length) : null;
    }

    /**
     * The parser takes a zero byte or a byte-order mark in the first four bytes for a sign of UTF-16
     * or UTF-32 and decodes the rest so, without a report, or fails with an exception of its own (even
     * while it is made); none of these bytes is in UTF-8 JSON, so they are a row error at the start
     * instead, and no parser is made.
     *
     * @param line the line the bytes start on
     */
    private static RowFileException startProblem(byte[] bytes, int offset, int length, int line) {
        for (int i = 0; i < Math.min(4, length); i++) {
            int b = bytes[offset + i] & 0xFF;
            if (b == 0x00 || b == 0xFE || b == 0xFF) {
                return new RowFileException(String.format(Locale.ROOT, "not well-formed JSON: byte 0x%02X is not"
                        + " UTF-8; save the file as UTF-8, not UTF-16 or UTF-32", b), line, i + 1);
            }
        }
        return null;
    }

    private RowFileException problem(String message, JsonLocation at) {
        return at == null ? new RowFileException(message, -1, -1)
                : new RowFileException(message, lineBase + at.getLineNr(), at.getColumnNr());
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
    }
}
