package org.newsquotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages' dependencies point one way: model → schema → load, validate, export, generate, extract, evaluate, site → bulk
 * → cli. A class may import its own package's classes (and its sub-packages') and those of lower layers,
 * never those of its own layer's other packages or of a layer above.
 */
class LayersTest {

    private static final Path MAIN = Path.of("src/main/java/org/newsquotes");

    /** Each top-level package's layer, bottom up. */
    private static final Map<String, Integer> LAYERS = Map.ofEntries(Map.entry("model", 1),
            Map.entry("schema", 2), Map.entry("load", 3), Map.entry("validate", 3), Map.entry("export", 3),
            Map.entry("generate", 3), Map.entry("extract", 3), Map.entry("evaluate", 3), Map.entry("site", 3),
            Map.entry("bulk", 4), Map.entry("cli", 5));

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.newsquotes\\.(\\w+)\\.",
            Pattern.MULTILINE);

    @Test
    void everyPackageHasALayer() throws IOException {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            assertThat(dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()))
                    .allSatisfy(name -> assertThat(LAYERS).containsKey(name));
        }
    }

    @Test
    void importsPointDownTheLayers() throws IOException {
        List<String> upward = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> upward.addAll(upwardImports(f)));
        }
        assertThat(upward).isEmpty();
    }

    @Test
    void findsAnImportThatPointsUp() throws IOException {
        Path file = Files.createTempFile("Upward", ".java");
        try {
            Files.writeString(file, "package org.newsquotes.schema;\nimport org.newsquotes.export.TableWriter;\n");
            assertThat(upwardImports(file, "schema")).containsExactly(file + ": schema imports export");
        } finally {
            Files.delete(file);
        }
    }

    private static List<String> upwardImports(Path file) {
        return upwardImports(file, MAIN.relativize(file).getName(0).toString());
    }

    private static List<String> upwardImports(Path file, String from) {
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> upward = new ArrayList<>();
        Matcher m = IMPORT.matcher(source);
        while (m.find()) {
            String to = m.group(1);
            if (!to.equals(from) && LAYERS.getOrDefault(to, Integer.MAX_VALUE) >= LAYERS.get(from)) {
                upward.add(file + ": " + from + " imports " + to);
            }
        }
        return upward;
    }
}
