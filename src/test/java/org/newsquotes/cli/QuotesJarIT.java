package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.export.Tables;

/** The packaged jar, target/quotes.jar, run as users run it. */
class QuotesJarIT {

    private static final Path JAR = Path.of("target", "quotes.jar");

    @TempDir
    Path temp;

    /** What a finished run printed. */
    record Run(int exitCode, String out, String err) {
    }

    @Test
    void holdsNoHadoopClass() throws IOException {
        List<String> hadoop = new ArrayList<>();
        int parquet = 0;
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            for (ZipEntry entry : Collections.list(jar.entries())) {
                if (entry.getName().startsWith("org/apache/hadoop/")) {
                    hadoop.add(entry.getName());
                }
                if (entry.getName().startsWith("org/apache/parquet/hadoop/ParquetWriter")) {
                    parquet++;
                }
            }
        }

        assertThat(hadoop).isEmpty();
        assertThat(parquet).as("the Parquet writer is in the jar").isPositive();
    }

    @Test
    void writesParquetWithoutHadoopAndNothingOnStderr() throws IOException, InterruptedException {
        Path exports = temp.resolve("exports");

        Run export = run(List.of(), "export", "--output", exports.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.err()).isEmpty();
        assertThat(export.out()).contains("wrote " + exports.resolve("quotes.parquet") + " (");
        assertThat(Files.size(exports.resolve("quotes.parquet"))).isPositive();

        Run check = run(List.of(), "export", "--check", "--output", exports.toString());
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).isEqualTo(exports + " matches a fresh export of dataset ("
                + (Tables.definitions().size() * 4 + 3) + " files)\n");
    }

    @Test
    void validateLoadsNoParquetClass() throws IOException, InterruptedException {
        Run validate = run(List.of("-verbose:class"), "validate");

        assertThat(validate.exitCode()).as(validate.err()).isZero();
        assertThat(validate.out()).contains("org.newsquotes.cli.ValidateCommand", "\n0 errors, ")
                .doesNotContain("org.apache.parquet", "org.newsquotes.export.parquet", "com.github.luben");
    }

    private Run run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished: %s", command).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
