package org.newsquotes.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of the tests, local with two threads on the loopback address only, with its
 * scratch files under target/; and the command line jar of the root project, run as another process.
 */
final class SharedSpark {

    /** The split size of the tests' JSON Lines files: small, so that a file of a few MB is read in many splits. */
    static final long SPLIT_BYTES = 200_000;

    private static SparkSession session;

    private SharedSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("quotes-spark-tests")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.ui.enabled", "false")
                    .config("spark.local.dir", Path.of("target/spark-local").toAbsolutePath().toString())
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.sql.session.timeZone", "UTC")
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
            session.sparkContext().hadoopConfiguration()
                    .setLong("mapreduce.input.fileinputformat.split.maxsize", SPLIT_BYTES);
        }
        return session;
    }

    /**
     * What the job said and its exit code.
     *
     * @param code the exit code
     * @param out its standard output
     * @param err its standard error
     */
    record Run(int code, String out, String err) {
    }

    /** Runs the job in the shared session. */
    static Run job(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = QuotesSparkJob.run(session(), args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The root project's command line jar, which `.ci/run` builds before this project. */
    static final Path QUOTES_JAR = Path.of("../target/quotes.jar");

    /** Runs {@code java -jar ../target/quotes.jar args} in this project's folder. */
    static Run quotes(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=UTC", "-jar", QUOTES_JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(Path.of("target"), "quotes-out", ".txt");
        Path err = Files.createTempFile(Path.of("target"), "quotes-err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("quotes " + String.join(" ", args) + " did not end in 5 minutes");
        }
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }
}
