package org.newsquotes.evaluate;

import java.util.List;

/**
 * What a prediction file or folder held.
 *
 * @param predictions the predicted spans, in file order
 * @param speakers how their speakers are to be compared
 */
public record Predictions(List<Prediction> predictions, SpeakerComparison speakers) {

    /** Copies the list. */
    public Predictions {
        predictions = List.copyOf(predictions);
    }
}
