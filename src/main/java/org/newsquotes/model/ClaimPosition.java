package org.newsquotes.model;

/**
 * One position that member claims of a claim group take: what they say, in a line, so that "who says
 * what" is a join rather than a reading of the group's note.
 *
 * @param id id of the position, unique within its group, such as {@code ninety-minutes}
 * @param statement what the members that take it say
 * @param origin where the record was read
 */
public record ClaimPosition(String id, String statement, Origin origin) {
}
