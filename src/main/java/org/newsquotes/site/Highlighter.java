package org.newsquotes.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsquotes.model.Claim;
import org.newsquotes.model.Quote;
import org.newsquotes.model.SourceText;

/** Turns a stretch of a source text and the spans inside it into the pieces a page shows. */
final class Highlighter {

    private final SourceText source;
    private final Map<String, Quote> quotes;
    private final Map<String, Claim> claims;
    private final SpeakerStyles styles;

    Highlighter(SourceText source, Map<String, Quote> quotes, Map<String, Claim> claims, SpeakerStyles styles) {
        this.source = source;
        this.quotes = quotes;
        this.claims = claims;
        this.styles = styles;
    }

    /** The pieces of {@code [start, end)}, with those of {@code spans} that lie inside it highlighted. */
    List<Piece> pieces(int start, int end, List<SpanLayout.Span> spans) {
        List<SpanLayout.Span> inside = spans.stream().filter(s -> start <= s.start() && s.end() <= end).toList();
        return pieces(SpanLayout.layout(start, end, inside));
    }

    private List<Piece> pieces(List<SpanLayout.Node> nodes) {
        List<Piece> pieces = new ArrayList<>();
        for (SpanLayout.Node node : nodes) {
            if (node instanceof SpanLayout.Mark mark) {
                pieces.add(highlight(mark));
            } else {
                pieces.add(Piece.text(source.slice(node.start(), node.end())));
            }
        }
        return pieces;
    }

    private Piece highlight(SpanLayout.Mark mark) {
        String record = mark.span().id();
        String id = mark.piece() == 0 ? record : null;
        String cut = mark.pieces() > 1 ? " piece" : "";
        Quote quote = quotes.get(record);
        if (quote != null) {
            SpeakerStyles.Style style = styles.of(quote.speaker());
            return new Piece(null, id, record, "hl q k-" + quote.kind().code() + " " + style.colourClass() + cut,
                    mark.piece() == 0 ? style.badge() : null, pieces(mark.children()));
        }
        Claim claim = claims.get(record);
        return new Piece(null, id, record, "hl c ck-" + claim.kind().code() + cut, null, pieces(mark.children()));
    }
}
