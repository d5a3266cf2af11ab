package org.newsquotes.export;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsquotes.model.ClaimKind;
import org.newsquotes.model.Dataset;
import org.newsquotes.model.Document;
import org.newsquotes.model.Outlet;
import org.newsquotes.model.Quote;
import org.newsquotes.model.QuoteKind;

/**
 * The counts that the data card shows (per document, per kind, per speaker), rendered as Markdown
 * from the data itself so that the card cannot drift from the dataset.
 */
public final class DatasetCounts {

    private final Dataset dataset;

    /** @param dataset a loaded dataset */
    public DatasetCounts(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Every generated section, by marker name. */
    public Map<String, String> sections() {
        return Map.of("counts:documents", documents(), "counts:kinds", kinds(), "counts:speakers", speakers());
    }

    /** One row per document: outlet, confidence, date, quotes by kind and claims. */
    public String documents() {
        Map<String, String> outletNames = dataset.outlets().stream()
                .collect(Collectors.toMap(Outlet::id, Outlet::name, (a, b) -> a));
        MarkdownTable table = new MarkdownTable("document", "outlet", "identified", "published", "quotes",
                "in quotation marks", "claims");
        int quotes = 0;
        int direct = 0;
        int claims = 0;
        for (Document d : dataset.documents()) {
            int documentDirect = (int) d.quotes().stream().filter(q -> q.kind() != QuoteKind.INDIRECT).count();
            table.row(d.id(), outletNames.getOrDefault(d.outlet(), d.outlet()), d.outletConfidence().code(),
                    d.published() == null ? "not printed" : d.published(), d.quotes().size(), documentDirect,
                    d.claims().size());
            quotes += d.quotes().size();
            direct += documentDirect;
            claims += d.claims().size();
        }
        long outlets = dataset.documents().stream().map(Document::outlet).distinct().count();
        table.row("all", outlets + " outlets", "", "", quotes, direct, claims);
        return table.render();
    }

    /** Quotes by kind and claims by kind, and the registries' sizes. */
    public String kinds() {
        MarkdownTable table = new MarkdownTable("record", "kind", "count");
        Map<QuoteKind, Long> quoteKinds = count(quotes(), Quote::kind);
        for (QuoteKind kind : QuoteKind.values()) {
            table.row("quote", kind.code(), quoteKinds.getOrDefault(kind, 0L));
        }
        Map<ClaimKind, Long> claimKinds = count(dataset.documents().stream().flatMap(d -> d.claims().stream()),
                c -> c.kind());
        for (ClaimKind kind : ClaimKind.values()) {
            table.row("claim", kind.code(), claimKinds.getOrDefault(kind, 0L));
        }
        Map<String, Long> speakerTypes = count(dataset.speakers().stream(), s -> s.type().code());
        speakerTypes.forEach((type, n) -> table.row("speaker", type, n));
        table.row("utterance group", "", dataset.utterances().size());
        table.row("claim group", "", dataset.claimGroups().size());
        return table.render();
    }

    /** Quotes per speaker (direct and indirect), most quoted first, then by id. */
    public String speakers() {
        MarkdownTable table = new MarkdownTable("speaker", "type", "in quotation marks", "indirect");
        Map<String, Long> direct = count(quotes().filter(q -> q.kind() != QuoteKind.INDIRECT
                && q.speaker() != null), Quote::speaker);
        Map<String, Long> indirect = count(quotes().filter(q -> q.kind() == QuoteKind.INDIRECT
                && q.speaker() != null), Quote::speaker);
        dataset.speakers().stream()
                .filter(s -> direct.containsKey(s.id()) || indirect.containsKey(s.id()))
                .sorted((a, b) -> {
                    int byCount = Long.compare(direct.getOrDefault(b.id(), 0L), direct.getOrDefault(a.id(), 0L));
                    return byCount != 0 ? byCount : a.id().compareTo(b.id());
                })
                .forEach(s -> table.row(s.name() + " (`" + s.id() + "`)", s.type().code(),
                        direct.getOrDefault(s.id(), 0L), indirect.getOrDefault(s.id(), 0L)));
        long unattributed = quotes().filter(q -> q.speaker() == null).count();
        table.row("no speaker (scare quotes, and quotes whose note says why)", "", unattributed, 0);
        return table.render();
    }

    private Stream<Quote> quotes() {
        return dataset.documents().stream().flatMap(d -> d.quotes().stream());
    }

    private static <T, K extends Comparable<? super K>> Map<K, Long> count(Stream<T> items, Function<T, K> key) {
        return items.collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}
