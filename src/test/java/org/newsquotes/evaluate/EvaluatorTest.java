package org.newsquotes.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.load.DatasetLoader;
import org.newsquotes.load.LoadResult;
import org.newsquotes.model.Dataset;
import org.newsquotes.testing.Fixtures;

/**
 * Scores of small hand-made predictions against the fixture dataset, each figure worked out by hand
 * from its source, "Talks in Genève 🌍 end\n\n“We will answer in writing next week,” Minister Ada
 * Example said.\nThe ministry called it “a 𝔾ood start” after 90 minutes.": quote d001-q01 is code
 * points 24..60, 8 tokens (We will answer in writing next week ,), said by ada-example; d001-q02 is
 * 113..125, 3 tokens (a 𝔾ood start), said by example-ministry.
 */
class EvaluatorTest {

    private static final double EPS = 1e-12;

    @TempDir
    Path temp;

    private Dataset dataset;

    @BeforeEach
    void load() throws IOException {
        LoadResult loaded = new DatasetLoader(temp).load(Fixtures.VALID);
        assertThat(loaded.problems()).isEmpty();
        dataset = loaded.dataset();
    }

    private Evaluation score(EvaluationOptions options, String... lines) throws IOException, PredictionException {
        Path file = temp.resolve("predictions.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return new Evaluator(dataset).evaluate(new PredictionReader(dataset).read(file), options);
    }

    private Evaluation score(String... lines) throws IOException, PredictionException {
        return score(EvaluationOptions.ALL, lines);
    }

    private static String row(int start, int end, String speaker) {
        return "{\"document_id\":\"d001\",\"char_start\":" + start + ",\"char_end\":" + end
                + (speaker == null ? "" : ",\"speaker_id\":\"" + speaker + "\"") + "}";
    }

    @Test
    void spansWithTheirQuotationMarksMatchSpansWithout() throws Exception {
        Scores s = score(row(23, 61, "ada-example"), row(112, 126, "example-ministry")).total();

        assertThat(s.exactTruePositives()).isEqualTo(2);
        assertThat(s.exactF1()).isEqualTo(1.0);
        assertThat(s.overlapF1()).isEqualTo(1.0);
        assertThat(s.speakerExactAccuracy()).isEqualTo(1.0);
    }

    @Test
    void aMissedQuoteLowersRecallOnly() throws Exception {
        Scores s = score(row(24, 60, "ada-example")).total();

        // tp 1, fp 0, fn 1; overlap 8 tokens shared of 8 predicted and 8 + 3 in the dataset
        assertThat(s.exactPrecision()).isEqualTo(1.0);
        assertThat(s.exactRecall()).isEqualTo(0.5);
        assertThat(s.exactF1()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(s.overlapPrecision()).isEqualTo(1.0);
        assertThat(s.overlapRecall()).isCloseTo(8.0 / 11, within(EPS));
        assertThat(s.overlapF1()).isCloseTo(16.0 / 19, within(EPS));
    }

    @Test
    void aSpuriousSpanLowersPrecisionOnly() throws Exception {
        // "Talks in Genève" (0..15) is a headline, not a quote: 3 tokens
        Scores s = score(row(24, 60, null), row(113, 125, null), row(0, 15, null)).total();

        assertThat(s.exactPrecision()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(s.exactRecall()).isEqualTo(1.0);
        assertThat(s.exactF1()).isCloseTo(0.8, within(EPS));
        assertThat(s.overlapPrecision()).isCloseTo(11.0 / 14, within(EPS));
        assertThat(s.overlapRecall()).isEqualTo(1.0);
    }

    @Test
    void aShiftedSpanCountsOnlyByTheTokensItShares() throws Exception {
        // 27..60 leaves "We " out: 7 of q01's 8 tokens
        Scores s = score(row(27, 60, null), row(113, 125, null)).total();

        assertThat(s.exactTruePositives()).isEqualTo(1);
        assertThat(s.exactFalsePositives()).isEqualTo(1);
        assertThat(s.exactFalseNegatives()).isEqualTo(1);
        assertThat(s.exactF1()).isEqualTo(0.5);
        assertThat(s.overlapPrecision()).isEqualTo(1.0);
        assertThat(s.overlapRecall()).isCloseTo(10.0 / 11, within(EPS));
        assertThat(s.overlapMatched()).isEqualTo(2);
    }

    @Test
    void aWrongSpeakerCountsAgainstAttributionNotSpans() throws Exception {
        Evaluation e = score(row(24, 60, "example-ministry"), row(113, 125, "example-ministry"));

        assertThat(e.speakers()).isEqualTo(SpeakerComparison.ID);
        assertThat(e.total().exactF1()).isEqualTo(1.0);
        assertThat(e.total().speakerExactAccuracy()).isEqualTo(0.5);
        assertThat(e.byKind().get("full").speakerExactAccuracy()).isEqualTo(0.0);
        assertThat(e.byKind().get("fragment").speakerExactAccuracy()).isEqualTo(1.0);
    }

    @Test
    void namesResolveThroughTheRegistrysAliases() throws Exception {
        Evaluation e = score("{\"document_id\":\"d001\",\"char_start\":24,\"char_end\":60,"
                + "\"speaker_name\":\"minister ada  example\"}",
                "{\"source_file\":\"001_fixture.txt\",\"char_start\":113,\"char_end\":125,"
                        + "\"speaker_name\":\"Ada Example\"}");

        assertThat(e.speakers()).isEqualTo(SpeakerComparison.NAME);
        assertThat(e.total().speakerExactAccuracy()).isEqualTo(0.5);
    }

    @Test
    void excludedKindsLeaveBothSides() throws Exception {
        String scare = "{\"document_id\":\"d001\",\"char_start\":0,\"char_end\":15,\"kind\":\"scare\"}";

        Evaluation all = score(row(24, 60, null), scare);
        Evaluation without = score(EvaluationOptions.ALL.withScare(false), row(24, 60, null), scare);

        assertThat(all.total().predicted()).isEqualTo(2);
        assertThat(all.total().exactPrecision()).isEqualTo(0.5);
        assertThat(all.byKind()).containsOnlyKeys("full", "fragment", "scare");
        assertThat(without.options().scare()).isFalse();
        assertThat(without.total().predicted()).isEqualTo(1);
        assertThat(without.total().exactPrecision()).isEqualTo(1.0);
        assertThat(without.byKind()).containsOnlyKeys("full", "fragment");
        assertThat(without.byDocument().get("d001").exactRecall()).isEqualTo(0.5);
        assertThat(without.byOutlet().get("example-times").exactRecall()).isEqualTo(0.5);
    }

    @Test
    void aSpanOutsideTheSourceIsAnErrorAtItsLine() {
        assertThatThrownBy(() -> score(row(24, 60, null), row(24, 9000, null)))
                .isInstanceOf(PredictionException.class)
                .hasMessage(temp.resolve("predictions.jsonl") + ":2: error: span 24..9000 is not within the 169 code"
                        + " points of d001's source 001_fixture.txt; give code-point offsets (Python str indexes),"
                        + " end exclusive");
    }

    @Test
    void badRowsAreOneLineErrorsWithTheFix() {
        String file = temp.resolve("predictions.jsonl").toString();
        assertThatThrownBy(() -> score("{\"document_id\":\"d009\",\"char_start\":1,\"char_end\":2}"))
                .hasMessage(file + ":1: error: document_id \"d009\" is not in the dataset; use one of d001");
        assertThatThrownBy(() -> score(row(1, 2, null), "{\"char_start\":1,\"char_end\":2}"))
                .hasMessage(file + ":2: error: no document_id or source_file; give the dataset document the span is"
                        + " in, as document_id (d001) or source_file");
        assertThatThrownBy(() -> score("{\"document_id\":\"d001\",\"char_start\":\"x\",\"char_end\":2}"))
                .hasMessage(file + ":1: error: char_start \"x\" is not a whole number from 0; give a code-point"
                        + " offset (Python str index)");
        assertThatThrownBy(() -> score("{\"document_id\":\"d001\",\"char_end\":2,\"kind\":\"quote\"}"))
                .hasMessage(file + ":1: error: no char_start; give the span's code-point offsets (Python str"
                        + " indexes) as char_start and char_end");
        assertThatThrownBy(() -> score("{\"document_id\":\"d001\",\"char_start\":1,\"char_end\":2,\"kind\":\"quote\"}"))
                .hasMessage(file + ":1: error: kind \"quote\" is not one of full, fragment, scare, indirect; use one"
                        + " of them, or leave kind out");
        assertThatThrownBy(() -> score(row(1, 2, null), "", "[1, 2]"))
                .hasMessageStartingWith(file + ":3: error: a line is not a JSON object; write one object per line");
        assertThatThrownBy(() -> score("{\"document_id\":"))
                .hasMessageStartingWith(file + ":1: error: not JSON (")
                .hasMessageEndingWith("); write one JSON object per line");
    }

    @Test
    void readsCsvWithEmptyFieldsAsNull() throws Exception {
        Path file = temp.resolve("predictions.csv");
        Files.writeString(file, "quote_id,document_id,char_start,char_end,speaker_id\r\nx,d001,24,60,ada-example\r\n"
                + "y,d001,113,125,\r\n", StandardCharsets.UTF_8);

        Scores s = new Evaluator(dataset).evaluate(new PredictionReader(dataset).read(file), EvaluationOptions.ALL)
                .total();

        assertThat(s.exactF1()).isEqualTo(1.0);
        assertThat(s.speakerExactAccuracy()).isEqualTo(0.5);
    }
}
