package org.newsquotes.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The words of a text and where its sentences end, by code point. */
final class Words {

    /** Abbreviations whose period does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep",
            "Gov", "Lt", "Col", "Prof", "Jr", "Sr", "No", "vs", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec");

    /** A word: {@code [start, end)}. */
    record Word(int start, int end) {
    }

    private final int[] cps;

    Words(int[] cps) {
        this.cps = cps;
    }

    /**
     * The words in {@code [from, to)}: letters and digits, with apostrophes, hyphens and periods
     * between them ({@code don’t}, {@code two-tier}, {@code U.S.}); a final period stays only on a word
     * with one inside it.
     */
    List<Word> in(int from, int to) {
        List<Word> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!Character.isLetterOrDigit(cps[i])) {
                i++;
                continue;
            }
            int start = i;
            boolean innerPeriod = false;
            while (i < to && (Character.isLetterOrDigit(cps[i]) || joins(i, to))) {
                innerPeriod |= cps[i] == '.';
                i++;
            }
            if (innerPeriod && i < to && cps[i] == '.') {
                i++;
            }
            words.add(new Word(start, i));
        }
        return words;
    }

    private boolean joins(int i, int to) {
        int cp = cps[i];
        boolean joiner = cp == '\'' || cp == '’' || cp == '-' || cp == '.';
        return joiner && i + 1 < to && Character.isLetterOrDigit(cps[i + 1]) && i > 0
                && Character.isLetterOrDigit(cps[i - 1]);
    }

    /** The text of {@code w}. */
    String text(Word w) {
        return new String(cps, w.start(), w.end() - w.start());
    }

    /**
     * Whether a sentence ends at {@code i}: a {@code .}, {@code !} or {@code ?} followed by white space
     * or the end, and not the period of an initial ({@code J.}), of a word with periods inside
     * ({@code U.S.}) or of a known abbreviation ({@code Mr.}).
     */
    boolean endsSentence(int i, int paragraphEnd) {
        int cp = cps[i];
        if (cp != '.' && cp != '!' && cp != '?') {
            return false;
        }
        if (i + 1 < paragraphEnd && !Character.isWhitespace(cps[i + 1])) {
            return false;
        }
        if (cp != '.') {
            return true;
        }
        int start = i;
        while (start > 0 && (Character.isLetter(cps[start - 1]) || cps[start - 1] == '.')) {
            start--;
        }
        String word = new String(cps, start, i - start);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        return !(initial || word.indexOf('.') >= 0 || ABBREVIATIONS.contains(word));
    }
}
