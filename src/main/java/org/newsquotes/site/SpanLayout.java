package org.newsquotes.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Lays spans of a text out as a tree of nested elements, as HTML needs them: the text is cut at every
 * span boundary, a span inside another becomes a child of it, and where two spans cross (overlap
 * without one holding the other) one of them is cut into pieces that each nest. The one cut is the one
 * of higher {@link Span#rank()} (quotes are ranked before claims, so a claim that crosses a quote is
 * cut, never the quote), or the later one on a tie. A span that is never cut is one element whose text
 * is exactly its own; a cut span is a run of pieces whose texts, in order, make its text.
 */
public final class SpanLayout {

    /**
     * A span to lay out.
     *
     * @param id what the span marks, such as a record id; unique among the spans laid out together
     * @param start first position, inclusive
     * @param end position after the last
     * @param rank which of two crossing spans is kept whole: the lower rank
     */
    public record Span(String id, int start, int end, int rank) {

        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("span " + id + " has bad bounds " + start + ".." + end);
            }
        }
    }

    /** A part of the laid-out text: plain text, or one element of a span with what it holds. */
    public sealed interface Node permits Text, Mark {

        /** First position covered. */
        int start();

        /** Position after the last covered. */
        int end();
    }

    /**
     * Text that no further span starts or ends in.
     *
     * @param start first position
     * @param end position after the last
     */
    public record Text(int start, int end) implements Node {
    }

    /**
     * One element of a span: the whole span, or one of its pieces when it was cut.
     *
     * @param span the span
     * @param piece 0 for the first piece (or the whole span), then 1, 2…
     * @param pieces how many pieces the span was cut into; 1 when it is whole
     * @param start first position of this piece
     * @param end position after the last
     * @param children what the piece holds, in text order, covering {@code [start, end)} without gaps
     */
    public record Mark(Span span, int piece, int pieces, int start, int end, List<Node> children) implements Node {

        public Mark {
            children = List.copyOf(children);
        }
    }

    /** Order of work: by start, the longer first, then by rank and id, so that a holder comes before what it holds. */
    private static final Comparator<Span> ORDER = Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed())
            .thenComparingInt(Span::rank)
            .thenComparing(Span::id);

    private SpanLayout() {
    }

    /**
     * Lays out {@code spans} over the text {@code [start, end)}.
     *
     * @return the nodes covering {@code [start, end)} in order, without gaps
     * @throws IllegalArgumentException when a span lies outside {@code [start, end)}
     */
    public static List<Node> layout(int start, int end, List<Span> spans) {
        for (Span s : spans) {
            if (s.start() < start || s.end() > end) {
                throw new IllegalArgumentException("span " + s.id() + " (" + s.start() + ".." + s.end()
                        + ") lies outside " + start + ".." + end);
            }
        }
        Open root = new Open(new Span("", start, end, Integer.MIN_VALUE), start, end);
        List<Open> stack = new ArrayList<>(List.of(root));
        PriorityQueue<Span> work = new PriorityQueue<>(ORDER);
        work.addAll(spans);
        while (!work.isEmpty()) {
            Span s = work.poll();
            while (stack.get(stack.size() - 1).end <= s.start() && stack.size() > 1) {
                stack.remove(stack.size() - 1);
            }
            Open top = stack.get(stack.size() - 1);
            if (s.end() <= top.end) {
                Open opened = new Open(s, s.start(), s.end());
                top.children.add(opened);
                stack.add(opened);
            } else if (top.span.rank() > s.rank()) {
                // Cut the open span where s starts: none of its children reach past there, since
                // the top of the stack has no open child. The rest of it goes inside s.
                stack.remove(stack.size() - 1);
                work.add(new Span(top.span.id(), s.start(), top.end, top.span.rank()));
                top.end = s.start();
                work.add(s);
            } else {
                Open opened = new Open(s, s.start(), top.end);
                top.children.add(opened);
                stack.add(opened);
                work.add(new Span(s.id(), top.end, s.end(), s.rank()));
            }
        }
        Map<String, Integer> pieces = new HashMap<>();
        countPieces(root, pieces);
        Map<String, Span> originals = new HashMap<>();
        spans.forEach(s -> originals.put(s.id(), s));
        return root.nodes(originals, pieces, new HashMap<>());
    }

    private static void countPieces(Open open, Map<String, Integer> pieces) {
        for (Open child : open.children) {
            pieces.merge(child.span.id(), 1, Integer::sum);
            countPieces(child, pieces);
        }
    }

    /** A span's element while the layout is built: its end may still be cut short. */
    private static final class Open {
        private final Span span;
        private final int start;
        private int end;
        private final List<Open> children = new ArrayList<>();

        Open(Span span, int start, int end) {
            this.span = span;
            this.start = start;
            this.end = end;
        }

        /** The nodes inside this element, the gaps between children as text. */
        List<Node> nodes(Map<String, Span> originals, Map<String, Integer> pieces, Map<String, Integer> seen) {
            List<Node> nodes = new ArrayList<>();
            int at = start;
            for (Open child : children) {
                if (child.start > at) {
                    nodes.add(new Text(at, child.start));
                }
                int piece = seen.merge(child.span.id(), 1, Integer::sum) - 1;
                String id = child.span.id();
                nodes.add(new Mark(originals.get(id), piece, pieces.get(id), child.start, child.end,
                        child.nodes(originals, pieces, seen)));
                at = child.end;
            }
            if (end > at) {
                nodes.add(new Text(at, end));
            }
            return nodes;
        }
    }
}
