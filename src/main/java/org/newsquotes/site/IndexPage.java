package org.newsquotes.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsquotes.model.ClaimGroup;
import org.newsquotes.model.Document;
import org.newsquotes.model.Outlet;
import org.newsquotes.model.Quote;
import org.newsquotes.model.Speaker;
import org.newsquotes.model.UtteranceGroup;

/**
 * The index: the dataset's version and how to cite it, then its documents, outlets, speakers (with
 * their quotes counted per outlet that first published them), utterance groups and claim groups.
 *
 * @param info the dataset's title, version and citation
 * @param documents one row per document
 * @param outlets one row per outlet
 * @param outletColumns the outlets' names, the columns of the speakers' counts
 * @param speakers one row per speaker quoted at least once
 * @param utterances one row per utterance group
 * @param claimGroups one row per claim group
 */
public record IndexPage(SiteInfo info, List<List<Field>> documents, List<List<Field>> outlets,
        List<String> outletColumns, List<SpeakerRow> speakers, List<List<Field>> utterances,
        List<List<Field>> claimGroups) {

    /**
     * A speaker and how often each outlet quotes it.
     *
     * @param name the speaker's name and id
     * @param counts quotes per outlet, in the order of the outlet columns
     * @param total all its quotes
     */
    public record SpeakerRow(String name, List<Integer> counts, int total) {

        public SpeakerRow {
            counts = List.copyOf(counts);
        }
    }

    /** The index of the dataset in {@code lookup}. */
    static IndexPage of(SiteInfo info, Lookup lookup) {
        List<List<Field>> documents = new ArrayList<>();
        for (Document d : lookup.dataset().documents()) {
            documents.add(List.of(new Field("document", d.id(), Lookup.page(d.id())),
                    Field.of("outlet", lookup.outletName(d.outlet())), Field.of("headline", d.headline()),
                    Field.of("published", d.published()), Field.of("quotes", d.quotes().size()),
                    Field.of("claims", d.claims().size())));
        }
        List<List<Field>> outlets = new ArrayList<>();
        for (Outlet o : lookup.dataset().outlets()) {
            outlets.add(List.of(Field.of("outlet", o.name() + " (" + o.id() + ")"), Field.of("kind", o.kind().code()),
                    Field.of("country", o.country()), Field.linked("home page", o.homePage(), o.homePage())));
        }
        List<List<Field>> utterances = new ArrayList<>();
        for (UtteranceGroup u : lookup.dataset().utterances()) {
            long members = lookup.quotes().stream().filter(q -> u.id().equals(q.utterance())).count();
            utterances.add(List.of(new Field("group", u.id(), Lookup.page(u.id())),
                    Field.of("speaker", lookup.speakerName(u.speaker())), Field.of("summary", u.summary()),
                    Field.of("quotes", members)));
        }
        List<List<Field>> claimGroups = new ArrayList<>();
        for (ClaimGroup g : lookup.dataset().claimGroups()) {
            long members = lookup.claims().stream().filter(c -> g.id().equals(c.claimGroup())).count();
            claimGroups.add(List.of(new Field("group", g.id(), Lookup.page(g.id())), Field.of("statement", g.statement()),
                    Field.of("agreement", g.agreement().code()), Field.of("claims", members)));
        }
        List<String> columns = lookup.dataset().outlets().stream().map(Outlet::name).toList();
        return new IndexPage(info, documents, outlets, columns, speakers(lookup), utterances, claimGroups);
    }

    /** Speakers in registry order, each quote counted under the outlet that first published it. */
    private static List<SpeakerRow> speakers(Lookup lookup) {
        List<Outlet> outlets = lookup.dataset().outlets();
        List<SpeakerRow> rows = new ArrayList<>();
        for (Speaker s : lookup.dataset().speakers()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            outlets.forEach(o -> counts.put(o.id(), 0));
            int total = 0;
            for (Quote q : lookup.quotes()) {
                if (s.id().equals(q.speaker())) {
                    counts.merge(lookup.originalOutlet(q), 1, Integer::sum);
                    total++;
                }
            }
            if (total > 0) {
                rows.add(new SpeakerRow(s.name() + " (" + s.id() + ")",
                        outlets.stream().map(o -> counts.get(o.id())).toList(), total));
            }
        }
        return rows;
    }
}
