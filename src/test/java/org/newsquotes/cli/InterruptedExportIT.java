package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar stopped in the middle of a bulk export, by SIGTERM (as Ctrl-C or a service manager
 * stops it) and by SIGKILL: the output folder keeps its earlier files, and nothing the run staged is
 * left behind once the next run has started.
 */
class InterruptedExportIT {

    private static final Path JAR = Path.of("target", "quotes.jar");

    @TempDir
    Path temp;

    @Test
    void sigtermRemovesTheStagedFilesAndSaysTheFolderIsUnchanged() throws Exception {
        Path output = outputWithAnEarlierExport();
        Path err = temp.resolve("err.txt");
        Process export = startExport(output, err);

        waitForStagedBytes(output, export);
        export.destroy();

        assertThat(export.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(err, StandardCharsets.UTF_8))
                .endsWith("quotes: interrupted; " + output + " is unchanged\n");
        assertThat(entries(output)).containsExactly("outlets.csv");
        assertThat(output.resolve("outlets.csv")).hasContent("an earlier export");
    }

    @Test
    void theRunAfterAKilledOneRemovesWhatItStagedAndSaysSo() throws Exception {
        Path output = outputWithAnEarlierExport();
        Process killed = startExport(output, temp.resolve("killed.txt"));
        waitForStagedBytes(output, killed);
        killed.destroyForcibly().waitFor();
        assertThat(entries(output)).anyMatch(name -> name.startsWith(".staging-"));

        Path err = temp.resolve("err.txt");
        Process next = new ProcessBuilder(java(), "-jar", JAR.toString(), "export", "--table", "outlets", "--input",
                outlets(10).toString(), "--output", output.toString(), "--format", "csv")
                .redirectError(err.toFile()).redirectOutput(temp.resolve("out.txt").toFile()).start();

        assertThat(next.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(next.exitValue()).as(Files.readString(err)).isZero();
        assertThat(Files.readString(err, StandardCharsets.UTF_8))
                .startsWith("quotes: " + output + ": removed what an interrupted run left (.staging-");
        assertThat(entries(output)).containsExactly("outlets.csv");
        assertThat(Files.readAllLines(output.resolve("outlets.csv"))).hasSize(11);
    }

    private Path outputWithAnEarlierExport() throws IOException {
        Path output = temp.resolve("out");
        Files.createDirectories(output);
        Files.writeString(output.resolve("outlets.csv"), "an earlier export", StandardCharsets.UTF_8);
        return output;
    }

    /** Starts a bulk export of a file large enough to take seconds, into {@code output}. */
    private Process startExport(Path output, Path err) throws IOException {
        return new ProcessBuilder(java(), "-jar", JAR.toString(), "export", "--table", "outlets", "--input",
                outlets(3_000_000).toString(), "--output", output.toString(), "--format", "parquet,csv")
                .redirectError(err.toFile()).redirectOutput(temp.resolve("out.txt").toFile()).start();
    }

    /** Waits until the run has staged some bytes of its files. */
    private static void waitForStagedBytes(Path output, Process process) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (Stream<Path> files = Files.walk(output)) {
                if (files.anyMatch(p -> p.getParent().getFileName().toString().startsWith(".staging-")
                        && p.toFile().length() > 0)) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the export staged nothing while it ran");
    }

    private Path outlets(int rows) throws IOException {
        Path file = temp.resolve(Integer.toString(rows)).resolve("outlets.jsonl");
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = 0; i < rows; i++) {
                    out.write("{\"outlet_id\":\"outlet-" + (10_000_000 + i)
                            + "\",\"name\":\"O\",\"kind\":\"newspaper\",\"document_ids\":[\"d000\"]}\n");
                }
            }
        }
        return file;
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
