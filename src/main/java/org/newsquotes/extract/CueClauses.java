package org.newsquotes.extract;

import java.util.List;
import java.util.Locale;

/**
 * Finds the cue verb and the speaker's mention in the clause around a quotation (see
 * {@link QuoteExtractor} for the rules).
 */
final class CueClauses {

    /**
     * A cue and the mention of its speaker.
     *
     * @param cue the cue as written, or null when the clause has none
     * @param speaker the mention that names the speaker, or null
     */
    record Attribution(String cue, int cueStart, int cueEnd, Mentions.Mention speaker) {
    }

    private static final Attribution NONE = new Attribution(null, -1, -1, null);

    private final int[] cps;
    private final Words words;
    private final Mentions mentions;
    /** Whether each code point lies in a quotation, marks included. */
    private final boolean[] quoted;

    CueClauses(int[] cps, Words words, List<QuotedSpan> spans, Mentions mentions) {
        this.cps = cps;
        this.words = words;
        this.mentions = mentions;
        this.quoted = new boolean[cps.length];
        for (QuotedSpan s : spans) {
            int last = s.closed() ? s.end() : s.end() - 1;
            for (int i = s.open(); i <= last && i < cps.length; i++) {
                quoted[i] = true;
            }
        }
    }

    /** The cue and speaker of {@code s}, or an attribution with a null cue. */
    Attribution attribution(QuotedSpan s) {
        if (s.closed() && !startsNewSentence(s)) {
            int from = s.end() + 1;
            int to = from;
            while (to < s.paragraphEnd() && !quoted[to] && !words.endsSentence(to, s.paragraphEnd())) {
                to++;
            }
            Attribution after = find(from, to, true);
            if (after.cue() != null) {
                return after;
            }
        }
        return find(clauseStart(s), s.open(), false);
    }

    /** Whether {@code s} opens its paragraph or its sentence: no reporter's words come before it there. */
    boolean opensSentence(QuotedSpan s) {
        int from = clauseStart(s);
        boolean sentenceOrParagraph = from == s.paragraphStart() || !quoted[from - 1];
        return sentenceOrParagraph && words.in(from, s.open()).isEmpty();
    }

    /** Where the clause before {@code s} starts: its sentence's start, or the end of the quotation before. */
    private int clauseStart(QuotedSpan s) {
        int from = s.open();
        while (from > s.paragraphStart() && !quoted[from - 1] && !words.endsSentence(from - 1, s.paragraphEnd())) {
            from--;
        }
        return from;
    }

    /** Whether the quotation ends a sentence and the next word is capitalised. */
    private boolean startsNewSentence(QuotedSpan s) {
        int last = s.end() - 1;
        boolean terminal = last >= s.start() && ".!?".indexOf(cps[last]) >= 0;
        int next = s.end() + 1;
        while (next < s.paragraphEnd() && !Character.isLetter(cps[next])) {
            next++;
        }
        return terminal && (next >= s.paragraphEnd() || Character.isUpperCase(cps[next]));
    }

    /** The cue in {@code [from, to)} (the first when {@code first}, else the last) and its speaker. */
    private Attribution find(int from, int to, boolean first) {
        List<Words.Word> ws = words.in(from, to);
        Words.Word cue = null;
        int cueEnd = -1;
        for (int i = 0; i < ws.size(); i++) {
            int end = cueEndAt(ws, i);
            if (end >= 0 && (cue == null || !first)) {
                cue = ws.get(i);
                cueEnd = end;
            }
        }
        if (cue == null) {
            return NONE;
        }
        return new Attribution(new String(cps, cue.start(), cueEnd - cue.start()), cue.start(), cueEnd,
                speaker(from, to, cue.start(), cueEnd));
    }

    /** Where the cue starting at word {@code i} ends, or -1 when no cue starts there. */
    private int cueEndAt(List<Words.Word> ws, int i) {
        if (CueVerbs.isCue(words.text(ws.get(i)))) {
            return ws.get(i).end();
        }
        for (List<String> phrase : CueVerbs.PHRASES) {
            boolean matches = i + phrase.size() <= ws.size();
            for (int k = 0; matches && k < phrase.size(); k++) {
                matches = words.text(ws.get(i + k)).toLowerCase(Locale.ROOT).equals(phrase.get(k));
            }
            if (matches) {
                return ws.get(i + phrase.size() - 1).end();
            }
        }
        return -1;
    }

    /** The mention that names the cue's speaker, or null. */
    private Mentions.Mention speaker(int from, int to, int cueStart, int cueEnd) {
        List<Mentions.Mention> all = mentions.in(from, to);
        Mentions.Mention best = null;
        for (Mentions.Mention m : all) {
            if (m.end() <= cueStart && atMostOneWordBetween(m.end(), cueStart)
                    && (best == null || m.kind().ordinal() < best.kind().ordinal())) {
                best = m;
            }
        }
        for (Mentions.Mention m : all) {
            if (best == null && m.start() >= cueEnd && onlySpaceBetween(cueEnd, m.start())) {
                best = m;
            }
        }
        if (best != null) {
            return best;
        }
        for (Mentions.Kind kind : List.of(Mentions.Kind.ALIAS, Mentions.Kind.NAME)) {
            for (Mentions.Mention m : all) {
                if (m.kind() == kind && (best == null || distance(m, cueStart, cueEnd) < distance(best, cueStart,
                        cueEnd))) {
                    best = m;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    private static int distance(Mentions.Mention m, int cueStart, int cueEnd) {
        return m.end() <= cueStart ? cueStart - m.end() : m.start() - cueEnd;
    }

    private boolean onlySpaceBetween(int a, int b) {
        for (int i = a; i < b; i++) {
            if (!Character.isWhitespace(cps[i])) {
                return false;
            }
        }
        return true;
    }

    /** Only spaces, and at most one lower-case word, between {@code a} and {@code b}. */
    private boolean atMostOneWordBetween(int a, int b) {
        List<Words.Word> between = words.in(a, b);
        if (between.isEmpty()) {
            return onlySpaceBetween(a, b);
        }
        Words.Word w = between.get(0);
        return between.size() == 1 && Character.isLowerCase(cps[w.start()]) && onlySpaceBetween(a, w.start())
                && onlySpaceBetween(w.end(), b);
    }
}
