package org.newsquotes.model;

/**
 * A labelled stretch of a document's text, in code points, end exclusive.
 *
 * @param id id, unique within its document
 * @param kind the stretch's role (headline, body, furniture…)
 * @param charStart first code point
 * @param charEnd code point after the last
 * @param derivedFrom id of the outlet whose text this segment reposts, or null
 * @param note free text, or null
 * @param origin where the record was read
 */
public record Segment(String id, SegmentKind kind, int charStart, int charEnd, String derivedFrom, String note,
        Origin origin) {

    /** Whether the code-point span {@code [start, end)} lies inside this segment. */
    public boolean contains(int start, int end) {
        return charStart <= start && end <= charEnd;
    }
}
