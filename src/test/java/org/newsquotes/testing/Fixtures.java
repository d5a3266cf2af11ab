package org.newsquotes.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test datasets: copies of the fixtures under src/test/resources/fixtures, edited one change at a time. */
public final class Fixtures {

    /** The small valid dataset, with a character outside the Basic Multilingual Plane. */
    public static final Path VALID = Path.of("src/test/resources/fixtures/valid");

    private Fixtures() {
    }

    /** The bundled dataset. */
    public static final Path BUNDLED = Path.of("dataset");

    /** A fresh copy of the valid fixture in {@code folder}. */
    public static Path copyOfValid(Path folder) {
        return copy(VALID, folder);
    }

    /** A fresh copy of the bundled dataset in {@code folder}. */
    public static Path copyOfBundled(Path folder) {
        return copy(BUNDLED, folder);
    }

    private static Path copy(Path from, Path folder) {
        Path target = folder.resolve("dataset");
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path copy = target.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Replaces the one occurrence of {@code from} in {@code file} with {@code to}. */
    public static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int at = text.indexOf(from);
            assertThat(at).as("%s occurs in %s", from, file).isNotNegative();
            assertThat(text.indexOf(from, at + 1)).as("%s occurs once in %s", from, file).isNegative();
            Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
