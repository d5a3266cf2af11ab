package org.newsquotes.extract;

/**
 * The text between a pair of quotation marks, in code points of the source.
 *
 * @param open offset of the opening mark
 * @param start first code point of the quoted text ({@code open + 1})
 * @param end code point after the quoted text: the closing mark, or the end of the paragraph's text
 *     when the quotation runs on into the next paragraph
 * @param depth 0 for a quotation in the reporter's text, 1 for one inside another, and so on
 * @param chain an id shared by the parts of a quotation that runs over several paragraphs, and by no
 *     other span
 * @param closed whether a closing mark ends the span (false for a part that runs on)
 * @param paragraphStart offset where the span's paragraph starts
 * @param paragraphEnd offset where the span's paragraph ends
 */
record QuotedSpan(int open, int start, int end, int depth, int chain, boolean closed, int paragraphStart,
        int paragraphEnd) {
}
