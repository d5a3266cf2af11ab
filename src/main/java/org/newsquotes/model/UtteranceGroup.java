package org.newsquotes.model;

/**
 * One statement reported by several documents, perhaps translated or trimmed differently.
 *
 * @param id stable id, starting with {@code u-}
 * @param speaker id of the speaker every member quote shares
 * @param summary what was said, in a sentence
 * @param rationale why the member quotes are the same statement
 * @param origin where the record was read
 */
public record UtteranceGroup(String id, String speaker, String summary, String rationale, Origin origin) {
}
