package org.newsquotes.export;

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
}
