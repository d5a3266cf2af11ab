package org.newsquotes.site;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.model.Claim;
import org.newsquotes.model.Document;
import org.newsquotes.model.Quote;
import org.newsquotes.model.Segment;
import org.newsquotes.model.UtteranceGroup;

/**
 * What a document page shows of one quote or claim when its highlight is focused or clicked.
 *
 * @param record the record's id
 * @param heading the card's heading
 * @param fields the record's fields, in a fixed order
 */
public record RecordCard(String record, String heading, List<Field> fields) {

    public RecordCard {
        fields = List.copyOf(fields);
    }

    /** The element id of the card of {@code record}. */
    static String cardId(String record) {
        return "card-" + record;
    }

    /** The element id of this card. */
    public String id() {
        return cardId(record);
    }

    /** The card of a quote of {@code document}. */
    static RecordCard of(Quote q, Document document, Lookup lookup) {
        List<Field> fields = new ArrayList<>();
        fields.add(Field.of("text", q.text()));
        fields.add(Field.of("kind", q.kind().code()));
        fields.add(Field.of("speaker", q.speaker() == null ? null
                : lookup.speakerName(q.speaker()) + " (" + q.speaker() + ")"));
        fields.add(Field.of("speaker as written", q.speakerAsWritten()));
        fields.add(Field.of("cue", q.cue()));
        UtteranceGroup group = q.utterance() == null ? null : lookup.utterance(q.utterance());
        fields.add(Field.linked("utterance", q.utterance() == null ? null
                : q.utterance() + (group == null ? "" : ": " + group.summary()), Lookup.page(q.utterance())));
        fields.add(Field.of("utterance date", q.utteranceDate()));
        fields.add(Field.of("date basis", q.utteranceDateBasis()));
        fields.add(place(document, q.charStart(), q.charEnd(), lookup));
        fields.add(Field.of("note", q.note()));
        return new RecordCard(q.id(), "Quote " + q.id(), fields);
    }

    /** The card of a claim of {@code document}. */
    static RecordCard of(Claim c, Document document, Lookup lookup) {
        List<Field> fields = new ArrayList<>();
        fields.add(Field.of("text", c.text()));
        fields.add(Field.of("kind", c.kind().code()));
        fields.add(Field.of("voice", c.voice().code()));
        fields.add(Field.of("claimant", c.claimant() == null ? null
                : lookup.speakerName(c.claimant()) + " (" + c.claimant() + ")"));
        fields.add(Field.of("statement", c.statement()));
        fields.add(Field.of("value", c.value() == null ? null
                : c.value().toPlainString() + (c.unit() == null ? "" : " " + c.unit())));
        fields.add(Field.linked("claim group", c.claimGroup(), Lookup.page(c.claimGroup())));
        fields.add(Field.of("position", c.position()));
        fields.add(place(document, c.charStart(), c.charEnd(), lookup));
        fields.add(Field.of("note", c.note()));
        return new RecordCard(c.id(), "Claim " + c.id(), fields);
    }

    /** Where a span is: its code-point offsets, its segment and the outlet that first published it. */
    private static Field place(Document document, int start, int end, Lookup lookup) {
        String segment = document.segmentContaining(start, end).map(Segment::id).orElse("no segment");
        return Field.of("place", "code points " + start + ".." + end + " in segment " + segment
                + ", first published by " + lookup.outletName(document.originalOutletAt(start, end)));
    }
}
