package org.newsquotes.evaluate;

import java.util.List;
import java.util.Map;

/**
 * The scores of a set of predictions against the dataset, in total and broken down.
 *
 * @param options which of the dataset's quotes counted
 * @param speakers how speakers were compared
 * @param documents how many documents the dataset has
 * @param total every counted span of every document
 * @param byKind by the dataset's kind (full, fragment, scare, indirect); a predicted span counts under
 *        the kind of the dataset span it shares most tokens with, else its own kind, else {@code none}
 * @param byDocument by document id, in order
 * @param byOutlet by the id of the outlet that published the document, in order
 */
public record Evaluation(EvaluationOptions options, SpeakerComparison speakers, int documents, Scores total,
        Map<String, Scores> byKind, Map<String, Scores> byDocument, Map<String, Scores> byOutlet) {

    /** The kinds of the breakdown, in report order; {@code none} is a predicted span no kind was found for. */
    public static final List<String> KINDS = List.of("full", "fragment", "scare", "indirect", "none");
}
