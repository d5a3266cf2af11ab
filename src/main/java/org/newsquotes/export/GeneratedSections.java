package org.newsquotes.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sections of a Markdown document that are generated from the data or the table definitions, between
 * the lines {@code <!-- name:start -->} and {@code <!-- name:end -->}, so that documentation never
 * states a count or a column by hand.
 */
public final class GeneratedSections {

    private GeneratedSections() {
    }

    /** The line that opens section {@code name}. */
    public static String start(String name) {
        return "<!-- " + name + ":start -->";
    }

    /** The line that closes section {@code name}. */
    public static String end(String name) {
        return "<!-- " + name + ":end -->";
    }

    /**
     * {@code document} with the text between each named pair of marker lines replaced by its section.
     *
     * @throws IllegalArgumentException when a section's markers are missing or out of order
     */
    public static String fill(String document, Map<String, String> sections) {
        String result = document;
        for (var section : new TreeMap<>(sections).entrySet()) {
            String start = start(section.getKey());
            String end = end(section.getKey());
            int from = result.indexOf(start + "\n");
            int to = result.indexOf(end, Math.max(from, 0));
            if (from < 0 || to < 0) {
                throw new IllegalArgumentException("no generated section: put the lines " + start + " and " + end
                        + " where the " + section.getKey() + " section belongs");
            }
            result = result.substring(0, from + start.length() + 1) + section.getValue() + result.substring(to);
        }
        return result;
    }

    /**
     * Replaces {@code file}'s content with {@code text}, written beside it and moved into place, so
     * that a failure never leaves the document half written.
     */
    public static void replace(Path file, String text) throws IOException {
        Path staged = Files.createTempFile(file.toAbsolutePath().getParent(), ".generated", ".md");
        try {
            Files.writeString(staged, text, StandardCharsets.UTF_8);
            Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(staged);
        }
    }
}
