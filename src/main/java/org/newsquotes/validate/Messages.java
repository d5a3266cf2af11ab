package org.newsquotes.validate;

/** Shared wording for violation messages, so that every rule shows values the same way. */
public final class Messages {

    /** Longest value, in code points, shown in a message before it is cut. */
    public static final int MAX_SHOWN = 80;

    private Messages() {
    }

    /**
     * A value in double quotes, cut to {@link #MAX_SHOWN} code points with an ellipsis, with line
     * breaks, tabs and quotes escaped so that a message stays on one line.
     */
    public static String quoted(String value) {
        if (value == null) {
            return "null";
        }
        String shown = value;
        if (value.codePointCount(0, value.length()) > MAX_SHOWN) {
            shown = value.substring(0, value.offsetByCodePoints(0, MAX_SHOWN - 1)) + "…";
        }
        StringBuilder out = new StringBuilder(shown.length() + 2).append('"');
        shown.codePoints().forEach(cp -> {
            switch (cp) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.appendCodePoint(cp);
            }
        });
        return out.append('"').toString();
    }

    /** {@code n} followed by the noun, made plural when n is not 1: "1 error", "3 errors". */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
