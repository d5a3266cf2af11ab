package org.newsquotes.evaluate;

/**
 * The counts behind one line of the report, summed over documents, and the figures from them.
 *
 * @param gold the dataset's spans
 * @param predicted the predicted spans
 * @param exactTruePositives predicted spans whose tokens are exactly those of a dataset span
 * @param exactFalseNegatives dataset spans that no predicted span matches exactly
 * @param overlapTokens tokens shared, summed over every pair of predicted and dataset spans
 * @param predictedTokens tokens of the predicted spans
 * @param goldTokens tokens of the dataset spans
 * @param speakerExactRight exact matches whose speaker is the dataset's
 * @param overlapMatched predicted spans that share a token with a dataset span
 * @param speakerOverlapRight of those, the ones whose speaker is that of the span they share most with
 */
public record Scores(int gold, int predicted, int exactTruePositives, int exactFalseNegatives, long overlapTokens,
        long predictedTokens, long goldTokens, int speakerExactRight, int overlapMatched, int speakerOverlapRight) {

    /** No spans. */
    public static final Scores NONE = new Scores(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The sum of this and {@code other}. */
    public Scores plus(Scores other) {
        return new Scores(gold + other.gold, predicted + other.predicted, exactTruePositives + other.exactTruePositives,
                exactFalseNegatives + other.exactFalseNegatives, overlapTokens + other.overlapTokens,
                predictedTokens + other.predictedTokens, goldTokens + other.goldTokens,
                speakerExactRight + other.speakerExactRight, overlapMatched + other.overlapMatched,
                speakerOverlapRight + other.speakerOverlapRight);
    }

    /** Predicted spans with no exact match. */
    public int exactFalsePositives() {
        return predicted - exactTruePositives;
    }

    /** Citron's exact precision: tp / (tp + fp), 0 when nothing was predicted. */
    public double exactPrecision() {
        return ratio(exactTruePositives, exactTruePositives + exactFalsePositives());
    }

    /** Citron's exact recall: tp / (tp + fn), 0 when there is nothing to find. */
    public double exactRecall() {
        return ratio(exactTruePositives, exactTruePositives + exactFalseNegatives);
    }

    /** The harmonic mean of exact precision and recall. */
    public double exactF1() {
        return f1(exactPrecision(), exactRecall());
    }

    /** Citron's overlap precision: shared tokens over predicted tokens. */
    public double overlapPrecision() {
        return ratio(overlapTokens, predictedTokens);
    }

    /** Citron's overlap recall: shared tokens over the dataset's tokens. */
    public double overlapRecall() {
        return ratio(overlapTokens, goldTokens);
    }

    /** The harmonic mean of overlap precision and recall. */
    public double overlapF1() {
        return f1(overlapPrecision(), overlapRecall());
    }

    /** Right speakers over exact matches; 0 without exact matches. */
    public double speakerExactAccuracy() {
        return ratio(speakerExactRight, exactTruePositives);
    }

    /** Right speakers over overlapping matches; 0 without them. */
    public double speakerOverlapAccuracy() {
        return ratio(speakerOverlapRight, overlapMatched);
    }

    private static double ratio(long part, long whole) {
        return whole > 0 ? (double) part / whole : 0.0;
    }

    private static double f1(double precision, double recall) {
        return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
    }
}
