package org.newsquotes.validate.table;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.newsquotes.schema.Table;

/**
 * The library path for reading a chunk of JSON Lines, as the benchmark compares it with the own
 * scanner: Jackson's byte parser over the whole chunk, tuned as its documentation advises for known
 * names, each column's name matched with {@link JsonParser#nextFieldName(SerializableString)} in the
 * table's order (a row in another order falls back to {@link JsonParser#currentName()}), the fast
 * number parsers on, and a row's line asked for once per row. It makes the same rows of cells as
 * {@link JsonRowReader}, which the full validator then checks.
 */
public final class TunedJacksonRows {

    private final JsonFactory factory = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
            .build();
    private final SerializableString[] names;
    private final List<Row> rows = new ArrayList<>();
    private int used;

    /** @param table the table whose column names are expected, in order */
    public TunedJacksonRows(Table<?> table) {
        names = table.columnNames().stream().map(SerializedString::new).toArray(SerializableString[]::new);
    }

    /**
     * Reads the rows of {@code length} bytes of {@code bytes}, reusing the rows of the last call.
     *
     * @return the number of rows, which are the first of {@link #rows()}
     */
    public int read(byte[] bytes, int length) throws IOException {
        used = 0;
        try (JsonParser parser = factory.createParser(bytes, 0, length)) {
            for (JsonToken token = parser.nextToken(); token == JsonToken.START_OBJECT; token = parser.nextToken()) {
                Row row = next();
                row.reset(parser.currentTokenLocation().getLineNr());
                readFields(parser, row);
            }
        }
        return used;
    }

    /** The rows read, of which the first {@link #read} counts are this chunk's. */
    public List<Row> rows() {
        return rows;
    }

    private Row next() {
        if (used == rows.size()) {
            rows.add(new Row());
        }
        return rows.get(used++);
    }

    private void readFields(JsonParser parser, Row row) throws IOException {
        for (int c = 0;; c++) {
            String name;
            boolean expected = c < names.length ? parser.nextFieldName(names[c]) : parser.nextToken() == null;
            if (expected) {
                name = names[c].getValue();
            } else if (parser.currentToken() == JsonToken.FIELD_NAME) {
                name = parser.currentName();
            } else {
                return;
            }
            row.put(name, JsonRowReader.cell(parser, parser.nextToken()));
        }
    }
}
