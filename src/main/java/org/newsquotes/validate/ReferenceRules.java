package org.newsquotes.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.newsquotes.model.Claim;
import org.newsquotes.model.ClaimGroup;
import org.newsquotes.model.Dataset;
import org.newsquotes.model.Document;
import org.newsquotes.model.Location;
import org.newsquotes.model.Origin;
import org.newsquotes.model.Outlet;
import org.newsquotes.model.Quote;
import org.newsquotes.model.Segment;
import org.newsquotes.model.Speaker;
import org.newsquotes.model.UtteranceGroup;
import org.newsquotes.schema.Violation;
import org.newsquotes.schema.Severity;
import org.newsquotes.schema.RuleDescriptor;
import org.newsquotes.schema.Messages;

/**
 * Identity and references, so that every join in the exports finds its row:
 * <ul>
 * <li>{@code id.unique}: no two records share an id, across all files and kinds of record (an id
 * names one thing); segment ids are unique within their document, position ids within their claim
 * group.</li>
 * <li>{@code reference.unresolved}: every reference names a record that exists: a document's outlet
 * and a segment's {@code derived_from} in outlets.yaml, a quote's speaker and a claim's claimant and
 * an utterance group's speaker in speakers.yaml, a quote's utterance in utterances.yaml, a claim's
 * claim group in claim-groups.yaml.</li>
 * <li>{@code registry.unused} (warning): every registry entry is used: an outlet publishes a
 * document or is reposted by one ({@code derived_from}), a speaker is quoted, a claimant or an
 * utterance group's speaker, an utterance group has a member quote, a claim group a member claim.
 * An unused entry is usually a typo in the reference that should point at it. It is checked only
 * when every record loaded: a record left out for a loading error may be the one that uses it.</li>
 * </ul>
 */
public final class ReferenceRules implements Rule {

    /** Two records with one id. */
    public static final RuleDescriptor UNIQUE = new RuleDescriptor("id.unique", Severity.ERROR,
            "Ids are unique across the whole dataset; segment ids are unique within their document, position ids"
                    + " within their claim group.");

    /** A reference to a record that does not exist. */
    public static final RuleDescriptor UNRESOLVED = new RuleDescriptor("reference.unresolved", Severity.ERROR,
            "Every reference names an existing record: outlet and derived_from an outlet, speaker, claimant and an"
                    + " utterance group's speaker a speaker, utterance an utterance group, claim_group a claim group.");

    /** A registry entry nothing refers to. */
    public static final RuleDescriptor UNUSED = new RuleDescriptor("registry.unused", Severity.WARNING,
            "Every outlet, speaker, utterance group and claim group is referred to by some record; an unused entry"
                    + " usually means a misspelt reference. Checked only when every record loaded.");

    @Override
    public List<RuleDescriptor> descriptors() {
        return List.of(UNIQUE, UNRESOLVED, UNUSED);
    }

    @Override
    public void check(Dataset dataset, Consumer<Violation> violations) {
        unique(dataset, violations);
        Registry outlets = new Registry("outlet", "outlets.yaml", dataset.outlets().stream().map(Outlet::id).toList());
        Registry speakers = new Registry("speaker", "speakers.yaml",
                dataset.speakers().stream().map(Speaker::id).toList());
        Registry utterances = new Registry("utterance group", "utterances.yaml",
                dataset.utterances().stream().map(UtteranceGroup::id).toList());
        Registry claimGroups = new Registry("claim group", "claim-groups.yaml",
                dataset.claimGroups().stream().map(ClaimGroup::id).toList());
        for (UtteranceGroup u : dataset.utterances()) {
            speakers.resolve(u.speaker(), "speaker", "utterance group " + u.id(), u.id(), u.origin(), violations);
        }
        for (Document d : dataset.documents()) {
            outlets.resolve(d.outlet(), "outlet", "document " + d.id(), d.id(), d.origin(), violations);
            for (Segment s : d.segments()) {
                outlets.resolve(s.derivedFrom(), "derived_from", "segment " + s.id() + " of " + d.id(), d.id(),
                        s.origin(), violations);
            }
            for (Quote q : d.quotes()) {
                speakers.resolve(q.speaker(), "speaker", "quote " + q.id(), q.id(), q.origin(), violations);
                utterances.resolve(q.utterance(), "utterance", "quote " + q.id(), q.id(), q.origin(), violations);
            }
            for (Claim c : d.claims()) {
                speakers.resolve(c.claimant(), "claimant", "claim " + c.id(), c.id(), c.origin(), violations);
                claimGroups.resolve(c.claimGroup(), "claim_group", "claim " + c.id(), c.id(), c.origin(), violations);
            }
        }
        unused(dataset.outlets().stream().map(o -> new Entry(o.id(), o.origin())).toList(), outlets,
                "no document names it as outlet or derived_from", violations);
        unused(dataset.speakers().stream().map(s -> new Entry(s.id(), s.origin())).toList(), speakers,
                "no quote, claim or utterance group names it", violations);
        unused(dataset.utterances().stream().map(u -> new Entry(u.id(), u.origin())).toList(), utterances,
                "no quote names it as utterance", violations);
        unused(dataset.claimGroups().stream().map(g -> new Entry(g.id(), g.origin())).toList(), claimGroups,
                "no claim names it as claim_group", violations);
    }

    private record Entry(String id, Origin origin) {
    }

    /** The ids of one registry, and which of them have been referred to. */
    private static final class Registry {
        private final String recordKind;
        private final String file;
        private final List<String> ids;
        private final Set<String> known;
        private final Set<String> used = new HashSet<>();

        Registry(String recordKind, String file, List<String> ids) {
            this.recordKind = recordKind;
            this.file = file;
            this.ids = ids;
            this.known = new HashSet<>(ids);
        }

        void resolve(String reference, String field, String from, String recordId, Origin origin,
                Consumer<Violation> violations) {
            if (reference == null) {
                return;
            }
            used.add(reference);
            if (!known.contains(reference)) {
                violations.accept(UNRESOLVED.violation(origin.of(field), recordId, field, field + " "
                        + Messages.quoted(reference) + " of " + from + " is not a " + recordKind + " in " + file
                        + Messages.suggestion(reference, ids)));
            }
        }
    }

    private static void unused(List<Entry> entries, Registry registry, String why, Consumer<Violation> violations) {
        for (Entry e : entries) {
            if (!registry.used.contains(e.id())) {
                violations.accept(UNUSED.violation(e.origin().of("id"), e.id(), "id", registry.recordKind + " "
                        + e.id() + " is not used: " + why + "; remove it or fix the reference that should name it"));
            }
        }
    }

    private static void unique(Dataset dataset, Consumer<Violation> violations) {
        Map<String, Seen> seen = new HashMap<>();
        dataset.outlets().forEach(o -> unique(seen, o.id(), "outlet", o.origin(), violations));
        dataset.speakers().forEach(s -> unique(seen, s.id(), "speaker", s.origin(), violations));
        dataset.utterances().forEach(u -> unique(seen, u.id(), "utterance group", u.origin(), violations));
        for (ClaimGroup g : dataset.claimGroups()) {
            unique(seen, g.id(), "claim group", g.origin(), violations);
            Map<String, Seen> positions = new HashMap<>();
            g.positions().forEach(p -> unique(positions, p.id(), "position", p.origin(), violations));
        }
        for (Document d : dataset.documents()) {
            unique(seen, d.id(), "document", d.origin(), violations);
            d.quotes().forEach(q -> unique(seen, q.id(), "quote", q.origin(), violations));
            d.claims().forEach(c -> unique(seen, c.id(), "claim", c.origin(), violations));
            Map<String, Seen> segments = new HashMap<>();
            d.segments().forEach(s -> unique(segments, s.id(), "segment", s.origin(), violations));
        }
    }

    private record Seen(String recordKind, Location location) {
    }

    private static void unique(Map<String, Seen> seen, String id, String recordKind, Origin origin,
            Consumer<Violation> violations) {
        Seen first = seen.putIfAbsent(id, new Seen(recordKind, origin.of("id")));
        if (first != null) {
            violations.accept(UNIQUE.violation(origin.of("id"), id, "id", recordKind + " id " + Messages.quoted(id)
                    + " is already the id of the " + first.recordKind() + " at " + first.location()
                    + (recordKind.equals("segment") ? "; segment ids are unique within a document"
                            : recordKind.equals("position") ? "; position ids are unique within a claim group"
                            : "; ids are unique across the dataset")));
        }
    }
}
