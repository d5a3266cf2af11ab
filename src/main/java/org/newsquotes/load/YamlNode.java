package org.newsquotes.load;

import com.fasterxml.jackson.core.JsonToken;
import java.util.List;
import java.util.Map;
import org.newsquotes.model.Location;

/** A YAML value with the location where it starts. */
sealed interface YamlNode {

    Location location();

    /** What the node is, for messages: "a mapping", "a list", "an integer", "the string \"x\"". */
    String describe();

    /** A mapping, its keys in file order. */
    record Mapping(Location location, Map<String, Entry> entries) implements YamlNode {
        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A key of a mapping, where the key is written, and its value. */
    record Entry(Location keyLocation, YamlNode value) {
    }

    /** A sequence. */
    record Sequence(Location location, List<YamlNode> items) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar, with the token type the YAML parser gave it and its text as written. */
    record Scalar(Location location, JsonToken token, String text) implements YamlNode {

        boolean isNull() {
            return token == JsonToken.VALUE_NULL;
        }

        @Override
        public String describe() {
            switch (token) {
                case VALUE_NULL:
                    return "null";
                case VALUE_NUMBER_INT:
                    return "the integer " + text;
                case VALUE_NUMBER_FLOAT:
                    return "the number " + text;
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return "the boolean " + text;
                default:
                    return "the string " + org.newsquotes.schema.Messages.quoted(text);
            }
        }
    }
}
