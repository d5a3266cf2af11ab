package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.schema.Severity;
import org.newsquotes.schema.Violation;
import org.newsquotes.testing.Fixtures;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code quotes draft} on a bundled source whose document is removed from a copy of the dataset: the
 * draft fails validation only on the three outlet fields that a curator must fill, warns once for each
 * open review mark (counted by a second YAML reader), and validates once those fields are filled and
 * the marks cleared.
 */
class DraftCommandTest {

    private static final String SOURCE = "002_7490f935fa1dc7f3.txt";

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aDraftValidatesOnceACuratorFillsTheOutletAndClearsTheReviewMarks() throws IOException {
        Path dataset = Fixtures.copyOfBundled(temp);
        Path given = temp.resolve(SOURCE);
        Files.move(dataset.resolve("sources").resolve(SOURCE), given);
        Files.delete(dataset.resolve("documents/d002.yaml"));
        // Nothing else names d002 or its records: quotes and claims name their groups, never the reverse.
        assertThat(rules(dataset, Severity.ERROR)).isEmpty();

        assertThat(run("draft", given.toString(), "--id", "d002", "--dataset", dataset.toString())).isZero();

        Path draft = dataset.resolve("documents/d002.yaml");
        assertThat(dataset.resolve("sources").resolve(SOURCE)).hasSameBinaryContentAs(given);
        int marks = reviewMarks(draft);
        assertThat(out.toString()).startsWith("wrote " + draft + " (").endsWith(" quotes to review) and "
                + dataset.resolve("sources").resolve(SOURCE) + "\n");
        List<Violation> drafted = DatasetCheck.run(dataset, DatasetCheckTest.CLOCK).violations();
        assertThat(drafted).filteredOn(v -> v.severity() == Severity.ERROR)
                .extracting(Violation::rule, Violation::field)
                .containsExactly(tuple("structure.field.required", "outlet"),
                        tuple("structure.field.required", "outlet_confidence"),
                        tuple("structure.field.required", "outlet_evidence"));
        assertThat(rules(dataset, Severity.WARNING)).hasSize(marks).containsOnly("draft.review.open");

        Fixtures.edit(draft, "outlet: null", "outlet: moscow-times");
        Fixtures.edit(draft, "outlet_confidence: null", "outlet_confidence: high");
        Fixtures.edit(draft, "outlet_evidence: null", "outlet_evidence: The Moscow Times page of the same text.");
        assertThat(rules(dataset, Severity.ERROR)).isEmpty();
        assertThat(rules(dataset, Severity.WARNING)).filteredOn(r -> !r.equals("draft.review.open"))
                .as("the draft makes no claims, and western-governments is the claimant of a d002 claim only")
                .containsExactly("registry.unused");

        clearReviewMarks(draft);
        List<Violation> cleared = DatasetCheck.run(dataset, DatasetCheckTest.CLOCK).violations();
        assertThat(cleared).extracting(Violation::rule, Violation::recordId)
                .containsExactly(tuple("registry.unused", "western-governments"));
        assertThat(run("validate", dataset.toString())).isZero();
        assertThat(run("validate", "--warnings-as-errors", dataset.toString())).isOne();
    }

    @Test
    void neverOverwritesADocumentOrASource() throws IOException {
        Path dataset = Fixtures.copyOfBundled(temp);
        Path given = temp.resolve(SOURCE);
        Files.copy(dataset.resolve("sources").resolve(SOURCE), given);
        String curated = Files.readString(dataset.resolve("documents/d002.yaml"), StandardCharsets.UTF_8);

        assertThat(run("draft", given.toString(), "--id", "d002", "--dataset", dataset.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith(dataset.resolve("documents/d002.yaml") + " exists; quotes draft never"
                + " overwrites a document: choose another --id\n");
        assertThat(dataset.resolve("documents/d002.yaml")).hasContent(curated);

        Files.delete(dataset.resolve("documents/d002.yaml"));
        assertThat(run("draft", given.toString(), "--id", "d002", "--dataset", dataset.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(dataset.resolve("sources").resolve(SOURCE) + " exists; quotes draft"
                + " never overwrites a source");
        assertThat(dataset.resolve("documents/d002.yaml")).doesNotExist();
        try (var files = Files.list(dataset.resolve("documents"))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
    }

    @Test
    void namesANewSourceAfterItsIdAndChecksum() throws IOException {
        Path dataset = Fixtures.copyOfValid(temp);
        Path given = temp.resolve("report.txt");
        Files.writeString(given, "\"It was a good day,\" Minister Ada Example said.\n", StandardCharsets.UTF_8);

        assertThat(run("draft", given.toString(), "--id", "d007", "--dataset", dataset.toString())).isZero();

        // sha256 of the text above, from sha256sum: its first 16 hex digits name the copy.
        assertThat(dataset.resolve("sources/007_ecc09fdcdb7dc840.txt")).hasSameBinaryContentAs(given);
        Map<String, Object> draft = new Yaml().load(Files.readString(dataset.resolve("documents/d007.yaml"),
                StandardCharsets.UTF_8));
        assertThat(draft).containsEntry("source", "007_ecc09fdcdb7dc840.txt");
        assertThat(run("draft", given.toString(), "--id", "7", "--dataset", dataset.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--id '7' is not a document id; give d and three digits, such as d005");
    }

    private int run(String... args) {
        return Main.run(DatasetCheckTest.CLOCK, new PrintWriter(out), new PrintWriter(err), args);
    }

    private static List<String> rules(Path dataset, Severity severity) throws IOException {
        return DatasetCheck.run(dataset, DatasetCheckTest.CLOCK).violations().stream()
                .filter(v -> v.severity() == severity).map(Violation::rule).toList();
    }

    /** How many fields the draft's review lists name, read by SnakeYAML. */
    @SuppressWarnings("unchecked")
    private static int reviewMarks(Path draft) throws IOException {
        Map<String, Object> document = new Yaml().load(Files.readString(draft, StandardCharsets.UTF_8));
        int marks = ((List<String>) document.get("review")).size();
        for (Map<String, Object> quote : (List<Map<String, Object>>) document.get("quotes")) {
            marks += ((List<String>) quote.get("review")).size();
        }
        return marks;
    }

    /** What a curator does once every proposal is checked: removes each review list. */
    private static void clearReviewMarks(Path draft) throws IOException {
        String text = Files.readString(draft, StandardCharsets.UTF_8);
        Files.writeString(draft, text.replaceAll("(?m)^ *review: \\[[^\\]\\n]*\\]\\n", ""), StandardCharsets.UTF_8);
    }
}
