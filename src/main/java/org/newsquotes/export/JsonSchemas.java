package org.newsquotes.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Column;

/**
 * A table's rows as a JSON Schema (draft 2020-12), made from the same column definitions that the
 * writers and the table validator use, so that the published schemas cannot drift from them. A row
 * is an object; every column that is never null is required and not null; text is never empty;
 * whole numbers run from 0 to 2147483647; dates are {@code YYYY-MM-DD} with {@code format: date};
 * coded columns list their codes and id columns carry their pattern. Columns the table does not
 * define are allowed, as the table validator only warns about them. What a schema for one row
 * cannot say (a span's start not after its end, a quote id starting with its row's document id, a
 * key unique across rows) is checked by {@code quotes validate} alone.
 */
public final class JsonSchemas {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonSchemas() {
    }

    /** The schema's file name: the singular of the table's name, {@code quote.schema.json}. */
    public static String fileName(Table<?> table) {
        String name = table.name();
        return (name.endsWith("s") ? name.substring(0, name.length() - 1) : name) + ".schema.json";
    }

    /** The schema of one row of {@code table}, as pretty-printed JSON ending in a line break. */
    public static String of(Table<?> table) {
        StringWriter text = new StringWriter();
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n").withIndent("  "));
        try (JsonGenerator json = FACTORY.createGenerator(text).setPrettyPrinter(pretty)) {
            json.writeStartObject();
            json.writeStringField("$schema", "https://json-schema.org/draft/2020-12/schema");
            json.writeStringField("title", table.name());
            json.writeStringField("description", table.description());
            json.writeStringField("type", "object");
            json.writeArrayFieldStart("required");
            for (Column<?> c : table.columns()) {
                if (!c.nullable()) {
                    json.writeString(c.name());
                }
            }
            json.writeEndArray();
            json.writeObjectFieldStart("properties");
            for (Column<?> c : table.columns()) {
                json.writeObjectFieldStart(c.name());
                json.writeStringField("description", c.description());
                property(c, json);
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string cannot fail", e);
        }
        return text.toString() + "\n";
    }

    private static void property(Column<?> c, JsonGenerator json) throws IOException {
        if (!c.codes().isEmpty()) {
            json.writeArrayFieldStart("enum");
            for (String code : c.codes()) {
                json.writeString(code);
            }
            if (c.nullable()) {
                json.writeNull();
            }
            json.writeEndArray();
            return;
        }
        switch (c.type()) {
            case STRING:
                type(c, "string", json);
                json.writeNumberField("minLength", 1);
                if (c.pattern() != null) {
                    json.writeStringField("pattern", c.pattern());
                }
                return;
            case INT32:
                type(c, "integer", json);
                json.writeNumberField("minimum", 0);
                json.writeNumberField("maximum", Integer.MAX_VALUE);
                return;
            case DOUBLE:
                type(c, "number", json);
                return;
            case DATE:
                type(c, "string", json);
                json.writeStringField("format", "date");
                json.writeStringField("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
                return;
            case STRING_LIST:
                type(c, "array", json);
                json.writeObjectFieldStart("items");
                json.writeStringField("type", "string");
                json.writeEndObject();
                return;
            default:
                throw new IllegalStateException("no JSON Schema type for " + c.type());
        }
    }

    private static void type(Column<?> c, String type, JsonGenerator json) throws IOException {
        if (c.nullable()) {
            json.writeArrayFieldStart("type");
            json.writeString(type);
            json.writeString("null");
            json.writeEndArray();
        } else {
            json.writeStringField("type", type);
        }
    }
}
