package org.newsquotes.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.newsquotes.site.SpanLayout.Mark;
import org.newsquotes.site.SpanLayout.Node;
import org.newsquotes.site.SpanLayout.Span;

class SpanLayoutTest {

    private static final String TEXT = "abcdefghijklmnopqrst";

    /** The layout drawn as text: a mark is {@code [id:…]}, a piece of a cut span {@code [id#n/m:…]}. */
    private static String drawn(List<Node> nodes) {
        StringBuilder out = new StringBuilder();
        for (Node node : nodes) {
            if (node instanceof Mark mark) {
                out.append('[').append(mark.span().id());
                if (mark.pieces() > 1) {
                    out.append('#').append(mark.piece() + 1).append('/').append(mark.pieces());
                }
                out.append(':').append(drawn(mark.children())).append(']');
            } else {
                out.append(TEXT, node.start(), node.end());
            }
        }
        return out.toString();
    }

    private static String layout(Span... spans) {
        return drawn(SpanLayout.layout(0, TEXT.length(), List.of(spans)));
    }

    @Test
    void leavesTextWithoutSpansAsOneText() {
        assertThat(layout()).isEqualTo(TEXT);
    }

    @Test
    void nestsASpanInsideAnother() {
        assertThat(layout(new Span("q", 2, 10, 0), new Span("c", 4, 6, 1))).isEqualTo("ab[q:cd[c:ef]ghij]klmnopqrst");
    }

    @Test
    void nestsTheLowerRankInsideWhenTwoSpansAreTheSame() {
        assertThat(layout(new Span("c", 2, 5, 1), new Span("q", 2, 5, 0))).isEqualTo("ab[q:[c:cde]]fghijklmnopqrst");
    }

    @Test
    void keepsAdjacentSpansSideBySide() {
        assertThat(layout(new Span("a", 0, 3, 0), new Span("b", 3, 6, 0))).isEqualTo("[a:abc][b:def]ghijklmnopqrst");
    }

    @Test
    void nestsSpansThatShareAnEnd() {
        assertThat(layout(new Span("q", 2, 10, 0), new Span("c", 6, 10, 1))).isEqualTo("ab[q:cdef[c:ghij]]klmnopqrst");
    }

    @Test
    void cutsTheClaimWhereAClaimThatStartsFirstCrossesAQuote() {
        // As d000-c14 crosses d000-q05: the claim starts before the quote and ends inside it.
        assertThat(layout(new Span("c", 0, 8, 1), new Span("q", 4, 12, 0)))
                .isEqualTo("[c#1/2:abcd][q:[c#2/2:efgh]ijkl]mnopqrst");
    }

    @Test
    void cutsTheClaimWhereAClaimThatStartsInsideAQuoteEndsAfterIt() {
        assertThat(layout(new Span("q", 0, 8, 0), new Span("c", 4, 12, 1)))
                .isEqualTo("[q:abcd[c#1/2:efgh]][c#2/2:ijkl]mnopqrst");
    }

    @Test
    void cutsTheLaterSpanWhenTwoOfOneRankCross() {
        assertThat(layout(new Span("a", 0, 8, 0), new Span("b", 4, 12, 0)))
                .isEqualTo("[a:abcd[b#1/2:efgh]][b#2/2:ijkl]mnopqrst");
    }

    @Test
    void cutsAClaimThatSpansTwoQuotesIntoThreePieces() {
        assertThat(layout(new Span("q1", 0, 5, 0), new Span("c", 2, 14, 1), new Span("q2", 10, 20, 0)))
                .isEqualTo("[q1:ab[c#1/3:cde]][c#2/3:fghij][q2:[c#3/3:klmn]opqrst]");
    }

    @Test
    void keepsWhatAQuoteHoldsWhenACrossingClaimIsCut() {
        // The claim is cut at the quote's start; its part inside the quote holds the inner quote.
        assertThat(layout(new Span("c", 0, 10, 1), new Span("q", 4, 16, 0), new Span("inner", 6, 8, 0)))
                .isEqualTo("[c#1/2:abcd][q:[c#2/2:ef[inner:gh]ij]klmnop]qrst");
    }

    @Test
    void laysOutAStretchOfALongerText() {
        List<Node> nodes = SpanLayout.layout(5, 12, List.of(new Span("q", 6, 9, 0)));

        assertThat(nodes).containsExactly(new SpanLayout.Text(5, 6),
                new Mark(new Span("q", 6, 9, 0), 0, 1, 6, 9, List.of(new SpanLayout.Text(6, 9))),
                new SpanLayout.Text(9, 12));
    }

    @Test
    void refusesASpanOutsideTheText() {
        assertThatThrownBy(() -> SpanLayout.layout(0, 5, List.of(new Span("q", 3, 7, 0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("span q (3..7) lies outside 0..5");
    }

    /**
     * Random spans, seeded: the leaves cover the text in order, every mark lies inside its parent and
     * covers its children without gaps, and each span's pieces, in order, cover exactly its own bounds;
     * a span of rank 0 that crosses no other of rank 0 is never cut.
     */
    @Test
    void coversEverySpanExactlyWhateverTheyOverlap() {
        SplittableRandom random = new SplittableRandom(20220121);
        for (int round = 0; round < 2000; round++) {
            int length = 1 + random.nextInt(30);
            List<Span> spans = new ArrayList<>();
            int count = random.nextInt(7);
            for (int i = 0; i < count; i++) {
                int start = random.nextInt(length + 1);
                int end = start + random.nextInt(length - start + 1);
                spans.add(new Span("s" + i, start, end, random.nextInt(2)));
            }
            List<Node> nodes = SpanLayout.layout(0, length, spans);
            Map<String, List<int[]>> pieces = new HashMap<>();
            assertThat(covered(nodes, 0, length, pieces)).as("round %d: %s", round, spans).isEqualTo(length);
            for (Span s : spans) {
                List<int[]> ps = pieces.get(s.id());
                assertThat(ps).as("round %d: %s", round, s).isNotNull();
                assertThat(ps.get(0)[0]).isEqualTo(s.start());
                assertThat(ps.get(ps.size() - 1)[1]).isEqualTo(s.end());
                for (int i = 1; i < ps.size(); i++) {
                    assertThat(ps.get(i)[0]).as("round %d: pieces of %s touch", round, s).isEqualTo(ps.get(i - 1)[1]);
                }
            }
            for (Span q : spans) {
                boolean crossesItsRank = spans.stream().anyMatch(o -> o.rank() == q.rank() && crosses(q, o));
                if (q.rank() == 0 && !crossesItsRank) {
                    assertThat(pieces.get(q.id())).as("round %d: %s is whole among %s", round, q, spans).hasSize(1);
                }
            }
        }
    }

    /** Whether {@code a} and {@code b} overlap without one holding the other. */
    private static boolean crosses(Span a, Span b) {
        return a.start() < b.start() && b.start() < a.end() && a.end() < b.end()
                || b.start() < a.start() && a.start() < b.end() && b.end() < a.end();
    }

    /** Checks that {@code nodes} cover {@code [start, end)} in order and collects each span's pieces; the end reached. */
    private static int covered(List<Node> nodes, int start, int end, Map<String, List<int[]>> pieces) {
        int at = start;
        for (Node node : nodes) {
            assertThat(node.start()).isEqualTo(at);
            assertThat(node.end()).isGreaterThanOrEqualTo(node.start());
            if (node instanceof Mark mark) {
                pieces.computeIfAbsent(mark.span().id(), k -> new ArrayList<>()).add(new int[] {mark.start(), mark.end()});
                assertThat(pieces.get(mark.span().id())).hasSize(mark.piece() + 1);
                assertThat(covered(mark.children(), mark.start(), mark.end(), pieces)).isEqualTo(mark.end());
            }
            at = node.end();
        }
        assertThat(at).isLessThanOrEqualTo(end);
        return nodes.isEmpty() ? start : at;
    }
}
