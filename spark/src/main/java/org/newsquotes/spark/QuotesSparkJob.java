package org.newsquotes.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsquotes.schema.Messages;

/**
 * The Spark job: checks table files with the command's row rules, keeps the first row of each key in file and
 * line order, writes the valid rows as Parquet and the violations as a table, and says what it found as
 * {@code quotes export --input} says it. Run it with {@code spark-submit}; {@code --help} lists its options.
 */
public final class QuotesSparkJob {

    /** Exit codes, as the command's. */
    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private QuotesSparkJob() {
    }

    /** Runs the job in the session that spark-submit configures, and exits with its exit code. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code;
        Optional<JobOptions> options;
        try {
            options = JobOptions.parse(args);
        } catch (JobOptions.UsageException e) {
            err.println("quotes-spark: error: " + e.getMessage());
            System.exit(USAGE);
            return;
        }
        if (options.isEmpty()) {
            out.println(JobOptions.HELP);
            System.exit(OK);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("quotes-spark").getOrCreate();
        try {
            code = run(spark, options.get(), out, err);
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /**
     * Runs the job with the command line {@code args} in {@code spark}.
     *
     * @return the exit code
     */
    static int run(SparkSession spark, String[] args, PrintStream out, PrintStream err) {
        Optional<JobOptions> options;
        try {
            options = JobOptions.parse(args);
        } catch (JobOptions.UsageException e) {
            err.println("quotes-spark: error: " + e.getMessage());
            return USAGE;
        }
        if (options.isEmpty()) {
            out.println(JobOptions.HELP);
            return OK;
        }
        return run(spark, options.get(), out, err);
    }

    private static int run(SparkSession spark, JobOptions options, PrintStream out, PrintStream err) {
        try {
            return new QuotesRun(spark, options, out, err).run();
        } catch (JobOptions.UsageException e) {
            err.println("quotes-spark: error: " + e.getMessage());
            return USAGE;
        } catch (IOException e) {
            err.println("quotes-spark: error: " + e.getMessage());
            return INTERNAL;
        }
    }

    /** One run: the passes over the files, then the outputs and the report. */
    private static final class QuotesRun {
        private final SparkSession spark;
        private final JobOptions options;
        private final PrintStream out;
        private final PrintStream err;
        private final Configuration conf;

        QuotesRun(SparkSession spark, JobOptions options, PrintStream out, PrintStream err) {
            this.spark = spark;
            this.options = options;
            this.out = out;
            this.err = err;
            this.conf = spark.sparkContext().hadoopConfiguration();
        }

        int run() throws IOException {
            refuseExisting(options.output(), "--output");
            refuseExisting(options.violations(), "--violations");
            List<InputFiles.InputFile> files = InputFiles.list(options.inputs(), conf);
            // The rows' dates are java.time.LocalDate, as the rules give them, whatever the time zone.
            spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
            Dataset<Row> checked = RowsOfFiles.checked(spark, new JavaSparkContext(spark.sparkContext()),
                    options.table(), files).persist(StorageLevel.MEMORY_AND_DISK());
            try {
                Verdicts verdicts = new Verdicts(checked, options.table(), files.stream().collect(
                        Collectors.toMap(InputFiles.InputFile::index, InputFiles.InputFile::shown)));
                Map<Integer, Verdicts.FileCounts> counts = verdicts.counts(checked);
                long errors = counts.values().stream().mapToLong(Verdicts.FileCounts::errors).sum();
                long warnings = counts.values().stream().mapToLong(Verdicts.FileCounts::warnings).sum();
                err.println(Messages.count(errors, "error") + ", " + Messages.count(warnings, "warning") + " in "
                        + Messages.count(files.size(), "file"));
                if (options.violations() != null) {
                    Outputs.writeViolations(spark, verdicts.violations(), files, options);
                    out.println("wrote " + options.violations() + " (" + (errors + warnings) + " violations)");
                }
                long invalid = counts.values().stream().mapToLong(Verdicts.FileCounts::invalid).sum();
                if (options.output() != null) {
                    List<String> refusals = refusals(files, counts);
                    if (!refusals.isEmpty()) {
                        refusals.forEach(r -> err.println("export refused: " + r + "; nothing is written to "
                                + options.output()));
                        return INVALID;
                    }
                    Outputs.writeRows(spark, checked, verdicts.duplicates(), options);
                    long written = counts.values().stream().mapToLong(Verdicts.FileCounts::written).sum();
                    out.println("wrote " + options.output() + " (" + written + " rows)");
                    if (invalid > 0) {
                        err.println(Messages.count(invalid, "invalid row") + " left out of the export");
                    }
                }
                return errors > 0 && !options.reportOnly() ? INVALID : OK;
            } finally {
                checked.unpersist();
            }
        }

        private void refuseExisting(String folder, String option) throws IOException {
            if (folder != null) {
                Path path = new Path(folder);
                if (path.getFileSystem(conf).exists(path)) {
                    throw new JobOptions.UsageException(option + " " + folder + " exists; give a folder that does"
                            + " not, so that nothing is overwritten");
                }
            }
        }

        /** Why the rows must not be written, as the command says it: one sentence for each file that says so. */
        private static List<String> refusals(List<InputFiles.InputFile> files, Map<Integer, Verdicts.FileCounts> counts) {
            List<String> refusals = new ArrayList<>();
            for (InputFiles.InputFile file : files) {
                Verdicts.FileCounts c = counts.get(file.index());
                if (c == null) {
                    continue;
                }
                if (c.unreadableAt() != null) {
                    refusals.add(file.shown() + " could not be read to its end");
                } else if (c.rows() > 0 && c.validRows() == 0) {
                    refusals.add("every one of the " + c.rows() + " rows of " + file.shown() + " has an error, so its"
                            + " export would hold no row; check that it holds the table you meant (--table)");
                }
            }
            return refusals;
        }
    }
}
