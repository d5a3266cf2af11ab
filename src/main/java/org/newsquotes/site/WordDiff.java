package org.newsquotes.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level differences between renderings of one statement: each text is cut into words (letters
 * and digits, with apostrophes inside), single punctuation marks and runs of white space, and the
 * words and marks of two texts are matched by a longest common subsequence. White space is kept for
 * display but never compared, so a line break where another text has a space is no difference.
 */
public final class WordDiff {

    /** A word, one other character, or a run of white space (Unicode's, not only ASCII's). */
    private static final Pattern TOKEN = Pattern.compile(
            "\\s+|[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}\\p{N}]+)*|.", Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL);

    /**
     * A piece of a text.
     *
     * @param text the piece, verbatim
     * @param compared whether it takes part in the comparison (false for white space)
     * @param changed whether it is a compared piece that the comparison found no match for
     */
    public record Token(String text, boolean compared, boolean changed) {
    }

    private WordDiff() {
    }

    /** {@code text} cut into tokens, none of them marked changed; their texts joined give {@code text} back. */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String piece = m.group();
            tokens.add(new Token(piece, !piece.isBlank(), false));
        }
        return tokens;
    }

    /**
     * Compares every text with the first: in each other text, the tokens that are not in a longest common
     * subsequence with the first are marked changed; in the first, those missing from at least one other.
     * With two texts this marks both sides of every difference.
     *
     * @return the tokens of each text, in the order of {@code texts}
     */
    public static List<List<Token>> compare(List<String> texts) {
        List<List<Token>> result = new ArrayList<>();
        if (texts.isEmpty()) {
            return result;
        }
        List<Token> first = tokens(texts.get(0));
        boolean[] firstChanged = new boolean[first.size()];
        List<List<Token>> others = new ArrayList<>();
        for (String text : texts.subList(1, texts.size())) {
            List<Token> other = tokens(text);
            boolean[][] kept = matched(first, other);
            for (int i = 0; i < first.size(); i++) {
                firstChanged[i] |= first.get(i).compared() && !kept[0][i];
            }
            others.add(marked(other, kept[1]));
        }
        boolean[] firstKept = new boolean[first.size()];
        for (int i = 0; i < first.size(); i++) {
            firstKept[i] = !firstChanged[i];
        }
        result.add(marked(first, firstKept));
        result.addAll(others);
        return result;
    }

    private static List<Token> marked(List<Token> tokens, boolean[] kept) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            out.add(new Token(t.text(), t.compared(), t.compared() && !kept[i]));
        }
        return out;
    }

    /**
     * Which compared tokens of {@code a} and of {@code b} are in one longest common subsequence of the
     * two lists of compared tokens; ties go to the earliest tokens of {@code a}, so the result is the
     * same on every run.
     *
     * @return {@code [inA, inB]}, indexed like {@code a} and {@code b}
     */
    static boolean[][] matched(List<Token> a, List<Token> b) {
        List<Integer> ai = comparedIndexes(a);
        List<Integer> bi = comparedIndexes(b);
        int n = ai.size();
        int m = bi.size();
        int[][] suffix = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                suffix[i][j] = same(a, ai.get(i), b, bi.get(j)) ? suffix[i + 1][j + 1] + 1
                        : Math.max(suffix[i + 1][j], suffix[i][j + 1]);
            }
        }
        boolean[] inA = new boolean[a.size()];
        boolean[] inB = new boolean[b.size()];
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (same(a, ai.get(i), b, bi.get(j))) {
                inA[ai.get(i++)] = true;
                inB[bi.get(j++)] = true;
            } else if (suffix[i + 1][j] >= suffix[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return new boolean[][] {inA, inB};
    }

    private static boolean same(List<Token> a, int i, List<Token> b, int j) {
        return a.get(i).text().equals(b.get(j).text());
    }

    private static List<Integer> comparedIndexes(List<Token> tokens) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).compared()) {
                indexes.add(i);
            }
        }
        return indexes;
    }
}
