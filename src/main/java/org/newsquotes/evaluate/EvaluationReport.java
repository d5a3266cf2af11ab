package org.newsquotes.evaluate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An {@link Evaluation} as text, JSON or Markdown; figures have four decimals, whatever the locale. */
public final class EvaluationReport {

    /** The report formats. */
    public enum Format {
        /** Aligned columns for a terminal. */
        TEXT,
        /** One JSON object. */
        JSON,
        /** A Markdown table for a README. */
        MARKDOWN
    }

    private static final List<String> HEADINGS = List.of("spans", "gold", "predicted", "exact P", "exact R",
            "exact F1", "overlap P", "overlap R", "overlap F1", "speaker exact", "speaker overlap");

    private EvaluationReport() {
    }

    /**
     * The report of {@code evaluation} of the predictions in {@code inputs}.
     *
     * @param inputs the prediction files or folders, as given
     */
    public static String render(Evaluation evaluation, List<String> inputs, Format format) {
        return switch (format) {
            case JSON -> json(evaluation, inputs);
            case MARKDOWN -> markdown(evaluation, inputs);
            default -> text(evaluation, inputs);
        };
    }

    /** What the report's lines say before the figures. */
    private static List<String> preamble(Evaluation e, List<String> inputs) {
        return List.of("Predictions: " + String.join(", ", inputs) + "; " + e.total().predicted()
                        + " spans scored against " + e.total().gold() + " quotes of " + e.documents() + " documents.",
                "Counted: " + counted(e.options()) + ".",
                "Offsets are code points (Citron's Python string indexes); quotation marks at a span's ends are"
                        + " ignored on both sides.",
                "Exact: the same tokens; overlap: tokens shared (Citron's metrics). Speakers: "
                        + e.speakers().description() + ", on exact and on overlapping matches.");
    }

    private static String counted(EvaluationOptions options) {
        return "full quotes and fragments; scare quotes " + (options.scare() ? "included" : "excluded")
                + "; indirect speech " + (options.indirect() ? "included" : "excluded");
    }

    private static List<List<String>> rows(Evaluation e) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("all", e.total(), e));
        add(rows, "kind ", e.byKind(), e);
        add(rows, "document ", e.byDocument(), e);
        add(rows, "outlet ", e.byOutlet(), e);
        return rows;
    }

    private static void add(List<List<String>> rows, String prefix, Map<String, Scores> scores, Evaluation e) {
        scores.forEach((name, s) -> rows.add(row(prefix + name, s, e)));
    }

    private static List<String> row(String name, Scores s, Evaluation e) {
        boolean speakers = e.speakers() != SpeakerComparison.NONE;
        return List.of(name, Integer.toString(s.gold()), Integer.toString(s.predicted()), figure(s.exactPrecision()),
                figure(s.exactRecall()), figure(s.exactF1()), figure(s.overlapPrecision()),
                figure(s.overlapRecall()), figure(s.overlapF1()), speakers ? figure(s.speakerExactAccuracy()) : "-",
                speakers ? figure(s.speakerOverlapAccuracy()) : "-");
    }

    private static String figure(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String text(Evaluation e, List<String> inputs) {
        StringBuilder out = new StringBuilder();
        preamble(e, inputs).forEach(line -> out.append(line).append('\n'));
        out.append('\n');
        List<List<String>> table = new ArrayList<>();
        table.add(HEADINGS);
        table.addAll(rows(e));
        int[] widths = new int[HEADINGS.size()];
        for (List<String> r : table) {
            for (int c = 0; c < r.size(); c++) {
                widths[c] = Math.max(widths[c], r.get(c).length());
            }
        }
        for (List<String> r : table) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.size(); c++) {
                String cell = r.get(c);
                String pad = " ".repeat(widths[c] - cell.length());
                line.append(c == 0 ? cell + pad : "  " + pad + cell);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static String markdown(Evaluation e, List<String> inputs) {
        StringBuilder out = new StringBuilder();
        preamble(e, inputs).forEach(line -> out.append(line).append('\n'));
        out.append('\n').append("| ").append(String.join(" | ", HEADINGS)).append(" |\n|");
        HEADINGS.forEach(h -> out.append(h.equals("spans") ? "---|" : "---:|"));
        out.append('\n');
        rows(e).forEach(r -> out.append("| ").append(String.join(" | ", r)).append(" |\n"));
        return out.toString();
    }

    private static String json(Evaluation e, List<String> inputs) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JsonFactory.builder().build().createGenerator(text)) {
            g.writeStartObject();
            g.writeArrayFieldStart("predictions");
            for (String input : inputs) {
                g.writeString(input);
            }
            g.writeEndArray();
            g.writeNumberField("documents", e.documents());
            g.writeBooleanField("scare_included", e.options().scare());
            g.writeBooleanField("indirect_included", e.options().indirect());
            g.writeStringField("speakers", e.speakers().name().toLowerCase(Locale.ROOT));
            g.writeStringField("offsets", "code points (Python str indexes); quotation marks at span ends ignored");
            g.writeFieldName("all");
            scores(g, e.total(), e);
            for (Map.Entry<String, Map<String, Scores>> group : List.of(Map.entry("by_kind", e.byKind()),
                    Map.entry("by_document", e.byDocument()), Map.entry("by_outlet", e.byOutlet()))) {
                g.writeObjectFieldStart(group.getKey());
                for (Map.Entry<String, Scores> s : group.getValue().entrySet()) {
                    g.writeFieldName(s.getKey());
                    scores(g, s.getValue(), e);
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException("writing JSON to memory cannot fail", ex);
        }
        return text + "\n";
    }

    private static void scores(JsonGenerator g, Scores s, Evaluation e) throws IOException {
        g.writeStartObject();
        g.writeNumberField("gold", s.gold());
        g.writeNumberField("predicted", s.predicted());
        g.writeNumberField("exact_true_positives", s.exactTruePositives());
        g.writeNumberField("exact_false_positives", s.exactFalsePositives());
        g.writeNumberField("exact_false_negatives", s.exactFalseNegatives());
        g.writeNumberField("exact_precision", s.exactPrecision());
        g.writeNumberField("exact_recall", s.exactRecall());
        g.writeNumberField("exact_f1", s.exactF1());
        g.writeNumberField("overlap_tokens", s.overlapTokens());
        g.writeNumberField("predicted_tokens", s.predictedTokens());
        g.writeNumberField("gold_tokens", s.goldTokens());
        g.writeNumberField("overlap_precision", s.overlapPrecision());
        g.writeNumberField("overlap_recall", s.overlapRecall());
        g.writeNumberField("overlap_f1", s.overlapF1());
        if (e.speakers() == SpeakerComparison.NONE) {
            g.writeNullField("speaker_exact_accuracy");
            g.writeNullField("speaker_overlap_accuracy");
        } else {
            g.writeNumberField("speaker_exact_accuracy", s.speakerExactAccuracy());
            g.writeNumberField("speaker_overlap_accuracy", s.speakerOverlapAccuracy());
        }
        g.writeEndObject();
    }
}
