package org.newsquotes.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsquotes.evaluate.Tokens.TokenSpan;

class TokensTest {

    @Test
    void wordsAndEachOtherCharacterAreTokensAndWhiteSpaceJoinsTheTokenBefore() {
        // tokens: Lavrov(0) ,(1) “(2) Russia(3) '(4) s(5) 𝔾ood(6) ”(7) .(8)
        Tokens tokens = new Tokens("Lavrov, “Russia's 𝔾ood”.");

        assertThat(tokens.length()).isEqualTo(24);
        assertThat(tokens.span(0, 6)).isEqualTo(new TokenSpan(0, 1));
        // "Lavrov, " ends in white space, which belongs to the comma
        assertThat(tokens.span(0, 8)).isEqualTo(new TokenSpan(0, 2));
        // a span starting inside a word covers the whole word, as Citron's character index does
        assertThat(tokens.span(2, 6)).isEqualTo(new TokenSpan(0, 1));
    }

    @Test
    void quotationMarksAtTheEndsAreStripped() {
        Tokens tokens = new Tokens("Lavrov, “Russia's 𝔾ood”.");

        assertThat(tokens.span(8, 23)).isEqualTo(tokens.span(9, 22)).isEqualTo(new TokenSpan(3, 7));
        assertThat(tokens.span(8, 9)).isEqualTo(TokenSpan.EMPTY);
    }

    @Test
    void overlapIsTheTokensSharedAndNeverNegative() {
        assertThat(new TokenSpan(2, 8).overlap(new TokenSpan(5, 12))).isEqualTo(3);
        assertThat(new TokenSpan(2, 8).overlap(new TokenSpan(9, 12))).isZero();
        assertThat(new TokenSpan(9, 12).overlap(new TokenSpan(2, 8))).isZero();
    }
}
