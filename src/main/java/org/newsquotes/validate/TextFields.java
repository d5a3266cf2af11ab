package org.newsquotes.validate;

import java.util.function.Consumer;
import org.newsquotes.model.Claim;
import org.newsquotes.model.ClaimGroup;
import org.newsquotes.model.ClaimPosition;
import org.newsquotes.model.Dataset;
import org.newsquotes.model.Document;
import org.newsquotes.model.Origin;
import org.newsquotes.model.Outlet;
import org.newsquotes.model.Quote;
import org.newsquotes.model.Segment;
import org.newsquotes.model.Speaker;
import org.newsquotes.model.UtteranceGroup;

/** Every text field of every record in a dataset, with what kind of text it holds. */
final class TextFields {

    /** What a text field holds, and so how long it may be (in code points). */
    enum Kind {
        /** An id or a reference to one. */
        ID(64),
        /** A name, label, code or short verbatim phrase. */
        LABEL(200),
        /** Prose, a verbatim span or an address. */
        PROSE(2000);

        final int maxLength;

        Kind(int maxLength) {
            this.maxLength = maxLength;
        }
    }

    /**
     * One text value.
     *
     * @param recordKind what the record is ("quote", "speaker")
     * @param recordId the record's id
     * @param field the field's name
     * @param value the text, never null
     * @param kind what the field holds
     * @param verbatimSpan whether it is a quote's or claim's verbatim text, which may hold line breaks
     * @param origin where the record was read
     */
    record TextField(String recordKind, String recordId, String field, String value, Kind kind, boolean verbatimSpan,
            Origin origin) {
    }

    private TextFields() {
    }

    /** Calls {@code action} for every non-null text value in {@code dataset}. */
    static void forEach(Dataset dataset, Consumer<TextField> action) {
        for (Outlet o : dataset.outlets()) {
            Visit v = new Visit("outlet", o.id(), o.origin(), action);
            v.id("id", o.id()).label("name", o.name()).prose("home_page", o.homePage())
                    .label("country", o.country()).prose("note", o.note());
        }
        for (Speaker s : dataset.speakers()) {
            Visit v = new Visit("speaker", s.id(), s.origin(), action);
            v.id("id", s.id()).label("name", s.name());
            s.aliases().forEach(alias -> v.label("aliases", alias));
            v.label("role", s.role()).label("affiliation", s.affiliation()).id("wikidata", s.wikidata())
                    .prose("wikidata_source", s.wikidataSource()).prose("note", s.note());
        }
        for (UtteranceGroup u : dataset.utterances()) {
            new Visit("utterance group", u.id(), u.origin(), action).id("id", u.id()).id("speaker", u.speaker())
                    .prose("summary", u.summary()).prose("rationale", u.rationale());
        }
        for (ClaimGroup g : dataset.claimGroups()) {
            new Visit("claim group", g.id(), g.origin(), action).id("id", g.id()).prose("statement", g.statement())
                    .prose("note", g.note());
            for (ClaimPosition p : g.positions()) {
                new Visit("position", p.id(), p.origin(), action).id("id", p.id()).prose("statement", p.statement());
            }
        }
        for (Document d : dataset.documents()) {
            new Visit("document", d.id(), d.origin(), action).id("id", d.id()).label("source", d.source())
                    .label("sha256", d.sha256()).id("outlet", d.outlet()).prose("outlet_evidence", d.outletEvidence())
                    .label("headline", d.headline()).label("published_as_printed", d.publishedAsPrinted())
                    .label("dateline", d.dateline()).label("wire_credit", d.wireCredit())
                    .label("language", d.language()).prose("url", d.url()).prose("note", d.note());
            for (Segment s : d.segments()) {
                new Visit("segment", s.id(), s.origin(), action).id("id", s.id())
                        .id("derived_from", s.derivedFrom()).prose("note", s.note());
            }
            for (Quote q : d.quotes()) {
                Visit v = new Visit("quote", q.id(), q.origin(), action);
                v.id("id", q.id());
                v.span(q.text());
                v.id("speaker", q.speaker()).label("speaker_as_written", q.speakerAsWritten())
                        .label("cue", q.cue()).id("utterance", q.utterance())
                        .prose("utterance_date_basis", q.utteranceDateBasis()).prose("note", q.note());
            }
            for (Claim c : d.claims()) {
                Visit v = new Visit("claim", c.id(), c.origin(), action);
                v.id("id", c.id());
                v.span(c.text());
                v.id("claimant", c.claimant()).prose("statement", c.statement()).label("unit", c.unit())
                        .id("claim_group", c.claimGroup()).id("position", c.position()).prose("note", c.note());
            }
        }
    }

    /** The fields of one record. */
    private record Visit(String recordKind, String recordId, Origin origin, Consumer<TextField> action) {

        Visit id(String field, String value) {
            return add(field, value, Kind.ID, false);
        }

        Visit label(String field, String value) {
            return add(field, value, Kind.LABEL, false);
        }

        Visit prose(String field, String value) {
            return add(field, value, Kind.PROSE, false);
        }

        Visit span(String value) {
            return add("text", value, Kind.PROSE, true);
        }

        private Visit add(String field, String value, Kind kind, boolean verbatimSpan) {
            if (value != null) {
                action.accept(new TextField(recordKind, recordId, field, value, kind, verbatimSpan, origin));
            }
            return this;
        }
    }
}
