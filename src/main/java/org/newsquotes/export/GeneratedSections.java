package org.newsquotes.export;

import java.util.Map;
import java.util.TreeMap;

/**
 * Sections of a Markdown document that are generated from the data, between
 * {@code <!-- name:start -->} and {@code <!-- name:end -->} markers, so that documentation never states
 * a count or a column twice.
 */
public final class GeneratedSections {

    private GeneratedSections() {
    }

    /**
     * {@code document} with the text between each named pair of markers replaced by its section.
     *
     * @throws IllegalArgumentException when a section's markers are missing
     */
    public static String fill(String document, Map<String, String> sections) {
        String result = document;
        for (var section : new TreeMap<>(sections).entrySet()) {
            String start = "<!-- " + section.getKey() + ":start -->\n";
            String end = "<!-- " + section.getKey() + ":end -->";
            int from = result.indexOf(start);
            int to = result.indexOf(end, Math.max(from, 0));
            if (from < 0 || to < 0) {
                throw new IllegalArgumentException("markers " + start.strip() + " … " + end + " are missing");
            }
            result = result.substring(0, from + start.length()) + section.getValue() + result.substring(to);
        }
        return result;
    }
}
