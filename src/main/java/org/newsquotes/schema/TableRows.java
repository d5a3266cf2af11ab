package org.newsquotes.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsquotes.model.Claim;
import org.newsquotes.model.ClaimGroup;
import org.newsquotes.model.ClaimPosition;
import org.newsquotes.model.Dataset;
import org.newsquotes.model.Document;
import org.newsquotes.model.NormalisedUnit;
import org.newsquotes.model.Outlet;
import org.newsquotes.model.Quote;
import org.newsquotes.model.Segment;
import org.newsquotes.model.Speaker;
import org.newsquotes.model.Units;
import org.newsquotes.model.UtteranceGroup;

/**
 * The rows of each exported table, joined from a dataset: a quote row carries its document, outlet,
 * speaker and segment, so that one table answers "who said what, where, when". A reference that does
 * not resolve joins to null; validation rejects such data before it is exported.
 */
public final class TableRows {

    /** A quote with everything it refers to. */
    public record QuoteRow(Quote quote, Document document, Outlet outlet, Speaker speaker, Segment segment) {

        /** The outlet that first published the quote's text (see {@link Document#originalOutlet}). */
        public String originalOutletId() {
            return document.originalOutlet(segment);
        }
    }

    /** A claim with everything it refers to. */
    public record ClaimRow(Claim claim, Document document, Outlet outlet, Speaker claimant, Segment segment,
            ClaimGroup group) {

        /** The outlet that first published the claim's text (see {@link Document#originalOutlet}). */
        public String originalOutletId() {
            return document.originalOutlet(segment);
        }

        /** The claim's value in its normalised unit, or null without a value or with an unknown unit. */
        public BigDecimal normalisedValue() {
            return conversion().map(c -> c.apply(claim.value())).orElse(null);
        }

        /** The normalised unit of the claim's value, or null without a value or with an unknown unit. */
        public NormalisedUnit normalisedUnit() {
            return conversion().map(Units.Conversion::normalised).orElse(null);
        }

        private Optional<Units.Conversion> conversion() {
            return claim.value() == null ? Optional.empty() : Units.of(claim.unit());
        }

        /** The position the claim takes in its group, or null without a group or position. */
        public ClaimPosition position() {
            return group == null ? null : group.positions().stream().filter(p -> p.id().equals(claim.position()))
                    .findFirst().orElse(null);
        }
    }

    /** A speaker with how often the corpus quotes it and cites it as claimant. */
    public record SpeakerRow(Speaker speaker, int quoteCount, int claimCount) {
    }

    /** An outlet with its documents. */
    public record OutletRow(Outlet outlet, List<String> documentIds) {
    }

    /** A document with its outlet. */
    public record DocumentRow(Document document, Outlet outlet) {
    }

    /** An utterance group with its speaker and member quotes. */
    public record UtteranceRow(UtteranceGroup utterance, Speaker speaker, List<QuoteRow> members) {
    }

    /** A claim group with its member claims. */
    public record ClaimGroupRow(ClaimGroup group, List<ClaimRow> members) {
    }

    private final Dataset dataset;
    private final Map<String, Outlet> outlets;
    private final Map<String, Speaker> speakers;
    private final Map<String, ClaimGroup> claimGroups;

    /** @param dataset a dataset that has passed validation */
    public TableRows(Dataset dataset) {
        this.dataset = dataset;
        this.outlets = byId(dataset.outlets(), Outlet::id);
        this.speakers = byId(dataset.speakers(), Speaker::id);
        this.claimGroups = byId(dataset.claimGroups(), ClaimGroup::id);
    }

    /** Quotes in document order, then text order. */
    public Stream<QuoteRow> quotes() {
        return dataset.documents().stream().flatMap(d -> d.quotes().stream().map(q -> quoteRow(d, q)));
    }

    /** Claims in document order, then text order. */
    public Stream<ClaimRow> claims() {
        return dataset.documents().stream().flatMap(d -> d.claims().stream().map(c -> claimRow(d, c)));
    }

    /** Speakers in registry order. */
    public Stream<SpeakerRow> speakers() {
        Map<String, Long> quoted = quotes().map(r -> r.quote().speaker()).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map<String, Long> claimed = claims().map(r -> r.claim().claimant()).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return dataset.speakers().stream().map(s -> new SpeakerRow(s,
                quoted.getOrDefault(s.id(), 0L).intValue(), claimed.getOrDefault(s.id(), 0L).intValue()));
    }

    /** Outlets in registry order. */
    public Stream<OutletRow> outlets() {
        return dataset.outlets().stream().map(o -> new OutletRow(o, dataset.documents().stream()
                .filter(d -> d.outlet().equals(o.id())).map(Document::id).toList()));
    }

    /** Documents ordered by id. */
    public Stream<DocumentRow> documents() {
        return dataset.documents().stream().map(d -> new DocumentRow(d, outlets.get(d.outlet())));
    }

    /** Utterance groups in registry order. */
    public Stream<UtteranceRow> utterances() {
        Map<String, List<QuoteRow>> members = new LinkedHashMap<>();
        quotes().filter(r -> r.quote().utterance() != null)
                .forEach(r -> members.computeIfAbsent(r.quote().utterance(), k -> new ArrayList<>()).add(r));
        return dataset.utterances().stream().map(u -> new UtteranceRow(u, speakers.get(u.speaker()),
                members.getOrDefault(u.id(), List.of())));
    }

    /** Claim groups in registry order. */
    public Stream<ClaimGroupRow> claimGroups() {
        Map<String, List<ClaimRow>> members = new LinkedHashMap<>();
        claims().filter(r -> r.claim().claimGroup() != null)
                .forEach(r -> members.computeIfAbsent(r.claim().claimGroup(), k -> new ArrayList<>()).add(r));
        return dataset.claimGroups().stream().map(g -> new ClaimGroupRow(g, members.getOrDefault(g.id(), List.of())));
    }

    private QuoteRow quoteRow(Document document, Quote quote) {
        return new QuoteRow(quote, document, outlets.get(document.outlet()),
                quote.speaker() == null ? null : speakers.get(quote.speaker()),
                document.segmentContaining(quote.charStart(), quote.charEnd()).orElse(null));
    }

    private ClaimRow claimRow(Document document, Claim claim) {
        return new ClaimRow(claim, document, outlets.get(document.outlet()),
                claim.claimant() == null ? null : speakers.get(claim.claimant()),
                document.segmentContaining(claim.charStart(), claim.charEnd()).orElse(null),
                claim.claimGroup() == null ? null : claimGroups.get(claim.claimGroup()));
    }

    private static <T> Map<String, T> byId(List<T> records, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        records.forEach(r -> map.putIfAbsent(id.apply(r), r));
        return map;
    }
}
