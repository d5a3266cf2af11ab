package org.newsquotes.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.newsquotes.model.Dataset;
import org.newsquotes.model.Document;
import org.newsquotes.model.Quote;
import org.newsquotes.model.QuoteKind;
import org.newsquotes.model.SourceText;
import org.newsquotes.model.Speaker;

/**
 * Scores predicted content spans against the dataset's quotes, document by document, the way
 * Citron's evaluation does ({@code bbc/citron}, {@code citron/metrics.py}):
 * <ul>
 * <li>exact match ({@code get_content_exact_match_metrics}, {@code utils.are_matching_spans}): a
 * predicted span is a true positive when some dataset span covers exactly its tokens, else a false
 * positive; a dataset span that no predicted span matches is a false negative; precision is
 * tp / (tp + fp) and recall tp / (tp + fn), each 0 when its denominator is ({@code get_exact_scores});</li>
 * <li>overlap ({@code get_quote_overlap_counts_and_lengths}, {@code utils.get_overlap}): the tokens
 * shared by every pair of predicted and dataset span in a document are summed, and precision is that
 * sum over the predicted spans' tokens, recall that sum over the dataset spans' tokens
 * ({@code get_overlap_scores}).</li>
 * </ul>
 * Counts are summed over documents before the figures are taken. Two differences from Citron, both
 * because the dataset records one span per quote: Citron compares a quote's list of content spans and
 * requires its cue to overlap, where here each content span is compared on its own, with no cue; and
 * quotation marks at a span's ends are stripped from both sides first, so that spans with marks
 * (Citron's convention) and without (the dataset's) compare alike.
 */
public final class Evaluator {

    private final Dataset dataset;
    private final Map<String, List<String>> idsByName = new HashMap<>();

    /** An evaluator against {@code dataset}, the gold standard. */
    public Evaluator(Dataset dataset) {
        this.dataset = dataset;
        for (Speaker s : dataset.speakers()) {
            List<String> names = new ArrayList<>(s.aliases());
            names.add(s.name());
            names.add(s.id());
            for (String name : names) {
                List<String> ids = idsByName.computeIfAbsent(normalised(name), k -> new ArrayList<>());
                if (!ids.contains(s.id())) {
                    ids.add(s.id());
                }
            }
        }
    }

    /**
     * Scores {@code predictions}.
     *
     * @throws PredictionException when a predicted span lies outside its document's source
     */
    public Evaluation evaluate(Predictions predictions, EvaluationOptions options) throws PredictionException {
        Map<String, List<Prediction>> byDocument = new HashMap<>();
        for (Prediction p : predictions.predictions()) {
            byDocument.computeIfAbsent(p.documentId(), k -> new ArrayList<>()).add(p);
        }
        Scores total = Scores.NONE;
        Map<String, Scores> kinds = new LinkedHashMap<>();
        Map<String, Scores> documents = new LinkedHashMap<>();
        Map<String, Scores> outlets = new TreeMap<>();
        for (Document d : dataset.documents()) {
            SourceText source = dataset.sourceOf(d).orElseThrow(
                    () -> new IllegalStateException("document " + d.id() + " has no source text"));
            Tokens tokens = new Tokens(source.text());
            List<SpanMatching.Gold> allGold = new ArrayList<>();
            for (Quote q : d.quotes()) {
                allGold.add(new SpanMatching.Gold(tokens.span(q.charStart(), q.charEnd()), q.kind().code(), q.speaker()));
            }
            List<SpanMatching.Predicted> predicted = new ArrayList<>();
            for (Prediction p : byDocument.getOrDefault(d.id(), List.of())) {
                if (p.start() < 0 || p.end() < p.start() || p.end() > tokens.length()) {
                    throw new PredictionException(p.where() + ": error: span " + p.start() + ".." + p.end()
                            + " is not within the " + tokens.length() + " code points of " + d.id() + "'s source "
                            + d.source() + "; give code-point offsets (Python str indexes), end exclusive");
                }
                SpanMatching.TokenSpanWithKind span = SpanMatching.kindOf(tokens.span(p.start(), p.end()), allGold, p.kind());
                if (counts(span.kind(), options)) {
                    predicted.add(new SpanMatching.Predicted(span.span(), span.kind(), speakerOf(p, predictions.speakers())));
                }
            }
            List<SpanMatching.Gold> gold = allGold.stream().filter(g -> counts(g.kind(), options)).toList();
            Scores all = SpanMatching.score(gold, predicted, predictions.speakers() != SpeakerComparison.NONE);
            total = total.plus(all);
            documents.put(d.id(), all);
            outlets.merge(d.outlet(), all, Scores::plus);
            for (String kind : Evaluation.KINDS) {
                List<SpanMatching.Gold> g = gold.stream().filter(x -> x.kind().equals(kind)).toList();
                List<SpanMatching.Predicted> p = predicted.stream().filter(x -> x.kind().equals(kind)).toList();
                if (!g.isEmpty() || !p.isEmpty()) {
                    kinds.merge(kind, SpanMatching.score(g, p, predictions.speakers() != SpeakerComparison.NONE),
                            Scores::plus);
                }
            }
        }
        Map<String, Scores> orderedKinds = new LinkedHashMap<>();
        Evaluation.KINDS.stream().filter(kinds::containsKey).forEach(k -> orderedKinds.put(k, kinds.get(k)));
        return new Evaluation(options, predictions.speakers(), dataset.documents().size(), total, orderedKinds,
                documents, outlets);
    }

    private static boolean counts(String kind, EvaluationOptions options) {
        return !(kind.equals(QuoteKind.SCARE.code()) && !options.scare())
                && !(kind.equals(QuoteKind.INDIRECT.code()) && !options.indirect());
    }

    /**
     * The registry id a prediction names: its id, or its name resolved through the registry's names
     * and aliases when exactly one speaker has it; a name that resolves to none or to several is kept
     * as a value no id equals, so it counts as wrong.
     */
    private String speakerOf(Prediction p, SpeakerComparison comparison) {
        if (comparison == SpeakerComparison.ID) {
            return p.speakerId();
        }
        if (p.speakerName() == null) {
            return null;
        }
        List<String> ids = idsByName.getOrDefault(normalised(p.speakerName()), List.of());
        return ids.size() == 1 ? ids.get(0) : "?" + p.speakerName();
    }

    /** A name compared without regard to case or runs of white space. */
    private static String normalised(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Whether two speakers, each an id or null, are the same. */
    static boolean sameSpeaker(String predicted, String gold) {
        return Objects.equals(predicted, gold);
    }
}
