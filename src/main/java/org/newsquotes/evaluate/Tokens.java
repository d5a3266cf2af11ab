package org.newsquotes.evaluate;

import org.newsquotes.model.QuotationMarks;

/**
 * The tokens of one source text, and the token span that a character span covers, the way Citron
 * turns its character offsets into spaCy token spans.
 *
 * <p>Citron's reader ({@code bbc/citron}, {@code citron/data.py}, {@code CitronParser._get_character_index}
 * and {@code _get_span}) maps every character of a token, and the white space after it, to the token,
 * then takes a span from the token of its first character to the token of its last; the metrics in
 * {@code citron/metrics.py} and {@code citron/utils.py} compare those token spans. Citron tokenises
 * with spaCy's {@code en_core_web_sm}; this tool has no model, so a token here is a run of letters,
 * digits and marks, or any other single character that is not white space. That agrees with spaCy on
 * words and punctuation, and differs on the cases spaCy keeps together or splits by rule (U.S.,
 * 1.5-hour, don't), so overlap figures can differ from Citron's by a token here and there.
 */
final class Tokens {

    private final int[] codePoints;
    private final int[] tokenAt;

    /** Tokenises {@code text}. */
    Tokens(String text) {
        codePoints = text.codePoints().toArray();
        tokenAt = new int[codePoints.length];
        int token = -1;
        boolean inWord = false;
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                inWord = false;
            } else if (isWordChar(c)) {
                if (!inWord) {
                    token++;
                }
                inWord = true;
            } else {
                token++;
                inWord = false;
            }
            // White space before the first token belongs to it, as Citron's index would leave it unset.
            tokenAt[i] = Math.max(token, 0);
        }
    }

    /** The number of code points in the text. */
    int length() {
        return codePoints.length;
    }

    /**
     * The token span of the characters from {@code start} to {@code end}, after the quotation marks
     * at its ends are stripped; empty when nothing is left.
     */
    TokenSpan span(int start, int end) {
        int from = start;
        int to = end;
        while (from < to && QuotationMarks.is(codePoints[from])) {
            from++;
        }
        while (to > from && QuotationMarks.is(codePoints[to - 1])) {
            to--;
        }
        if (from >= to) {
            return TokenSpan.EMPTY;
        }
        return new TokenSpan(tokenAt[from], tokenAt[to - 1] + 1);
    }

    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /**
     * Tokens {@code start} (inclusive) to {@code end} (exclusive).
     *
     * @param start first token
     * @param end token after the last
     */
    record TokenSpan(int start, int end) {

        /** A span that covers nothing: a span of quotation marks alone. */
        static final TokenSpan EMPTY = new TokenSpan(0, 0);

        /** The number of tokens. */
        int length() {
            return end - start;
        }

        /**
         * The tokens this span shares with {@code other}: Citron's {@code utils.get_overlap}, which is
         * never negative.
         */
        int overlap(TokenSpan other) {
            return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
        }
    }
}
