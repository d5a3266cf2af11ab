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
            report.get(breakdown).fields().forEachRemaining(e -> groups.add(Map.entry(breakdown + "." + e.getKey(),
                    e.getValue())));
        }
        for (Map.Entry<String, JsonNode> group : groups) {
            group.getValue().fields().forEachRemaining(e -> {
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
