package org.newsquotes.evaluate;

import java.util.List;
import org.newsquotes.evaluate.Tokens.TokenSpan;
import org.newsquotes.model.QuoteKind;

/** The matching of one document's predicted spans with its dataset spans, as token spans. */
final class SpanMatching {

    private SpanMatching() {
    }

    /**
     * A dataset span.
     *
     * @param span its tokens
     * @param kind its kind's code
     * @param speaker its speaker id, or null
     */
    record Gold(TokenSpan span, String kind, String speaker) {
    }

    /**
     * A predicted span.
     *
     * @param span its tokens
     * @param kind the kind it counts under
     * @param speaker the speaker id it names (see {@link Evaluator}), or null
     */
    record Predicted(TokenSpan span, String kind, String speaker) {
    }

    /**
     * A predicted span with the kind it counts under.
     *
     * @param span its tokens
     * @param kind the kind's code, or {@code none}
     */
    record TokenSpanWithKind(TokenSpan span, String kind) {
    }

    /**
     * The kind {@code span} counts under: that of the dataset span it matches exactly, else of the
     * one it shares most tokens with (the first of equals), else {@code own}, else {@code none}.
     */
    static TokenSpanWithKind kindOf(TokenSpan span, List<Gold> gold, QuoteKind own) {
        Gold best = best(span, gold);
        String kind = best != null ? best.kind() : own != null ? own.code() : "none";
        return new TokenSpanWithKind(span, kind);
    }

    /** The dataset span {@code span} matches exactly, else the one it shares most tokens with, else null. */
    static Gold best(TokenSpan span, List<Gold> gold) {
        Gold best = null;
        int most = 0;
        for (Gold g : gold) {
            if (exact(span, g.span())) {
                return g;
            }
            int shared = span.overlap(g.span());
            if (shared > most) {
                most = shared;
                best = g;
            }
        }
        return best;
    }

    /**
     * Citron's counts for one document.
     *
     * @param compareSpeakers whether the predictions name speakers at all
     */
    static Scores score(List<Gold> gold, List<Predicted> predicted, boolean compareSpeakers) {
        int truePositives = 0;
        int speakerExact = 0;
        int overlapMatched = 0;
        int speakerOverlap = 0;
        long shared = 0;
        long predictedTokens = 0;
        for (Predicted p : predicted) {
            predictedTokens += p.span().length();
            for (Gold g : gold) {
                shared += p.span().overlap(g.span());
            }
            Gold best = best(p.span(), gold);
            if (best == null) {
                continue;
            }
            boolean rightSpeaker = compareSpeakers && Evaluator.sameSpeaker(p.speaker(), best.speaker());
            overlapMatched++;
            speakerOverlap += rightSpeaker ? 1 : 0;
            if (exact(p.span(), best.span())) {
                truePositives++;
                speakerExact += rightSpeaker ? 1 : 0;
            }
        }
        int falseNegatives = 0;
        long goldTokens = 0;
        for (Gold g : gold) {
            goldTokens += g.span().length();
            if (predicted.stream().noneMatch(p -> exact(p.span(), g.span()))) {
                falseNegatives++;
            }
        }
        return new Scores(gold.size(), predicted.size(), truePositives, falseNegatives, shared, predictedTokens,
                goldTokens, speakerExact, overlapMatched, speakerOverlap);
    }

    /** Citron's {@code are_matching_spans}: the same tokens; a span of quotation marks alone matches nothing. */
    private static boolean exact(TokenSpan a, TokenSpan b) {
        return a.length() > 0 && a.equals(b);
    }
}
