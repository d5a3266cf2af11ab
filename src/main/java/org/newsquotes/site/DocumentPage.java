package org.newsquotes.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsquotes.model.Claim;
import org.newsquotes.model.Document;
import org.newsquotes.model.Quote;
import org.newsquotes.model.Segment;
import org.newsquotes.model.SourceText;

/**
 * The page of one document: its header, its source text row by row (one row per segment, with the
 * segment in the margin, and a row for any text between segments), every quote and claim highlighted,
 * and a card for each record.
 *
 * @param id the document's id
 * @param title the page title
 * @param header the document's metadata
 * @param rows the source text, in order; their texts joined are the source text
 * @param cards one card per quote and claim, in text order
 * @param legend the speakers quoted in the document, with their colour and badge
 */
public record DocumentPage(String id, String title, List<Field> header, List<Row> rows, List<RecordCard> cards,
        List<LegendEntry> legend) {

    /** Quotes are kept whole where a claim crosses one; the claim is cut. */
    private static final int QUOTE_RANK = 0;
    private static final int CLAIM_RANK = 1;

    public DocumentPage {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        cards = List.copyOf(cards);
        legend = List.copyOf(legend);
    }

    /**
     * One row of the text: a segment, or text between segments.
     *
     * @param segment the segment's id, or null for text between segments
     * @param kind the segment's kind, or null
     * @param derivedFrom the name of the outlet whose text the segment reposts, or null
     * @param note the segment's note, or null
     * @param text the row's text with its highlights
     */
    public record Row(String segment, String kind, String derivedFrom, String note, List<Piece> text) {

        public Row {
            text = List.copyOf(text);
        }
    }

    /**
     * A speaker quoted in the document.
     *
     * @param name the speaker's name
     * @param colourClass its colour's CSS class
     * @param badge its badge
     * @param quotes how many of the document's quotes are its
     */
    public record LegendEntry(String name, String colourClass, String badge, int quotes) {
    }

    /** The page of {@code document}, whose text is {@code source}. */
    static DocumentPage of(Document document, SourceText source, Lookup lookup, SpeakerStyles badges) {
        SpeakerStyles styles = badges.coloured(document.quotes().stream()
                .sorted(Comparator.comparingInt(Quote::charStart)).map(Quote::speaker).toList());
        Map<String, Quote> quotes = new LinkedHashMap<>();
        document.quotes().forEach(q -> quotes.put(q.id(), q));
        Map<String, Claim> claims = new LinkedHashMap<>();
        document.claims().forEach(c -> claims.put(c.id(), c));
        List<SpanLayout.Span> spans = new ArrayList<>();
        document.quotes().forEach(q -> spans.add(new SpanLayout.Span(q.id(), q.charStart(), q.charEnd(), QUOTE_RANK)));
        document.claims().forEach(c -> spans.add(new SpanLayout.Span(c.id(), c.charStart(), c.charEnd(), CLAIM_RANK)));
        Highlighter highlighter = new Highlighter(source, quotes, claims, styles);
        List<Row> rows = new ArrayList<>();
        int at = 0;
        List<Segment> segments = document.segments().stream().sorted(Comparator.comparingInt(Segment::charStart)).toList();
        for (Segment segment : segments) {
            if (segment.charStart() > at) {
                rows.add(new Row(null, null, null, null, highlighter.pieces(at, segment.charStart(), spans)));
            }
            int start = Math.max(at, segment.charStart());
            rows.add(new Row(segment.id(), segment.kind().code(),
                    segment.derivedFrom() == null ? null : lookup.outletName(segment.derivedFrom()), segment.note(),
                    highlighter.pieces(start, segment.charEnd(), spans)));
            at = Math.max(at, segment.charEnd());
        }
        if (source.length() > at) {
            rows.add(new Row(null, null, null, null, highlighter.pieces(at, source.length(), spans)));
        }
        List<RecordCard> cards = new ArrayList<>();
        spans.stream().sorted(Comparator.comparingInt(SpanLayout.Span::start).thenComparing(SpanLayout.Span::id))
                .forEach(s -> cards.add(quotes.containsKey(s.id()) ? RecordCard.of(quotes.get(s.id()), document, lookup)
                        : RecordCard.of(claims.get(s.id()), document, lookup)));
        String title = document.headline() == null ? document.id() : document.id() + ": " + document.headline();
        return new DocumentPage(document.id(), title, header(document, lookup), rows, cards, legend(document, styles));
    }

    private static List<Field> header(Document d, Lookup lookup) {
        List<Field> header = new ArrayList<>();
        header.add(Field.of("outlet", lookup.outletName(d.outlet()) + " (" + d.outlet() + ")"));
        header.add(Field.of("date as printed", d.publishedAsPrinted()));
        header.add(Field.of("published", d.published()));
        header.add(Field.of("outlet confidence", d.outletConfidence().code()));
        header.add(Field.of("outlet evidence", d.outletEvidence()));
        header.add(Field.of("wire credit", d.wireCredit()));
        header.add(Field.of("dateline", d.dateline()));
        List<String> derived = d.segments().stream().filter(s -> s.derivedFrom() != null)
                .map(s -> "segment " + s.id() + " reposts " + lookup.outletName(s.derivedFrom())).toList();
        header.add(Field.of("derived from", derived.isEmpty() ? "none: all of it is the outlet's own text"
                : String.join("; ", derived)));
        header.add(Field.of("language", d.language()));
        header.add(Field.linked("address", d.url(), d.url()));
        header.add(Field.of("source file", "dataset/sources/" + d.source() + " (sha256 " + d.sha256() + ")"));
        header.add(Field.of("note", d.note()));
        return header;
    }

    private static List<LegendEntry> legend(Document document, SpeakerStyles styles) {
        Map<SpeakerStyles.Style, Integer> counts = new LinkedHashMap<>();
        document.quotes().stream().sorted(Comparator.comparingInt(Quote::charStart))
                .forEach(q -> counts.merge(styles.of(q.speaker()), 1, Integer::sum));
        return counts.entrySet().stream()
                .map(e -> new LegendEntry(e.getKey().name(), e.getKey().colourClass(), e.getKey().badge(), e.getValue()))
                .toList();
    }
}
