package org.newsquotes.validate.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.newsquotes.schema.Tables;

/**
 * Coverage-guided fuzzing of the two readers of JSON Lines, on bytes of a quotes file: the byte
 * scanner with its fast check, and the JSON parser with the full validator. Neither may fail other
 * than with a {@link RowFileException} at a place, or take long; and where the scanner reads a piece
 * it must read the rows the parser reads, and the fast check must pass no row the validator reports.
 * Under {@code mvn test} this runs the seed inputs in {@code JsonLinesFuzzTestInputs/}; see
 * {@code bench/fuzz.sh} for a fuzzing run.
 */
class JsonLinesFuzzTest {

    private final JsonLinesScanner scanner = new JsonLinesScanner(Tables.QUOTES);
    private final RowPrecheck precheck = new RowPrecheck(Tables.QUOTES);

    @FuzzTest
    void readersAgreeOnQuoteRows(byte[] bytes) throws IOException {
        List<Row> parsed;
        try {
            parsed = Pieces.parsed(bytes);
        } catch (RowFileException e) {
            assertThat(scanner.scan(bytes, bytes.length)).as("the scanner reads what the parser cannot").isFalse();
            return;
        }
        for (Row row : parsed) {
            violations(row);
        }
        if (!scanner.scan(bytes, bytes.length)) {
            return;
        }
        assertThat(scanner.rows().stream().map(Pieces::shown).toList())
                .containsExactlyElementsOf(parsed.stream().map(Pieces::shown).toList());
        RowSpans spans = scanner.spans();
        for (int i = 0; i < spans.rows(); i++) {
            if (accepts(spans, i)) {
                assertThat(violations(parsed.get(i))).as("violations of a row the fast check accepts: %s",
                        new String(bytes, StandardCharsets.UTF_8)).isEmpty();
            }
        }
    }

    /** The fast check of one row. */
    private boolean accepts(RowSpans spans, int row) {
        return precheck.accepts(spans, row);
    }

    /** What the full validator reports for one row's own rules. */
    private static List<?> violations(Row row) {
        return Pieces.violations(Tables.QUOTES, row);
    }
}
