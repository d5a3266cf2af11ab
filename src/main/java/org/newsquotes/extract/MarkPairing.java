package org.newsquotes.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Pairs the quotation marks of a text, paragraph by paragraph (a paragraph is a line; blank lines
 * are skipped).
 *
 * <ul>
 * <li>Double marks are {@code “ ” "}, single marks {@code ‘ ’ '}; a curly mark may close on a straight
 * one of the same kind. A straight mark opens after white space, an opening bracket or a dash and
 * before a printed character, closes after a printed character and before white space or
 * punctuation, and otherwise closes the open mark of its kind if there is one.</li>
 * <li>A {@code ’} or {@code '} between two letters is an apostrophe ({@code don’t}, {@code Russia's});
 * a {@code ’} or {@code '} that would close when no single mark is open is an apostrophe too
 * ({@code allies’}).</li>
 * <li>Marks nest: a closing mark closes the innermost open mark of its kind, and marks opened inside
 * it and never closed are dropped.</li>
 * <li>A quotation may run over paragraphs, the news convention: an opening mark with no closing one
 * by the end of its paragraph, when the next paragraph starts with an opening mark of the same kind,
 * gives a span to the paragraph's end and the quotation continues there. Any other mark left open at
 * a paragraph's end is dropped.</li>
 * </ul>
 */
final class MarkPairing {

    private static final int NONE = 0;
    private static final int DOUBLE = 1;
    private static final int SINGLE = 2;

    private MarkPairing() {
    }

    /** An open mark: its kind and offset. */
    private record Open(int kind, int at) {
    }

    /** Every quoted span of {@code cps}, ordered by the offset of its opening mark. */
    static List<QuotedSpan> spans(int[] cps) {
        List<QuotedSpan> spans = new ArrayList<>();
        int continuing = -1;
        int p = 0;
        while (p < cps.length) {
            int end = p;
            while (end < cps.length && cps[end] != '\n') {
                end++;
            }
            int from = p;
            int to = end;
            while (from < to && Character.isWhitespace(cps[from])) {
                from++;
            }
            while (to > from && Character.isWhitespace(cps[to - 1])) {
                to--;
            }
            if (from < to) {
                Open left = paragraph(cps, from, to, continuing, spans);
                int next = nextParagraphStart(cps, end);
                if (left != null && next >= 0 && kindOfOpening(cps, next, next, cps.length) == left.kind()) {
                    int chain = left.at() == from && continuing >= 0 ? continuing : spans.size();
                    spans.add(new QuotedSpan(left.at(), left.at() + 1, to, 0, chain, false, from, to));
                    continuing = chain;
                } else {
                    continuing = -1;
                }
            }
            p = end + 1;
        }
        spans.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return spans;
    }

    /**
     * Pairs the marks of one paragraph, {@code [from, to)}, adding its spans; returns the outermost
     * mark left open, or null. {@code continued} is the chain of a quotation that the previous
     * paragraph left running, or -1.
     */
    private static Open paragraph(int[] cps, int from, int to, int continued, List<QuotedSpan> spans) {
        Deque<Open> open = new ArrayDeque<>();
        for (int i = from; i < to; i++) {
            int kind = kindOf(cps[i]);
            if (kind == NONE || isApostrophe(cps, i, from, to)) {
                continue;
            }
            int opening = kindOfOpening(cps, i, from, to);
            int closing = kindOfClosing(cps, i, from, to);
            if (closing != NONE && contains(open, kind) && (opening == NONE || top(open) == kind)) {
                Open o = popTo(open, kind);
                if (i > o.at() + 1) {
                    int chain = o.at() == from && continued >= 0 ? continued : spans.size();
                    spans.add(new QuotedSpan(o.at(), o.at() + 1, i, open.size(), chain, true, from, to));
                }
            } else if (opening != NONE) {
                open.push(new Open(kind, i));
            }
        }
        return open.isEmpty() ? null : open.peekLast();
    }

    private static boolean contains(Deque<Open> open, int kind) {
        for (Open o : open) {
            if (o.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    private static int top(Deque<Open> open) {
        return open.isEmpty() ? NONE : open.peek().kind();
    }

    /** Pops marks down to and including the innermost open mark of {@code kind}. */
    private static Open popTo(Deque<Open> open, int kind) {
        Iterator<Open> it = open.iterator();
        while (it.hasNext()) {
            Open o = it.next();
            if (o.kind() == kind) {
                while (open.peek() != o) {
                    open.pop();
                }
                return open.pop();
            }
        }
        throw new IllegalStateException("no open mark of kind " + kind);
    }

    private static int kindOf(int cp) {
        switch (cp) {
            case '“':
            case '”':
            case '"':
                return DOUBLE;
            case '‘':
            case '’':
            case '\'':
                return SINGLE;
            default:
                return NONE;
        }
    }

    private static boolean isStraight(int cp) {
        return cp == '"' || cp == '\'';
    }

    /** A single mark between two letters, or a {@code ’} or {@code '} right after a letter or digit. */
    private static boolean isApostrophe(int[] cps, int i, int from, int to) {
        int cp = cps[i];
        if (kindOf(cp) != SINGLE) {
            return false;
        }
        boolean letterBefore = i > from && Character.isLetterOrDigit(cps[i - 1]);
        boolean letterAfter = i + 1 < to && Character.isLetter(cps[i + 1]);
        return letterBefore && letterAfter;
    }

    /** The kind of mark that {@code cps[i]} opens in its context, or {@link #NONE}. */
    private static int kindOfOpening(int[] cps, int i, int from, int to) {
        int cp = cps[i];
        if (cp == '“' || cp == '‘') {
            return kindOf(cp);
        }
        if (!isStraight(cp)) {
            return NONE;
        }
        boolean spaceBefore = i == from || Character.isWhitespace(cps[i - 1]) || "([{—–-/:".indexOf(cps[i - 1]) >= 0;
        boolean printedAfter = i + 1 < to && !Character.isWhitespace(cps[i + 1]);
        return spaceBefore && printedAfter ? kindOf(cp) : NONE;
    }

    /** The kind of mark that {@code cps[i]} closes in its context, or {@link #NONE}. */
    private static int kindOfClosing(int[] cps, int i, int from, int to) {
        int cp = cps[i];
        if (cp == '”' || cp == '’') {
            return kindOf(cp);
        }
        if (!isStraight(cp)) {
            return NONE;
        }
        boolean printedBefore = i > from && !Character.isWhitespace(cps[i - 1]);
        return printedBefore || kindOfOpening(cps, i, from, to) == NONE ? kindOf(cp) : NONE;
    }

    private static int nextParagraphStart(int[] cps, int lineEnd) {
        int i = lineEnd;
        while (i < cps.length && Character.isWhitespace(cps[i])) {
            i++;
        }
        return i < cps.length ? i : -1;
    }
}
