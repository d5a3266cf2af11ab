package org.newsquotes.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.model.Document;
import org.newsquotes.model.QuoteKind;
import org.newsquotes.testing.Fixtures;
import org.newsquotes.schema.Violation;

class DatasetLoaderTest {

    private static final String DOC = "dataset/documents/d001.yaml";

    @TempDir
    Path temp;

    private Path dataset;

    @BeforeEach
    void copyFixture() {
        dataset = Fixtures.copyOfValid(temp);
    }

    private LoadResult load() throws IOException {
        return new DatasetLoader(temp).load(dataset);
    }

    private List<String> reportLines() throws IOException {
        return load().problems().stream().map(Violation::toCompilerStyle).toList();
    }

    @Test
    void loadsTheValidFixtureWithoutProblems() throws IOException {
        LoadResult result = load();

        assertThat(result.problems()).isEmpty();
        assertThat(result.filesRead()).isEqualTo(6);
        Document document = result.dataset().documents().get(0);
        assertThat(document.quotes()).extracting(q -> q.id()).containsExactly("d001-q01", "d001-q02");
        assertThat(document.quotes().get(1).kind()).isEqualTo(QuoteKind.FRAGMENT);
        assertThat(document.quotes().get(1).text()).isEqualTo("a \uD835\uDD3Eood start");
        assertThat(document.claims().get(0).value()).isEqualByComparingTo("90");
        assertThat(result.dataset().sources()).containsKey("001_fixture.txt");
    }

    @Test
    void keepsTheLocationOfEveryField() throws IOException {
        var quote = load().dataset().documents().get(0).quotes().get(0);

        assertThat(quote.origin().record().toString()).isEqualTo(DOC + ":35:5");
        assertThat(quote.origin().of("char_start").toString()).isEqualTo(DOC + ":37:17");
        assertThat(quote.origin().of("text").toString()).isEqualTo(DOC + ":36:11");
    }

    @Test
    void reportsUnknownFieldWithTheKnownOnesAndASuggestion() throws IOException {
        Fixtures.edit(dataset.resolve("documents/d001.yaml"), "    kind: full\n", "    kind: full\n    speeker: x\n");

        assertThat(reportLines()).containsExactly(DOC + ":40:5: error: [structure.field.unknown] unknown field"
                + " \"speeker\" in quote d001-q01 (did you mean \"speaker\"?); known fields: id, text, char_start,"
                + " char_end, kind, speaker, speaker_as_written, speaker_as_written_start, speaker_as_written_end,"
                + " cue, cue_start, cue_end, utterance, utterance_date, utterance_date_basis, note, review");
    }

    @Test
    void reportsDuplicateKeysWithTheFirstLine() throws IOException {
        Fixtures.edit(dataset.resolve("documents/d001.yaml"), "    kind: full\n", "    kind: full\n    kind: scare\n");

        assertThat(reportLines()).containsExactly(DOC + ":40:5: error: [structure.field.duplicate] duplicate field"
                + " \"kind\"; it is already set at line 39. Keep one of the two");
    }

    @Test
    void reportsWrongTypesWithFieldAndValue() throws IOException {
        Fixtures.edit(dataset.resolve("documents/d001.yaml"), "char_start: 24", "char_start: \"24\"");

        assertThat(reportLines()).containsExactly(DOC + ":37:17: error: [structure.field.type] field"
                + " \"char_start\" must be a whole number, found the string \"24\"");
    }

    @Test
    void reportsMissingRequiredFieldsAtTheRecord() throws IOException {
        Fixtures.edit(dataset.resolve("documents/d001.yaml"), "    kind: full\n", "");

        LoadResult result = load();
        assertThat(result.problems()).map(Violation::toCompilerStyle).containsExactly(DOC + ":35:5: error:"
                + " [structure.field.required] missing required field \"kind\" in quote d001-q01 (a text)");
        assertThat(result.dataset().documents().get(0).quotes()).extracting(q -> q.id()).containsExactly("d001-q02");
    }

    @Test
    void reportsUnknownEnumValuesWithTheAllowedOnes() throws IOException {
        Fixtures.edit(dataset.resolve("documents/d001.yaml"), "kind: full", "kind: ful");

        assertThat(reportLines()).containsExactly(DOC + ":39:11: error: [structure.field.enum] field \"kind\" has"
                + " unknown value \"ful\" (did you mean \"full\"?); allowed: full, fragment, scare, indirect");
    }

    @Test
    void reportsDatesThatAreNotInTheCalendar() throws IOException {
        Fixtures.edit(dataset.resolve("documents/d001.yaml"), "published: 2022-01-21", "published: 2022-02-30");

        assertThat(reportLines()).containsExactly(DOC + ":8:12: error: [structure.field.date] field \"published\""
                + " is \"2022-02-30\", which is not a date in the calendar");
    }

    @Test
    void reportsMalformedYamlAndCarriesOnWithTheOtherFiles() throws IOException {
        Files.writeString(dataset.resolve("outlets.yaml"), "outlets:\n  - id: [unclosed\n", StandardCharsets.UTF_8);
        Fixtures.edit(dataset.resolve("documents/d001.yaml"), "kind: full", "kind: ful");

        List<String> lines = reportLines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("dataset/documents/d001.yaml:39:11: error: [structure.field.enum]");
        assertThat(lines.get(1)).isEqualTo("dataset/outlets.yaml:3:1: error: [structure.yaml] not well-formed YAML:"
                + " while parsing a flow sequence; expected ',' or ']', but got <stream end>");
    }

    @Test
    void reportsEveryProblemNotJustTheFirst() throws IOException {
        Path doc = dataset.resolve("documents/d001.yaml");
        Fixtures.edit(doc, "kind: full", "kind: ful");
        Fixtures.edit(doc, "char_end: 125", "char_end: twelve");
        Fixtures.edit(doc, "value: 90", "value: ninety");

        assertThat(reportLines()).extracting(line -> line.substring(0, line.indexOf(": error")))
                .containsExactly(DOC + ":39:11", DOC + ":52:15", DOC + ":72:12");
    }

    @Test
    void reportsAMissingSourceFileAtTheSourceField() throws IOException {
        Files.delete(dataset.resolve("sources/001_fixture.txt"));

        assertThat(reportLines()).containsExactly(DOC + ":2:9: error: [structure.file.missing] source file"
                + " dataset/sources/001_fixture.txt does not exist; \"source\" names a file in dataset/sources");
    }

    @Test
    void reportsAMissingRegistry() throws IOException {
        Files.delete(dataset.resolve("speakers.yaml"));

        assertThat(reportLines()).containsExactly(
                "dataset/speakers.yaml: error: [structure.file.missing] file dataset/speakers.yaml is missing");
    }
}
