package org.newsquotes.model;

import java.util.List;

/**
 * One claim made by several documents, and whether they agree on it.
 *
 * @param id stable id, starting with {@code cg-}
 * @param statement what the claim is about, in a sentence
 * @param agreement whether the members agree
 * @param positions what the members say: one position when they all agree, one for each distinct
 *     account otherwise; each member claim names one
 * @param note what each member says and where they differ, or null
 * @param origin where the record was read
 */
public record ClaimGroup(String id, String statement, Agreement agreement, List<ClaimPosition> positions,
        String note, Origin origin) {

    public ClaimGroup {
        positions = List.copyOf(positions);
    }
}
