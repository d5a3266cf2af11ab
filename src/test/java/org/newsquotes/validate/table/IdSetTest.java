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
    void bytesForJudgesTheBytesOfMoreIdsLikeThoseHeld() {
        IdSet ids = new IdSet();
        assertThat(ids.bytesFor(1000)).isZero();
        for (int i = 0; i < 250_000; i++) {
            ids.add(String.format(java.util.Locale.ROOT, "d%03d-q%07d", i % 1000, i));
        }

        long judged = ids.bytesFor(1_000_000);
        for (int i = 250_000; i < 1_000_000; i++) {
            ids.add(String.format(java.util.Locale.ROOT, "d%03d-q%07d", i % 1000, i));
        }

        // Within a block of the arena (4 MiB) and 5 %.
        long used = ids.bytesUsed();
        assertThat(judged).isBetween(used - (4 << 20) - used / 20, used + (4 << 20) + used / 20);
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

    @Test
    void expectMakesRoomOnceWithinItsBoundAndKeepsWhatItHolds() {
        IdSet ids = new IdSet();
        for (int i = 0; i < 1000; i++) {
            ids.add(id(i));
        }
        long before = ids.bytesUsed();

        ids.expect(1_000_000, 8_000_000);
        long sized = ids.bytesUsed();
        for (int i = 0; i < 300_000; i++) {
            ids.add("d" + i + "-q00");
        }
        long arenaGrowth = 300_000L * 11;

        assertThat(sized).isGreaterThan(before).isLessThanOrEqualTo(before + 8_000_000);
        assertThat(ids.bytesUsed()).isLessThanOrEqualTo(sized + arenaGrowth + (1 << 22));
        assertThat(ids.add(id(999))).isFalse();
        assertThat(ids.add(id(1000))).isTrue();
        assertThat(ids.add("d299999-q00")).isFalse();
        assertThat(ids.size()).isEqualTo(301_001);
    }

    @Test
    void expectKeepsWithinItsBoundAndTheSetStillGrowsPastIt() {
        IdSet ids = new IdSet();
        ids.expect(100_000_000, 2_000_000);

        assertThat(ids.bytesUsed()).isLessThanOrEqualTo(2_000_000);
        for (int i = 0; i < 400_000; i++) {
            assertThat(ids.add("id-" + i)).isTrue();
        }
        assertThat(ids.add("id-123456")).isFalse();
        assertThat(ids.size()).isEqualTo(400_000);
    }

    @Test
    void prefetchChangesNothingInTheSet() {
        IdSet ids = new IdSet();
        ids.add("d001-q01");
        byte[] keys = "d001-q01d001-q02".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        long[] hashes = {IdSet.hash(keys, 0, 8), IdSet.hash(keys, 8, 8), 0};

        ids.prefetch(hashes, new int[] {8, 8, -1}, 3);

        assertThat(ids.size()).isEqualTo(1);
        assertThat(ids.add(keys, 0, 8, hashes[0])).isFalse();
        assertThat(ids.add(keys, 8, 8, hashes[1])).isTrue();
        assertThat(ids.add("d001-q02")).isFalse();
    }

    @Test
    void hashDependsOnTheBytesAndTheirLengthOnly() {
        byte[] a = "xxd001-q01\0".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] b = "d001-q01".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] zeros = new byte[9];

        assertThat(IdSet.hash(a, 2, 8)).isEqualTo(IdSet.hash(b, 0, 8));
        assertThat(IdSet.hash(b, 0, 8)).isNotEqualTo(IdSet.hash(b, 0, 7));
        assertThat(IdSet.hash(zeros, 0, 8)).isNotEqualTo(IdSet.hash(zeros, 0, 9));
        assertThat(IdSet.hash(zeros, 0, 0)).isNotEqualTo(IdSet.hash(zeros, 0, 1));
    }
}
