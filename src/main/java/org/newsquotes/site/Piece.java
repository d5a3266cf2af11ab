package org.newsquotes.site;

import java.util.List;

/**
 * A part of a source text as a page shows it: plain text, or a highlight of a quote or claim (or of a
 * piece of one) holding further parts.
 *
 * @param text the plain text, or null for a highlight
 * @param id the element id (the record's id, on its first piece only), or null
 * @param record the id of the record highlighted, or null for plain text
 * @param classes the highlight's CSS classes, or null for plain text
 * @param badge the highlight's badge (a speaker's initials), or null
 * @param children what the highlight holds, in text order; empty for plain text
 */
public record Piece(String text, String id, String record, String classes, String badge, List<Piece> children) {

    public Piece {
        children = List.copyOf(children);
    }

    /** Plain text. */
    static Piece text(String text) {
        return new Piece(text, null, null, null, null, List.of());
    }

    /** Whether this is plain text rather than a highlight. */
    public boolean isText() {
        return text != null;
    }

    /** The id of the element that describes the record, in the page's record panel. */
    public String cardId() {
        return RecordCard.cardId(record);
    }
}
