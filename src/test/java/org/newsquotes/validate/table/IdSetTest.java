package org.newsquotes.validate.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The compact id set agrees with a {@code HashSet} on every id, short, long or not ASCII. */
class IdSetTest {

    private static String id(int i) {
        switch (i % 4) {
            case 0:
                return "d" + i + "-q" + (i % 97);
            case 1:
                return "Zürich-Ελλάδα-" + i;
            case 2:
                return "x".repeat(100 + i % 300) + i;
            default:
                return "😀" + i;
        }
    }

    @Test
    void agreesWithAHashSetThroughManyGrowths() {
        IdSet ids = new IdSet();
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            String id = id(i % 150_000);
            assertThat(ids.add(id)).as(id).isEqualTo(expected.add(id));
        }

        assertThat(ids.size()).isEqualTo(150_000);
        assertThat(ids.add(id(149_999))).isFalse();
        assertThat(ids.add("d149999-q")).isTrue();
    }

    @Test
    void tellsIdsApartThatDifferOnlyInTheirLastByteOrTheirLength() {
        IdSet ids = new IdSet();

        assertThat(ids.add("d001-q01")).isTrue();
        assertThat(ids.add("d001-q02")).isTrue();
        assertThat(ids.add("d001-q0")).isTrue();
        assertThat(ids.add("")).isTrue();
        assertThat(ids.add("d001-q01")).isFalse();
        assertThat(ids.add("")).isFalse();
    }

    @Test
    void bytesUsedGrowsWithTheIdsItHolds() {
        IdSet ids = new IdSet();
        long empty = ids.bytesUsed();
        for (int i = 0; i < 100_000; i++) {
            ids.add("d" + i + "-q00");
        }

        assertThat(ids.bytesUsed()).isGreaterThan(empty + 100_000L * 10);
    }

    @Test
    void addsUtf8BytesAsItAddsTheirString() {
        IdSet byBytes = new IdSet();
        IdSet byStrings = new IdSet();
        byte[] piece = new byte[4096];
        for (int i = 0; i < 20_000; i++) {
            String id = id(i % 15_000);
            byte[] utf8 = id.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int offset = i % 7;
            System.arraycopy(utf8, 0, piece, offset, utf8.length);
            piece[offset + utf8.length] = '"';

            assertThat(byBytes.add(piece, offset, utf8.length)).as(id).isEqualTo(byStrings.add(id));
            if (i % 3 == 0) {
                assertThat(byStrings.add(piece, offset, utf8.length)).as(id).isFalse();
            }
        }
        assertThat(byBytes.size()).isEqualTo(byStrings.size()).isEqualTo(15_000);
        assertThat(byBytes.add("")).isTrue();
        assertThat(byBytes.add(piece, 3, 0)).isFalse();
    }
}
