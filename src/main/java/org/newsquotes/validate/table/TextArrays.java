package org.newsquotes.validate.table;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.newsquotes.schema.ReadLimits;

/** Lists of text written in a CSV field as a JSON array of strings, the way list columns are exported. */
final class TextArrays {

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(ReadLimits.constraints()).build();

    private TextArrays() {
    }

    /** The items of {@code text} when it is a JSON array of strings and nothing else, else null. */
    static List<String> parse(String text) {
        if (text.isEmpty() || text.charAt(0) != '[') {
            return null;
        }
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return null;
            }
            List<String> items = new ArrayList<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                if (t != JsonToken.VALUE_STRING) {
                    return null;
                }
                items.add(parser.getText());
            }
            return parser.nextToken() == null ? items : null;
        } catch (JsonProcessingException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from a string cannot fail", e);
        }
    }
}
