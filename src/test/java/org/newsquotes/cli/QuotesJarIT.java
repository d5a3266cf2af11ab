package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsquotes.export.TableWriter;
import org.newsquotes.export.csv.CsvTableWriter;
import org.newsquotes.export.json.JsonTableWriter;
import org.newsquotes.generate.QuoteCorpusGenerator;
import org.newsquotes.schema.Tables;

/** The packaged jar, target/quotes.jar, run as users run it; each test in its own folders, side by side. */
@Execution(ExecutionMode.CONCURRENT)
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
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            assertThat(jar.getEntry("gg/jte/TemplateEngine.class")).as("jte's runtime is in the jar").isNotNull();
            assertThat(jar.getEntry("org/newsquotes/site/templates/JtedocumentGenerated.class"))
                    .as("the compiled templates are in the jar").isNotNull();
        }
    }

    @Test
    void writesTheSameSiteUnderAnotherLocaleTimeZoneAndCharset() throws IOException, InterruptedException {
        Path plain = temp.resolve("site");
        Path other = temp.resolve("other-site");

        Run first = run(List.of(), "site", "--output", plain.toString());
        Run second = run(List.of("-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati",
                "-Dfile.encoding=ISO-8859-1"), "site", "--output", other.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        List<String> names;
        try (Stream<Path> files = Files.list(plain)) {
            names = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertThat(names).contains("index.html", "d000.html", "style.css", "site.js");
        try (Stream<Path> files = Files.list(other)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactlyElementsOf(names);
        }
        for (String name : names) {
            assertThat(Files.readAllBytes(other.resolve(name))).as(name).isEqualTo(Files.readAllBytes(plain.resolve(name)));
        }
    }

    @Test
    void writesParquetWithoutHadoopAndOnlyTheSummaryOnStderr() throws IOException, InterruptedException {
        Path exports = temp.resolve("exports");

        Run export = run(List.of(), "export", "--output", exports.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.err()).matches("0 errors, 0 warnings in [0-9]+ files\n");
        assertThat(export.out()).contains("wrote " + exports.resolve("quotes.parquet") + " (");
        assertThat(Files.size(exports.resolve("quotes.parquet"))).isPositive();

        Run check = run(List.of(), "export", "--check", "--output", exports.toString());
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).isEqualTo(exports + " matches a fresh export of dataset ("
                + (Tables.definitions().size() * 4 + 3 + 5) + " files)\n");
        assertThat(exports.resolve("citron/d004.json")).isRegularFile();
    }

    @Test
    void validateLoadsNoParquetClass() throws IOException, InterruptedException {
        Run validate = run(List.of("-verbose:class"), "validate");

        assertThat(validate.exitCode()).as(validate.err()).isZero();
        assertThat(validate.out()).contains("org.newsquotes.cli.ValidateCommand", "\n0 errors, ")
                .doesNotContain("org.apache.parquet", "org.newsquotes.export.parquet", "com.github.luben");
    }

    /**
     * A table file, read by the bulk pipeline, is checked without any Parquet class, while the same file
     * exported to Parquet loads them: the class log of the second run shows that the first would
     * show them too.
     */
    @ParameterizedTest
    @ValueSource(strings = {"jsonl", "csv"})
    void validatingATableFileLoadsNoParquetClass(String extension) throws IOException, InterruptedException {
        Path file = temp.resolve("corpus." + extension);
        QuoteCorpusGenerator generator = new QuoteCorpusGenerator(new QuoteCorpusGenerator.Options(3000, 5, 0.02));
        TableWriter writer = extension.equals("csv") ? new CsvTableWriter() : JsonTableWriter.lines();
        writer.write(generator.table(), generator.rows(), file);

        Run validate = run(List.of("-verbose:class"), "validate", file.toString());
        Run export = run(List.of("-verbose:class"), "export", "--input", file.toString(), "--output",
                temp.resolve("out").toString(), "--format", "parquet");

        assertThat(validate.exitCode()).as(validate.err()).isEqualTo(1);
        // The class log shares stdout with the report, and may cut its lines: only whole names are looked for.
        assertThat(validate.out()).contains("org.newsquotes.bulk.RowChecker")
                .doesNotContain("org.apache.parquet", "org.newsquotes.export.parquet", "com.github.luben",
                        "org.newsquotes.bulk.ParquetOutput");
        assertThat(export.exitCode()).as(export.err()).isEqualTo(1);
        assertThat(export.out()).contains("org.newsquotes.bulk.ParquetOutput",
                "org.newsquotes.export.parquet.RowGroupEncoder", "org.apache.parquet", "com.github.luben");
    }

    /**
     * 1.5 million short rows of the outlets table: about 34 MB of ids for the uniqueness check, more than
     * a heap of 24 MB holds, while a run starts and reads rows in it.
     */
    private Path manyOutlets() throws IOException {
        Path file = temp.resolve("outlets.jsonl");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 1_500_000; i++) {
                out.write("{\"outlet_id\":\"outlet-" + (10_000_000 + i)
                        + "\",\"name\":\"O\",\"kind\":\"newspaper\",\"document_ids\":[\"d000\"]}\n");
            }
        }
        return file;
    }

    @Test
    void moreIdsThanTheHeapHoldsEndTheRunWithTheHeapToGive() throws IOException, InterruptedException {
        Path file = manyOutlets();

        Run validate = run(List.of("-XX:+UseSerialGC", "-Xmx24m"), "validate", "--table", "outlets", file.toString());

        assertThat(validate.exitCode()).as(validate.err()).isEqualTo(3);
        assertThat(validate.err()).matches("quotes: error: out of memory after [1-9][0-9]* rows of "
                + Pattern.quote(file.toString()) + ": the uniqueness check holds [1-9][0-9]* ids in [0-9]+ MB of the"
                + " 2[0-9] MB Java heap, and the file holds about 1[45][0-9]{5} rows, whose ids need about [1-9][0-9] MB;"
                + " run it again with a heap of -Xmx256m or more \\(JAVA_OPTS=-Xmx256m bin/quotes …, or java -Xmx256m"
                + " -jar quotes.jar …\\); for files past one machine's memory, the Spark job \\(spark/, see the README's"
                + " \"Past one machine\"\\) checks and exports them on a cluster\n");
    }

    @Test
    void aHeapTooSmallForThePassItselfEndsTheRunRatherThanLeavingItWaiting() throws IOException, InterruptedException {
        Path file = manyOutlets();

        // At 12 MB the threads of the pass run out of heap outside their tasks too, where the pool runs them.
        Run validate = run(List.of("-Xmx12m"), "validate", "--table", "outlets", file.toString());

        assertThat(validate.exitCode()).as(validate.err()).isEqualTo(3);
        assertThat(validate.err()).startsWith("quotes: error: out of memory")
                .containsPattern(" -jar quotes\\.jar …\\)(; for files past one machine's memory, .*)?\n$").hasLineCount(1);
    }

    @Test
    void runningOutOfHeapInAnExportLeavesTheOutputFolderUnchanged() throws IOException, InterruptedException {
        Path file = manyOutlets();
        Path output = temp.resolve("out");
        Files.createDirectories(output);
        Files.writeString(output.resolve("outlets.csv"), "an earlier export\n", StandardCharsets.UTF_8);

        Run export = run(List.of("-XX:+UseSerialGC", "-Xmx24m"), "export", "--table", "outlets", "--input",
                file.toString(), "--output", output.toString(), "--format", "parquet,csv");

        assertThat(export.exitCode()).as(export.err()).isEqualTo(3);
        assertThat(export.err()).startsWith("quotes: error: out of memory after ")
                .endsWith("; " + output + " is unchanged\n");
        try (Stream<Path> left = Files.list(output)) {
            assertThat(left).containsExactly(output.resolve("outlets.csv"));
        }
        assertThat(Files.readString(output.resolve("outlets.csv"), StandardCharsets.UTF_8))
                .isEqualTo("an earlier export\n");
    }

    @Test
    void aLineLongerThanTheHeapCanReadEndsTheRunWithTheHeapToGive() throws IOException, InterruptedException {
        Path file = temp.resolve("long.jsonl");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"quote_id\":\"d000-q00\",\"text\":\"");
            char[] text = new char[1 << 20];
            Arrays.fill(text, 'a');
            for (int i = 0; i < 64; i++) {
                out.write(text);
            }
            out.write("\"}\n");
        }

        Run validate = run(List.of("-XX:+UseSerialGC", "-Xmx32m"), "validate", file.toString());

        assertThat(validate.exitCode()).as(validate.err()).isEqualTo(3);
        assertThat(validate.err()).matches("quotes: error: out of memory after 0 rows of "
                + Pattern.quote(file.toString())
                + " in a Java heap of [23][0-9] MB; run it again with a heap of -Xmx256m or more \\(.*\\)\n");
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
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("not finished in 120 s: " + command + "\n"
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
