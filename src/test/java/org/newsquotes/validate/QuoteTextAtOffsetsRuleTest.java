package org.newsquotes.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.load.DatasetLoader;
import org.newsquotes.load.LoadResult;
import org.newsquotes.testing.Fixtures;
import org.newsquotes.schema.Violation;

class QuoteTextAtOffsetsRuleTest {

    private static final String DOC = "dataset/documents/d001.yaml";

    @TempDir
    Path temp;

    private List<String> check(Path dataset) throws IOException {
        LoadResult loaded = new DatasetLoader(temp).load(dataset);
        assertThat(loaded.problems()).isEmpty();
        return new Validator(List.of(new QuoteTextAtOffsetsRule())).validate(loaded.dataset()).stream()
                .map(Violation::toCompilerStyle).toList();
    }

    @Test
    void acceptsQuotesWhoseTextIsAtTheirCodePointOffsets() throws IOException {
        assertThat(check(Fixtures.copyOfValid(temp))).isEmpty();
    }

    @Test
    void countsCodePointsAfterACharacterOutsideTheBasicMultilingualPlane() throws IOException {
        Path dataset = Fixtures.copyOfValid(temp);
        // 114..126 would be right if offsets counted UTF-16 units: the source has one such character before it.
        Fixtures.edit(dataset.resolve("documents/d001.yaml"), "char_start: 113\n    char_end: 125",
                "char_start: 114\n    char_end: 126");

        assertThat(check(dataset)).containsExactly(DOC + ":51:17: error: [quote.text.at-offsets] text"
                + " \"a \uD835\uDD3Eood start\" is not at 114..126 in sources/001_fixture.txt; found it at 113..125"
                + " (set char_start: 113, char_end: 125)");
    }

    @Test
    void rejectsAShiftedOffsetAndSaysWhereTheTextIs() throws IOException {
        Path dataset = Fixtures.copyOfValid(temp);
        Fixtures.edit(dataset.resolve("documents/d001.yaml"), "char_start: 24", "char_start: 25");

        assertThat(check(dataset)).containsExactly(DOC + ":37:17: error: [quote.text.at-offsets] text"
                + " \"We will answer in writing next week,\" is not at 25..60 in sources/001_fixture.txt;"
                + " found it at 24..60 (set char_start: 24, char_end: 60)");
    }

    @Test
    void rejectsATypoInTheTextAndShowsWhatTheSourceHas() throws IOException {
        Path dataset = Fixtures.copyOfValid(temp);
        Fixtures.edit(dataset.resolve("documents/d001.yaml"), "text: We will answer", "text: We wil answer");

        assertThat(check(dataset)).containsExactly(DOC + ":36:11: error: [quote.text.at-offsets] text"
                + " \"We wil answer in writing next week,\" is not at 24..60 in sources/001_fixture.txt and does not"
                + " occur anywhere in it; the source has \"We will answer in writing next week,\" there");
    }

    @Test
    void rejectsOffsetsPastTheEndOfTheSource() throws IOException {
        Path dataset = Fixtures.copyOfValid(temp);
        Fixtures.edit(dataset.resolve("documents/d001.yaml"), "text: We will answer in writing next week,\n"
                + "    char_start: 24\n    char_end: 60", "text: Not there\n    char_start: 160\n    char_end: 400");

        assertThat(check(dataset)).containsExactly(DOC + ":36:11: error: [quote.text.at-offsets] text"
                + " \"Not there\" is not at 160..400 in sources/001_fixture.txt and does not occur anywhere in it;"
                + " that span is outside the source, which has 169 code points");
    }
}
