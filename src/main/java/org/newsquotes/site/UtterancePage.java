package org.newsquotes.site;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.model.Document;
import org.newsquotes.model.Quote;
import org.newsquotes.model.UtteranceGroup;

/**
 * The page of one utterance group: the statement as each document rendered it, side by side, with the
 * words that differ from the first rendering marked ({@link WordDiff}).
 *
 * @param id the group's id
 * @param summary what was said
 * @param speaker the speaker's name
 * @param rationale why the members are one statement
 * @param renderings the member quotes, by document then in text order
 */
public record UtterancePage(String id, String summary, String speaker, String rationale, List<Rendering> renderings) {

    public UtterancePage {
        renderings = List.copyOf(renderings);
    }

    /**
     * One member quote.
     *
     * @param quote the quote's id
     * @param href the quote's place in its document's page
     * @param outlet the name of the outlet that first published it
     * @param document the document's id and outlet, as a label
     * @param published the document's date as printed, or "not given"
     * @param kind the quote's kind
     * @param utteranceDate when it was said, or "not given"
     * @param tokens the quote's text in words, those that differ marked
     */
    public record Rendering(String quote, String href, String outlet, String document, String published, String kind,
            String utteranceDate, List<WordDiff.Token> tokens) {

        public Rendering {
            tokens = List.copyOf(tokens);
        }
    }

    /** The page of {@code group}. */
    static UtterancePage of(UtteranceGroup group, Lookup lookup) {
        List<Quote> members = lookup.quotes().stream().filter(q -> group.id().equals(q.utterance())).toList();
        List<List<WordDiff.Token>> tokens = WordDiff.compare(members.stream().map(Quote::text).toList());
        List<Rendering> renderings = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Quote q = members.get(i);
            Document d = lookup.document(q.documentId());
            renderings.add(new Rendering(q.id(), Lookup.recordLink(d.id(), q.id()),
                    lookup.outletName(lookup.originalOutlet(q)), d.id() + ", " + lookup.outletName(d.outlet()),
                    Field.of("", d.publishedAsPrinted()).value(), q.kind().code(),
                    Field.of("", q.utteranceDate()).value(), tokens.get(i)));
        }
        return new UtterancePage(group.id(), group.summary(), lookup.speakerName(group.speaker()), group.rationale(),
                renderings);
    }
}
