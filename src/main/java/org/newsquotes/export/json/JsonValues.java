package org.newsquotes.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Values;

/** Writes one row as a JSON object whose keys follow the table's column order. */
public final class JsonValues {

    private JsonValues() {
    }

    /** Writes {@code row} as one object, nulls included. */
    public static <R> void writeRow(Table<R> table, R row, JsonGenerator json) throws IOException {
        json.writeStartObject();
        for (Column<R> column : table.columns()) {
            json.writeFieldName(column.name());
            writeValue(column.valueOf(row), json);
        }
        json.writeEndObject();
    }

    /** Writes a list of strings as a JSON array; used for list values in CSV cells too. */
    public static void writeValue(Object value, JsonGenerator json) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value instanceof BigDecimal d) {
            json.writeNumber(Values.normalised(d));
        } else if (value instanceof LocalDate date) {
            json.writeString(date.toString());
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                writeValue(item, json);
            }
            json.writeEndArray();
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }
}
