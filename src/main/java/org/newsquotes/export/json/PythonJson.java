package org.newsquotes.export.json;

import java.util.List;
import java.util.Map;

/**
 * JSON text as Python's {@code json.dumps(value, indent=4, ensure_ascii=False)} writes it: four spaces
 * a level, items ending their line with a comma, {@code ": "} between a key and its value, empty lists
 * as {@code []}, and in strings only the quotation mark, the backslash and the control characters
 * escaped with a backslash (n, r, t, b and f for their usual characters, else u and four hex digits).
 * Values are maps (in their order), lists, strings, integers and null.
 */
final class PythonJson {

    private PythonJson() {
    }

    /** {@code value} as JSON text, without a final line end. */
    static String dumps(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, 0, out);
        return out.toString();
    }

    private static void write(Object value, int depth, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(separator);
                indent(depth + 1, out);
                string((String) e.getKey(), out);
                out.append(": ");
                write(e.getValue(), depth + 1, out);
                separator = ",";
            }
            indent(depth, out);
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            String separator = "";
            for (Object item : list) {
                out.append(separator);
                indent(depth + 1, out);
                write(item, depth + 1, out);
                separator = ",";
            }
            indent(depth, out);
            out.append(']');
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    private static void indent(int depth, StringBuilder out) {
        out.append('\n').append("    ".repeat(depth));
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
