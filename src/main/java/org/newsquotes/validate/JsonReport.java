package org.newsquotes.validate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.newsquotes.model.Location;
import org.newsquotes.schema.Violation;

/**
 * The JSON report: one document, {@code {"violations":[…],"counts":{…}}}, each violation on a line
 * of its own with rule, severity, file, line, column, record_id, field and message (line, column,
 * record_id and field are null when not known), and counts of errors, warnings and files.
 */
public final class JsonReport extends Report {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** @param out where the report goes */
    public JsonReport(PrintWriter out) {
        super(out);
        out.print("{\"violations\":[");
    }

    @Override
    protected void write(Violation v, long number) {
        out.print(number == 1 ? "\n" : ",\n");
        out.print(json(v));
    }

    @Override
    protected void writeEnd(int filesChecked) {
        out.print(errors() + warnings() == 0 ? "]," : "\n],");
        out.print("\n\"counts\":{\"errors\":" + errors() + ",\"warnings\":" + warnings() + ",\"files\":"
                + filesChecked + "}}\n");
    }

    private static String json(Violation v) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            Location at = v.location();
            json.writeStartObject();
            json.writeStringField("rule", v.rule());
            json.writeStringField("severity", v.severity().label());
            json.writeStringField("file", at.file());
            numberOrNull(json, "line", at.line());
            numberOrNull(json, "column", at.column());
            json.writeStringField("record_id", v.recordId());
            json.writeStringField("field", v.field());
            json.writeStringField("message", v.message());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string cannot fail", e);
        }
        return text.toString();
    }

    private static void numberOrNull(JsonGenerator json, String name, int value) throws IOException {
        if (value == Location.NOT_AVAILABLE) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }
}
