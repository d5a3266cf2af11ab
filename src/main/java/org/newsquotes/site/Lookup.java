package org.newsquotes.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsquotes.model.Claim;
import org.newsquotes.model.ClaimGroup;
import org.newsquotes.model.Dataset;
import org.newsquotes.model.Document;
import org.newsquotes.model.Outlet;
import org.newsquotes.model.Quote;
import org.newsquotes.model.Speaker;
import org.newsquotes.model.UtteranceGroup;

/** The dataset's records by id, and the joins every page needs, in the dataset's own order. */
final class Lookup {

    private final Dataset dataset;
    private final Map<String, Outlet> outlets = new LinkedHashMap<>();
    private final Map<String, Speaker> speakers = new LinkedHashMap<>();
    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final Map<String, UtteranceGroup> utterances = new LinkedHashMap<>();
    private final Map<String, ClaimGroup> claimGroups = new LinkedHashMap<>();

    Lookup(Dataset dataset) {
        this.dataset = dataset;
        dataset.outlets().forEach(o -> outlets.put(o.id(), o));
        dataset.speakers().forEach(s -> speakers.put(s.id(), s));
        dataset.documents().forEach(d -> documents.put(d.id(), d));
        dataset.utterances().forEach(u -> utterances.put(u.id(), u));
        dataset.claimGroups().forEach(g -> claimGroups.put(g.id(), g));
    }

    Dataset dataset() {
        return dataset;
    }

    /** The outlet's name, or its id when the registry does not have it. */
    String outletName(String id) {
        Outlet outlet = outlets.get(id);
        return outlet == null ? id : outlet.name();
    }

    /** The speaker's name, or its id when the registry does not have it; null for null. */
    String speakerName(String id) {
        if (id == null) {
            return null;
        }
        Speaker speaker = speakers.get(id);
        return speaker == null ? id : speaker.name();
    }

    Document document(String id) {
        return documents.get(id);
    }

    UtteranceGroup utterance(String id) {
        return utterances.get(id);
    }

    ClaimGroup claimGroup(String id) {
        return claimGroups.get(id);
    }

    String originalOutlet(Quote quote) {
        return documents.get(quote.documentId()).originalOutletAt(quote.charStart(), quote.charEnd());
    }

    String originalOutlet(Claim claim) {
        return documents.get(claim.documentId()).originalOutletAt(claim.charStart(), claim.charEnd());
    }

    /** Every quote of the dataset, by document then in text order. */
    List<Quote> quotes() {
        return dataset.documents().stream().flatMap(d -> d.quotes().stream()).toList();
    }

    /** Every claim of the dataset, by document then in text order. */
    List<Claim> claims() {
        return dataset.documents().stream().flatMap(d -> d.claims().stream()).toList();
    }

    /** The page of a document, utterance group or claim group: its id and {@code .html}. */
    static String page(String id) {
        return id + ".html";
    }

    /** The link to a quote or claim in its document's page. */
    static String recordLink(String documentId, String recordId) {
        return page(documentId) + "#" + recordId;
    }
}
