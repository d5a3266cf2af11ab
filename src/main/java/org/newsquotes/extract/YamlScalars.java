package org.newsquotes.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes values as YAML scalars that every YAML reader reads back as the same text. */
final class YamlScalars {

    /** Text that YAML reads as itself when written plain: a letter, then words and light punctuation. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}][\\p{L}\\p{N} ,.’()\\-]*");
    /** Plain words that YAML 1.1 or 1.2 reads as something else than text. */
    private static final Set<String> RESERVED = Set.of("null", "true", "false", "yes", "no", "on", "off", "y", "n",
            "nan", "inf");

    private YamlScalars() {
    }

    /** {@code value} as a YAML scalar: {@code null}, plain text, or text in double quotes with escapes. */
    static String of(String value) {
        if (value == null) {
            return "null";
        }
        boolean plain = PLAIN.matcher(value).matches() && !value.endsWith(" ")
                && !RESERVED.contains(value.toLowerCase(Locale.ROOT));
        return plain ? value : quoted(value);
    }

    /** A whole number, or {@code null}. */
    static String of(Integer value) {
        return value == null ? "null" : value.toString();
    }

    private static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (cp < 0x20 || cp == 0x7F || cp == 0x85 || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
            }
        });
        return out.append('"').toString();
    }
}
