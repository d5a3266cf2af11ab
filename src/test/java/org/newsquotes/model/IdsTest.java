package org.newsquotes.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

    private static final List<String> TEXTS = List.of("", "-", "a", "a-", "-a", "a--b", "a-b", "ab-cd-9", "A",
            "a_b", "a b", "a\n", "d001", "d01", "d0001", "D001", "d00a", "d001\n", "d001-q01", "d001-q1",
            "d001-q012", "d001-c01", "d001-c1", "d001-q0x", "d001q01", "d001-q01\n", "d١٢٣-q01", "d001-q٠١",
            "u-", "u-a", "u-a-b", "u--a", "u-a-", "cg-", "cg-x1", "cg-x--1", "cg-X", "c-x", "é", "a\u0301");

    @ParameterizedTest
    @ValueSource(strings = {Ids.ID, Ids.DOCUMENT, Ids.QUOTE, Ids.CLAIM, Ids.UTTERANCE, Ids.CLAIM_GROUP,
            "^[a-z]{2}$"})
    void matcherAgreesWithItsRegularExpression(String regex) {
        Predicate<String> matcher = Ids.matcher(regex);
        Pattern pattern = Pattern.compile(regex);
        for (String text : TEXTS) {
            assertThat(matcher.test(text)).as("%s on %s", regex, text).isEqualTo(pattern.matcher(text).matches());
        }
    }
}
