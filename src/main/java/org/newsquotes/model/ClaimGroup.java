package org.newsquotes.model;

/**
 * One claim made by several documents, and whether they agree on it.
 *
 * @param id stable id, starting with {@code cg-}
 * @param statement what the claim is about, in a sentence
 * @param agreement whether the members agree
 * @param note what each member says and where they differ, or null
 * @param origin where the record was read
 */
public record ClaimGroup(String id, String statement, Agreement agreement, String note, Origin origin) {
}
