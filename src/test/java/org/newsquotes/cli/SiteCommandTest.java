package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.testing.Fixtures;
import org.newsquotes.testing.HostileDataset;

class SiteCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void writesAPageForEveryDocumentAndGroupAndTheSameBytesTwice() throws IOException {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");

        assertThat(run("site", "--output", first.toString())).as(err.toString()).isZero();
        assertThat(run("site", "--output", second.toString())).as(err.toString()).isZero();

        List<String> expected = new ArrayList<>(List.of("index.html", "site.js", "style.css"));
        try (Stream<Path> documents = Files.list(Path.of("dataset/documents"))) {
            documents.forEach(d -> expected.add(d.getFileName().toString().replace(".yaml", ".html")));
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        yaml.readTree(Path.of("dataset/utterances.yaml").toFile()).get("utterances")
                .forEach(u -> expected.add(u.get("id").asText() + ".html"));
        JsonNode groups = yaml.readTree(Path.of("dataset/claim-groups.yaml").toFile()).get("claim_groups");
        groups.forEach(g -> expected.add(g.get("id").asText() + ".html"));
        TreeSet<String> files = new TreeSet<>(expected);
        files.add(SiteManifest.NAME);
        assertThat(names(first)).containsExactlyElementsOf(files);
        assertThat(Files.readAllLines(first.resolve(SiteManifest.NAME), StandardCharsets.UTF_8))
                .containsExactlyElementsOf(new TreeSet<>(expected));
        assertThat(names(second)).isEqualTo(names(first));
        for (String name : names(first)) {
            assertThat(Files.readAllBytes(second.resolve(name))).as(name).isEqualTo(Files.readAllBytes(first.resolve(name)));
        }
        assertThat(out.toString()).isEqualTo("wrote " + expected.size() + " files to " + slashes(first) + "; open "
                + slashes(first.resolve("index.html")) + " in a browser\n"
                + "wrote " + expected.size() + " files to " + slashes(second) + "; open "
                + slashes(second.resolve("index.html")) + " in a browser\n");
    }

    @Test
    void aRebuildRemovesThePagesItNoLongerWritesAndNoOtherFile() throws IOException {
        Path site = temp.resolve("site");
        assertThat(run("site", "--output", site.toString())).as(err.toString()).isZero();
        // As if an earlier dataset had a group that is gone now: its page, listed by that run.
        Files.writeString(site.resolve("u-gone.html"), "<p>old</p>", StandardCharsets.UTF_8);
        Files.writeString(site.resolve(SiteManifest.NAME), Files.readString(site.resolve(SiteManifest.NAME),
                StandardCharsets.UTF_8) + "u-gone.html\n../outside.html\n", StandardCharsets.UTF_8);
        Files.writeString(temp.resolve("outside.html"), "kept", StandardCharsets.UTF_8);
        // A file no site run wrote.
        Files.writeString(site.resolve("notes.html"), "mine", StandardCharsets.UTF_8);
        List<String> before = names(site);

        assertThat(run("site", "--output", site.toString())).as(err.toString()).isZero();

        List<String> after = new ArrayList<>(before);
        after.remove("u-gone.html");
        assertThat(names(site)).containsExactlyElementsOf(after);
        assertThat(Files.readString(site.resolve("notes.html"), StandardCharsets.UTF_8)).isEqualTo("mine");
        assertThat(temp.resolve("outside.html")).hasContent("kept");
        assertThat(Files.readAllLines(site.resolve(SiteManifest.NAME), StandardCharsets.UTF_8))
                .doesNotContain("u-gone.html", "notes.html").contains("index.html");
    }

    @Test
    void escapesMarkupAndScriptsInTheSourcesAndQuotes() throws IOException {
        Path dataset = HostileDataset.write(temp);
        Path site = temp.resolve("site");

        assertThat(run("site", "--dataset", dataset.toString(), "--output", site.toString())).as(err.toString()).isZero();

        String page = Files.readString(site.resolve("d001.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("&lt;script&gt;window.pwned = 1;", "&lt;/textarea&gt;", "&amp;amp;",
                "&lt;img src=x onerror=\"window.pwned=2\"&gt;")
                .doesNotContain("<script>window", "<script>document", "</textarea>", "<img");
        String utterance = Files.readString(site.resolve("u-ada-written-answer.html"), StandardCharsets.UTF_8);
        assertThat(utterance).contains("&lt;script&gt;window.pwned").doesNotContain("<script>window");
    }

    @Test
    void refusesAnInvalidDatasetAndLeavesTheSiteAlone() throws IOException {
        Path dataset = Fixtures.copyOfValid(temp);
        Fixtures.edit(dataset.resolve("documents/d001.yaml"), "char_start: 24", "char_start: 25");
        Path site = temp.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "old", StandardCharsets.UTF_8);

        assertThat(run("site", "--dataset", dataset.toString(), "--output", site.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("error: [quote.text.at-offsets]")
                .endsWith("site refused: fix the errors above first; " + slashes(site) + " is unchanged\n");
        assertThat(names(site)).containsExactly("index.html");
        assertThat(Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8)).isEqualTo("old");
    }

    @Test
    void refusesAFileForTheOutputFolder() throws IOException {
        Path file = Files.writeString(temp.resolve("file"), "x", StandardCharsets.UTF_8);

        assertThat(run("site", "--output", file.resolve("site").toString())).isEqualTo(2);

        assertThat(err.toString()).startsWith("--output " + slashes(file.resolve("site")) + ": " + slashes(file)
                + " is a file, not a folder; give a folder to write the site to\n");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
