package org.newsquotes.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.load.DatasetLoader;
import org.newsquotes.load.LoadResult;
import org.newsquotes.testing.Fixtures;

/**
 * The fixture's quotes in Citron's format, read back with Jackson. Its source is "Talks in Genève 🌍
 * end\n\n“We will answer in writing next week,” Minister Ada Example said.\nThe ministry called it “a
 * 𝔾ood start” after 90 minutes.\n…"; the offsets below are Python str indexes into it.
 */
class CitronWriterTest {

    @TempDir
    Path temp;

    private JsonNode written() throws IOException {
        LoadResult loaded = new DatasetLoader(temp).load(Fixtures.VALID);
        assertThat(loaded.problems()).isEmpty();
        Path folder = temp.resolve("out").resolve(CitronWriter.FOLDER);
        Files.createDirectories(folder.getParent());
        new CitronWriter(loaded.dataset()).write(List.of(), folder.getParent(), folder);
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("d001.json");
        }
        String text = Files.readString(folder.resolve("d001.json"), StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n    \"text\": \"Talks in Genève 🌍 end\\n\\n“We will").endsWith("\n}\n");
        return new ObjectMapper().readTree(text);
    }

    @Test
    void writesTheWholeSourceAndEachQuoteWithItsMarksAndItsSource() throws IOException {
        JsonNode root = written();

        assertThat(root.get("text").asText()).isEqualTo(Files.readString(
                Fixtures.VALID.resolve("sources/001_fixture.txt"), StandardCharsets.UTF_8));
        assertThat(root.get("quotes")).hasSize(2);
        JsonNode first = root.get("quotes").get(0);
        assertThat(first.get("id").asText()).isEqualTo("d001-q01");
        assertThat(first.get("contents").toString())
                .isEqualTo("[{\"start\":23,\"end\":61,\"text\":\"“We will answer in writing next week,”\"}]");
        assertThat(first.get("sources").toString())
                .isEqualTo("[{\"start\":62,\"end\":82,\"text\":\"Minister Ada Example\"}]");
        // the fixture locates no cue
        assertThat(first.get("cue").isNull()).isTrue();
        assertThat(root.get("quotes").get(1).get("contents").toString())
                .isEqualTo("[{\"start\":112,\"end\":126,\"text\":\"“a 𝔾ood start”\"}]");
    }
}
