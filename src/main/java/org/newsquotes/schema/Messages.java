package org.newsquotes.schema;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;

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
                default -> {
                    if (Character.isSurrogate((char) cp) && cp <= Character.MAX_VALUE) {
                        // Half of a pair without its other half, which no encoding prints: shown as its escape.
                        out.append(String.format(Locale.ROOT, "\\u%04X", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /**
     * What went wrong in an I/O operation, in plain words and without the exception's class: "no space
     * left on device", "permission denied", "no such file or folder".
     */
    public static String cause(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return "an input or output error";
        }
        return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }

    /** {@code n} followed by the noun, made plural when n is not 1: "1 error", "3 errors". */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** " (did you mean \"x\"?)" when one known name is a small edit away from {@code given}. */
    public static String suggestion(String given, List<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : known) {
            int d = editDistance(given.toLowerCase(Locale.ROOT), candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean " + Messages.quoted(best) + "?)";
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
