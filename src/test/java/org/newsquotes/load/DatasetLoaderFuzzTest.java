package org.newsquotes.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.newsquotes.schema.Violation;
import org.newsquotes.testing.Fixtures;
import org.newsquotes.validate.Rules;
import org.newsquotes.validate.Validator;

/**
 * Coverage-guided fuzzing of the YAML loader and the dataset rules: any bytes in place of one file of
 * a valid dataset give violations, never an exception, and quickly. The dataset is copied once; each
 * input overwrites one of its YAML files, which is put back afterwards. Under {@code mvn test} this
 * runs the seed inputs in {@code DatasetLoaderFuzzTestInputs/}; see {@code bench/fuzz.sh} for a
 * fuzzing run.
 */
class DatasetLoaderFuzzTest {

    /** The files an input can replace; its first byte picks one. */
    private static final List<String> FILES = List.of("outlets.yaml", "speakers.yaml", "utterances.yaml",
            "claim-groups.yaml", "documents/d001.yaml");

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T00:00:00Z"), ZoneOffset.UTC);

    private static final Path DATASET = copy();

    @FuzzTest
    void reportsAnyYamlAsViolations(FuzzedDataProvider data) throws IOException {
        Path file = DATASET.resolve(FILES.get(data.consumeInt(0, FILES.size() - 1)));
        byte[] original = Files.readAllBytes(file);
        Files.write(file, data.consumeRemainingAsBytes());
        try {
            List<Violation> found = check(DATASET);
            assertThat(found).allSatisfy(v -> assertThat(v.message()).isNotBlank());
        } finally {
            Files.write(file, original);
        }
    }

    /** Loads {@code dataset} and runs the dataset rules, as the validate command does. */
    private static List<Violation> check(Path dataset) throws IOException {
        LoadResult loaded = new DatasetLoader(dataset.getParent()).load(dataset);
        List<Violation> all = new ArrayList<>(loaded.problems());
        all.addAll(new Validator(Rules.datasetRules(CLOCK)).validate(loaded.dataset()));
        return all;
    }

    private static Path copy() {
        try {
            Path dir = Files.createTempDirectory(Path.of("target"), "yaml-fuzz");
            return Fixtures.copyOfValid(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
