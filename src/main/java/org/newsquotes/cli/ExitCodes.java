package org.newsquotes.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes of every {@code quotes} command. */
final class ExitCodes {

    /** The data is valid, or the command did what it was asked. */
    static final int OK = 0;
    /** The data is invalid, or the exports are stale. */
    static final int INVALID = 1;
    /** The command line is wrong. */
    static final int USAGE = 2;
    /** A bug, an I/O failure, or a heap too small for a bulk file's ids. */
    static final int INTERNAL = 3;

    /** The list that every command's help shows, by code. */
    static final Map<String, String> DESCRIPTIONS = orderedMap(
            "0", "valid data; command done",
            "1", "invalid data (or stale exports)",
            "2", "usage error",
            "3", "internal error (I/O failure, heap too small, or bug)");

    private ExitCodes() {
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
