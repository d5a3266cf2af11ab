package org.newsquotes.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceTextTest {

    /** "a", U+1D53E (two UTF-16 units, one code point), "bc", a line break and "d". */
    private final SourceText text = new SourceText("s.txt", "0", "a\uD835\uDD3Ebc\nd");

    @Test
    void countsCodePointsNotUtf16Units() {
        assertThat(text.length()).isEqualTo(6);
        assertThat(text.text().length()).isEqualTo(7);
    }

    @Test
    void slicesByCodePointsLikePython() {
        assertThat(text.slice(1, 2)).isEqualTo("\uD835\uDD3E");
        assertThat(text.slice(2, 4)).isEqualTo("bc");
        assertThat(text.slice(0, 6)).isEqualTo(text.text());
    }

    @Test
    void findsTextAtCodePointIndex() {
        assertThat(text.indexOf("bc", 0)).hasValue(2);
        assertThat(text.indexOf("bc", 3)).isEmpty();
        assertThat(text.indexOf("zz", 0)).isEmpty();
    }

    @Test
    void tellsTheLineOfAnIndex() {
        assertThat(text.lineOf(0)).isEqualTo(1);
        assertThat(text.lineOf(4)).isEqualTo(1);
        assertThat(text.lineOf(5)).isEqualTo(2);
    }

    @Test
    void rejectsSpansOutsideTheText() {
        assertThat(text.isSpan(0, 6)).isTrue();
        assertThat(text.isSpan(0, 7)).isFalse();
        assertThat(text.isSpan(3, 2)).isFalse();
        assertThatThrownBy(() -> text.slice(2, 9))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("span 2..9 is outside 0..6 of s.txt");
    }
}
