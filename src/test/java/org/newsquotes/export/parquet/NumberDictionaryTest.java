package org.newsquotes.export.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers get the index of their first appearance, through growth and after a clear. */
class NumberDictionaryTest {

    @Test
    void givesEachNumberTheIndexOfItsFirstAppearanceThroughGrowth() {
        NumberDictionary dictionary = new NumberDictionary();
        int distinct = 5_000;
        for (int i = 0; i < distinct; i++) {
            // Numbers that differ only in their high bits, and negative ones, share no index.
            assertThat(dictionary.indexOf(key(i))).isEqualTo(i);
        }
        for (int i = distinct - 1; i >= 0; i--) {
            assertThat(dictionary.indexOf(key(i))).isEqualTo(i);
            assertThat(dictionary.value(i)).isEqualTo(key(i));
        }
        assertThat(dictionary.size()).isEqualTo(distinct);
    }

    @Test
    void startsAgainFromIndexZeroAfterAClear() {
        NumberDictionary dictionary = new NumberDictionary();
        dictionary.indexOf(7);
        dictionary.indexOf(-7);
        dictionary.clear();

        assertThat(dictionary.size()).isZero();
        assertThat(dictionary.indexOf(-7)).isZero();
        assertThat(dictionary.indexOf(Double.doubleToLongBits(-0.0))).isEqualTo(1);
        assertThat(dictionary.indexOf(Double.doubleToLongBits(0.0))).isEqualTo(2);
        assertThat(dictionary.indexOf(7)).isEqualTo(3);
    }

    private static long key(int i) {
        return i % 2 == 0 ? (long) i << 40 : -i;
    }
}
