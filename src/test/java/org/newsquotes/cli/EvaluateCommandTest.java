package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.testing.Fixtures;

class EvaluateCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    /** Every figure of a JSON report, named by where it is. */
    private static List<Map.Entry<String, Double>> figures(JsonNode report) {
        List<Map.Entry<String, Double>> figures = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> groups = new ArrayList<>();
        groups.add(Map.entry("all", report.get("all")));
        for (String breakdown : List.of("by_kind", "by_document", "by_outlet")) {
            report.get(breakdown).properties().forEach(e -> groups.add(Map.entry(breakdown + "." + e.getKey(),
                    e.getValue())));
        }
        for (Map.Entry<String, JsonNode> group : groups) {
            group.getValue().properties().forEach(e -> {
                if (e.getKey().endsWith("precision") || e.getKey().endsWith("recall") || e.getKey().endsWith("f1")
                        || e.getKey().endsWith("accuracy")) {
                    figures.add(Map.entry(group.getKey() + "." + e.getKey(), e.getValue().asDouble()));
                }
            });
        }
        return figures;
    }

    @Test
    void theExportedQuotesTableScoresOneEverywhere() throws IOException {
        assertThat(run("evaluate", "exports/quotes.jsonl", "--format", "json")).as(err.toString()).isZero();

        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("speakers").asText()).isEqualTo("id");
        assertThat(report.get("all").get("gold").asInt()).isEqualTo(82);
        assertThat(report.get("by_kind").size()).isEqualTo(4);
        assertThat(report.get("by_document").size()).isEqualTo(5);
        assertThat(figures(report)).hasSize((1 + 4 + 5 + 5) * 8).allSatisfy(f -> assertThat(f.getValue())
                .as(f.getKey()).isEqualTo(1.0));
    }

    @Test
    void theExportedCitronFilesReadBackScoreOneOnEverySpan() throws IOException {
        assertThat(run("evaluate", "exports/citron", "--format", "json")).as(err.toString()).isZero();

        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("speakers").asText()).isEqualTo("name");
        assertThat(report.get("all").get("predicted").asInt()).isEqualTo(82);
        assertThat(figures(report)).filteredOn(f -> !f.getKey().contains("speaker")).hasSize((1 + 4 + 5 + 5) * 6)
                .allSatisfy(f -> assertThat(f.getValue()).as(f.getKey()).isEqualTo(1.0));
    }

    @Test
    void aFreshCitronExportOfAnotherDatasetReadsBackWithItsSpeakersByName() throws IOException {
        Path dataset = Fixtures.copyOfValid(temp.resolve("copy"));
        Path exports = temp.resolve("exports");
        assertThat(run("export", "--dataset", dataset.toString(), "--output", exports.toString())).isZero();
        out.getBuffer().setLength(0);

        assertThat(run("evaluate", exports.resolve("citron").toString(), "--dataset", dataset.toString(),
                "--format", "json")).as(err.toString()).isZero();

        JsonNode all = new ObjectMapper().readTree(out.toString()).get("all");
        assertThat(all.get("exact_f1").asDouble()).isEqualTo(1.0);
        // "Minister Ada Example" and "The ministry" are aliases in the registry
        assertThat(all.get("speaker_exact_accuracy").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aCitronFileOfAnotherTextIsRefused() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("citron"));
        Files.writeString(folder.resolve("d000.json"), "{\"text\": \"Not the source.\", \"quotes\": []}",
                StandardCharsets.UTF_8);

        assertThat(run("evaluate", folder.toString())).isEqualTo(1);

        assertThat(err.toString()).isEqualTo(folder.resolve("d000.json") + ":1: error: \"text\" is not the source of"
                + " d000 (000_c59f05497aec51e2.txt); the offsets index that text, so copy it byte for byte\n");
    }

    @Test
    void theCsvExportScoresOneAndTheReportStatesWhatCounted() {
        assertThat(run("evaluate", "exports/quotes.csv", "--exclude-scare", "--exclude-indirect")).isZero();

        assertThat(out.toString()).contains("Counted: full quotes and fragments; scare quotes excluded; indirect speech"
                + " excluded.\n", "Speakers: by id,", "Offsets are code points (Citron's Python string indexes)")
                .containsPattern("\nall +70 +70 +1\\.0000 +1\\.0000 +1\\.0000 ")
                .doesNotContain("kind scare", "kind indirect");
    }

    @Test
    void aBadPredictionFileIsOneLineAndExitsOne() throws IOException {
        Path file = temp.resolve("p.jsonl");
        Files.writeString(file, "{\"document_id\":\"d000\",\"char_start\":325}\n", StandardCharsets.UTF_8);

        assertThat(run("evaluate", file.toString())).isEqualTo(1);

        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo(file + ":1: error: no char_end; give the span's code-point offsets"
                + " (Python str indexes) as char_start and char_end\n");
    }

    @Test
    void filesWhoseSpeakersCompareDifferentlyAreNotMixed() {
        assertThat(run("evaluate", "exports/quotes.jsonl", "exports/citron")).isEqualTo(1);

        assertThat(err.toString()).isEqualTo("exports/citron: error: its speakers are compared by name, resolved"
                + " through the registry's names and aliases, those of exports/quotes.jsonl by id; score them apart,"
                + " or give every file the same speaker columns\n");
    }

    @Test
    void aMissingFileOrUnknownFormatIsAUsageError() {
        assertThat(run("evaluate", temp.resolve("none.jsonl").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("none.jsonl' does not exist; give a quotes table (.jsonl, .csv) or a"
                + " folder of Citron .json files");
        assertThat(run("evaluate", "exports/quotes.jsonl", "--format", "yaml")).isEqualTo(2);
        assertThat(err.toString()).contains("'yaml' is not a report format; use text, json or markdown");
    }

    @Test
    void theHelpSaysOffsetsAreCitronsPythonIndexes() {
        assertThat(run("evaluate", "--help")).isZero();
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("Offsets are code points, end exclusive: the"
                + " dataset's offsets and Citron's Python string indexes are the same thing.");
    }
}
