package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.testing.Fixtures;

class DocsCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void theBundledDataCardIsUpToDate() {
        assertThat(run("docs", "--check")).as(err.toString()).isZero();
    }

    @Test
    void fillsTheCountsFromTheDataAndThenReportsNoChange() throws IOException {
        Path dataset = Fixtures.copyOfValid(temp);
        Path card = dataset.resolve("README.md");
        Files.writeString(card, "# Card\n<!-- counts:documents:start -->\nstale\n<!-- counts:documents:end -->\n"
                + "<!-- counts:kinds:start -->\n<!-- counts:kinds:end -->\n"
                + "<!-- counts:speakers:start -->\n<!-- counts:speakers:end -->\n", StandardCharsets.UTF_8);

        assertThat(run("docs", "--check", "--dataset", dataset.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is stale: run `quotes docs` and commit the result");
        assertThat(run("docs", "--dataset", dataset.toString())).isZero();

        assertThat(Files.readString(card, StandardCharsets.UTF_8)).contains(
                "| d001 | Example Times | high | 2022-01-21 | 2 | 2 | 1 |\n",
                "| quote | fragment | 1 |\n",
                "| Ada Example (`ada-example`) | person | 1 | 0 |\n").doesNotContain("stale");
        assertThat(run("docs", "--check", "--dataset", dataset.toString())).isZero();
    }
}
