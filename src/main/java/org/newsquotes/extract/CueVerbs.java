package org.newsquotes.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The reporting verbs that attribute a quotation to a speaker: the one list the extractor uses, and
 * the list that the README prints. A verb counts only as a whole word, in any case; a phrase counts
 * when its words follow one another. Forms that are also common plural nouns ({@code states},
 * {@code notes}, {@code claims}, {@code calls}, {@code tweets}) are left out: a noun is no cue.
 */
public final class CueVerbs {

    /** Every single-word cue, in the order the documentation lists them. */
    public static final List<String> WORDS = List.of(
            "said", "says", "say", "saying",
            "told", "tells", "telling",
            "added", "adds", "adding",
            "warned", "warns", "warning",
            "stated",
            "declared", "declares",
            "insisted", "insists", "insisting",
            "argued", "argues", "arguing",
            "explained", "explains",
            "noted",
            "asked", "asks",
            "replied", "replies",
            "wrote", "writes",
            "tweeted",
            "claimed",
            "announced", "announces",
            "stressed", "stresses",
            "urged", "urges",
            "called",
            "described", "describes",
            "accused", "accuses",
            "predicted", "predicts",
            "reiterated", "reiterates", "reiterating",
            "confirmed", "confirms",
            "cautioned", "cautions",
            "acknowledged", "acknowledges",
            "denied", "denies",
            "suggested", "suggests",
            "assessed", "dismissed", "denounced", "recalled", "promised", "pledged", "vowed",
            "admitted", "conceded", "emphasised", "emphasized", "complained", "responded", "continued");

    /** Cues of several words, each a list of lower-case words. */
    public static final List<List<String>> PHRASES = List.of(List.of("according", "to"));

    private static final Set<String> WORD_SET = Set.copyOf(WORDS);

    private CueVerbs() {
    }

    /** Whether {@code word} is a single-word cue, in any case. */
    public static boolean isCue(String word) {
        return WORD_SET.contains(word.toLowerCase(Locale.ROOT));
    }
}
