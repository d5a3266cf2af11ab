package org.newsquotes.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquotes.model.SourceText;

class QuoteMarksCoverageRuleTest {

    private static List<Integer> marks(String text) {
        SourceText source = new SourceText("s.txt", "0", text);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < source.length(); i++) {
            if (QuoteMarksCoverageRule.isQuotationMark(source, i)) {
                found.add(i);
            }
        }
        return found;
    }

    @Test
    void takesACurlyApostropheBetweenTwoLettersForAnApostrophe() {
        assertThat(marks("Russia’s demands, don’t")).isEmpty();
        assertThat(marks("l‘homme")).isEmpty();
    }

    @Test
    void takesSingleCurlyMarksAtWordEdgesForQuotationMarks() {
        assertThat(marks("he said ‘no’ twice")).containsExactly(8, 11);
    }

    @Test
    void reportsAnApostropheNextToANonLetterForACuratorToJudge() {
        assertThat(marks("the allies’ demands")).containsExactly(10);
        assertThat(marks("the ’90s")).containsExactly(4);
    }

    @Test
    void takesEveryDoubleMarkForAQuotationMark() {
        assertThat(marks("\"a\" “b” x\"y")).containsExactly(0, 2, 4, 6, 9);
    }

    @Test
    void countsCodePointsAfterACharacterOutsideTheBasicMultilingualPlane() {
        assertThat(marks("\uD835\uDD3E “x”")).containsExactly(2, 4);
    }
}
