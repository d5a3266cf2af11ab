package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The repository's own dataset: valid, with sources identical to their recorded hashes. */
class BundledDatasetTest {

    private static final Path DATASET = Path.of("dataset");

    @Test
    void theBundledDatasetIsValid() throws IOException {
        DatasetCheck check = DatasetCheck.run(DATASET, Clock.systemUTC());

        assertThat(check.violations()).map(v -> v.toCompilerStyle()).isEmpty();
        assertThat(check.fails(true)).isFalse();
        assertThat(check.dataset().documents()).hasSize(5);
    }

    @Test
    void everySourceHasOneDocumentRecord() throws IOException {
        DatasetCheck check = DatasetCheck.run(DATASET, Clock.systemUTC());
        List<String> sources;
        try (Stream<Path> files = Files.list(DATASET.resolve("sources"))) {
            sources = files.map(p -> p.getFileName().toString()).sorted().toList();
        }

        assertThat(check.dataset().documents()).extracting(d -> d.source()).containsExactlyElementsOf(sources);
        assertThat(check.dataset().documents())
                .allSatisfy(d -> assertThat(check.dataset().sourceOf(d).orElseThrow().sha256()).isEqualTo(d.sha256()));
    }
}
