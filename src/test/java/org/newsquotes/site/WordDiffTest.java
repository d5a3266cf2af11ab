package org.newsquotes.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    /** The tokens drawn as text, a changed one in brackets. */
    private static String drawn(List<WordDiff.Token> tokens) {
        return tokens.stream().map(t -> t.changed() ? "[" + t.text() + "]" : t.text()).collect(Collectors.joining());
    }

    private static List<String> compared(String... texts) {
        return WordDiff.compare(List.of(texts)).stream().map(WordDiffTest::drawn).toList();
    }

    @Test
    void cutsTextIntoWordsMarksAndSpaces() {
        List<WordDiff.Token> tokens = WordDiff.tokens("I can’t say,  he said…");

        assertThat(tokens).extracting(WordDiff.Token::text)
                .containsExactly("I", " ", "can’t", " ", "say", ",", "  ", "he", " ", "said", "…");
        assertThat(tokens).extracting(WordDiff.Token::compared)
                .containsExactly(true, false, true, false, true, true, false, true, false, true, true);
    }

    @Test
    void keepsACharacterOutsideTheBasicPlaneWhole() {
        assertThat(WordDiff.tokens("a 𝔾ood 🌍!")).extracting(WordDiff.Token::text)
                .containsExactly("a", " ", "𝔾ood", " ", "🌍", "!");
    }

    @Test
    void marksTheWordThatDiffersOnBothSides() {
        assertThat(compared("we will see", "we shall see")).containsExactly("we [will] see", "we [shall] see");
    }

    @Test
    void marksNothingWhenOnlyTheSpacesDiffer() {
        assertThat(compared("a  b\nc", "a b c")).containsExactly("a  b\nc", "a b c");
    }

    @Test
    void marksPunctuationAndApostrophesAsWords() {
        assertThat(compared("next week,", "next week")).containsExactly("next week[,]", "next week");
        assertThat(compared("I can’t say", "I can't say")).containsExactly("I [can’t] say", "I [can't] say");
    }

    @Test
    void matchesTheLongestCommonRunOfWords() {
        assertThat(compared("a b c d", "b c d a")).containsExactly("[a] b c d", "b c d [a]");
    }

    @Test
    void marksAddedAndMissingWords() {
        assertThat(compared("the written response", "the response next week"))
                .containsExactly("the [written] response", "the response [next] [week]");
    }

    @Test
    void marksInTheFirstTextTheWordsThatAnyOtherLacks() {
        assertThat(compared("we will answer", "we will reply", "we answer"))
                .containsExactly("we [will] [answer]", "we will [reply]", "we answer");
    }

    @Test
    void comparesNothingForNoTexts() {
        assertThat(WordDiff.compare(List.of())).isEmpty();
        assertThat(compared("alone")).containsExactly("alone");
    }
}
