package org.newsquotes.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsquotes.schema.Tables;
import org.newsquotes.model.Ids;

class QuoteCorpusGeneratorTest {

    private static List<Object[]> generate(long records, long seed, double invalidRate) {
        QuoteCorpusGenerator generator =
                new QuoteCorpusGenerator(new QuoteCorpusGenerator.Options(records, seed, invalidRate));
        List<Object[]> rows = new ArrayList<>();
        generator.rows().forEachRemaining(rows::add);
        return rows;
    }

    private static Object value(Object[] row, String column) {
        return row[Tables.QUOTES.columnNames().indexOf(column)];
    }

    @Test
    void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() {
        List<Object[]> first = generate(500, 42, 0.1);
        List<Object[]> again = generate(500, 42, 0.1);
        List<Object[]> other = generate(500, 43, 0.1);

        assertThat(first).hasSize(500);
        for (int i = 0; i < first.size(); i++) {
            assertThat(again.get(i)).containsExactly(first.get(i));
        }
        assertThat(other.get(1)).isNotEqualTo(first.get(1));
    }

    @Test
    void idsPastTenMillionRowsKeepTheDatasetsPatternsAndStayUnique() {
        QuoteCorpusGenerator.Row row = new QuoteCorpusGenerator.Row(Tables.QUOTES.columnNames().size());
        Set<Object> ids = new HashSet<>();
        for (long round = 0; round < 4; round++) {
            for (long at : new long[] {0, 1, 9_999, 10_000, 4_567_891, 9_999_999}) {
                Object[] values = row.fill(new SplitMix64(1), round * 10_000_000 + at);
                String quoteId = (String) value(values, "quote_id");
                String documentId = (String) value(values, "document_id");
                assertThat(quoteId).matches(Ids.QUOTE).startsWith(documentId + "-");
                assertThat(documentId).matches(Ids.DOCUMENT);
                ids.add(quoteId);
            }
        }

        assertThat(ids).hasSize(24).contains("d000-q0000", "d999-q9999", "d000-q10000", "d456-q17891", "d999-q39999");
    }

    @Test
    void validRowsHaveUniqueIdsTextAtTheirLengthAndKnownKinds() {
        Set<Object> ids = new HashSet<>();
        for (Object[] row : generate(20_000, 1, 0)) {
            assertThat(ids.add(value(row, "quote_id"))).isTrue();
            String text = (String) value(row, "text");
            int start = (Integer) value(row, "char_start");
            int end = (Integer) value(row, "char_end");
            assertThat(end - start).isEqualTo(text.codePointCount(0, text.length()));
            assertThat((String) value(row, "kind")).isIn("full", "fragment", "scare");
            assertThat(value(row, "quote_id").toString()).matches("d\\d{3,}-q\\d{4}");
            if ("scare".equals(value(row, "kind"))) {
                assertThat(value(row, "speaker_id")).isNull();
            } else {
                assertThat(value(row, "speaker_id")).isNotNull();
            }
        }
        assertThat(ids).hasSize(20_000);
    }

    @Test
    void withRateOneEveryRowHasADefect() {
        Object previousId = null;
        for (Object[] row : generate(2_000, 5, 1.0)) {
            Object start = value(row, "char_start");
            boolean broken = !(start instanceof Integer)
                    || (Integer) value(row, "char_end") < (Integer) start
                    || "ful".equals(value(row, "kind"))
                    || "2022-02-30".equals(value(row, "utterance_date"))
                    || value(row, "text") == null
                    || value(row, "quote_id").equals(previousId);
            assertThat(broken).as("row %s has a defect", value(row, "quote_id")).isTrue();
            previousId = value(row, "quote_id");
        }
    }

    @Test
    void rejectsImpossibleOptions() {
        assertThatThrownBy(() -> new QuoteCorpusGenerator.Options(-1, 1, 0))
                .hasMessage("records must be 0 or more, not -1");
        assertThatThrownBy(() -> new QuoteCorpusGenerator.Options(1, 1, 1.5))
                .hasMessage("invalid rate must be from 0 to 1, not 1.5");
    }
}
