package org.newsquotes.validate.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsquotes.model.Ids;

/**
 * The shapes of ids tested on UTF-8 read as {@link AsciiText} agree with {@link Ids#matcher} on strings, on
 * every short text of the characters that matter.
 */
class AsciiTextTest {

    private static final String ALPHABET = "dqcug-09aZ\u00e9";

    @ParameterizedTest
    @ValueSource(strings = {Ids.ID, Ids.DOCUMENT, Ids.QUOTE, Ids.CLAIM, Ids.UTTERANCE, Ids.CLAIM_GROUP})
    void shapesOfIdsOnUtf8AgreeWithTheMatcherOfStrings(String regex) {
        Predicate<String> expected = Ids.matcher(regex);
        Ids.Shape actual = Ids.Shape.of(regex);
        AsciiText view = new AsciiText();
        int matching = 0;
        for (String text : texts()) {
            byte[] padded = ("\"" + text + "\"").getBytes(StandardCharsets.UTF_8);
            boolean matches = expected.test(text);
            assertThat(actual.matches(view.of(padded, 1, padded.length - 1))).as(text).isEqualTo(matches);
            matching += matches ? 1 : 0;
        }
        assertThat(matching).isPositive();
    }

    /** Every text of up to five characters of {@link #ALPHABET}, and the usual ids. */
    private static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of("d001-q01", "d001-c0042", "u-talks-1", "cg-x", "d001", "outlet-1",
                "d001-q1", "d0001", "u-", "cg-", "cg", "u", "d001-q01-"));
        List<String> level = List.of("");
        for (int length = 1; length <= 5; length++) {
            List<String> next = new ArrayList<>();
            for (String prefix : level) {
                for (char c : ALPHABET.toCharArray()) {
                    next.add(prefix + c);
                }
            }
            texts.addAll(next);
            level = next;
        }
        for (String text : List.copyOf(texts)) {
            if (text.length() == 5) {
                texts.add("d001-" + text);
            }
        }
        texts.add("");
        return texts;
    }
}
