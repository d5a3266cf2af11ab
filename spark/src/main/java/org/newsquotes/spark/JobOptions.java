package org.newsquotes.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.ColumnType;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Tables;

/**
 * The job's command line.
 *
 * @param inputs files or folders, as Hadoop file system paths or URIs, in the order given
 * @param table the table the files hold
 * @param output where the valid rows go as Parquet, or null to write none
 * @param partition how the valid rows are partitioned, or null for not at all
 * @param violations where the violations go, or null to write none
 * @param violationsFormat parquet or jsonl
 * @param reportOnly whether invalid rows still exit with 0
 */
record JobOptions(List<String> inputs, Table<?> table, String output, Partition partition, String violations,
        String violationsFormat, boolean reportOnly) {

    /** The help, printed by {@code --help}. */
    static final String HELP = String.join("\n",
            "Usage: spark-submit --class org.newsquotes.spark.QuotesSparkJob quotes-spark.jar [options] INPUT...",
            "Checks table files with the rules of `quotes validate FILE`, keeps the first row of each key in file and",
            "line order across all the files (they make one table), and writes the valid rows as Parquet with the",
            "table's exact schema.",
            "  INPUT...                     .jsonl or .csv files, or folders of them, on any Hadoop file system",
            "                               (file:, hdfs:, s3a:). JSON Lines files are read in splits, in parallel;",
            "                               each CSV file is read whole by one task (a quoted field may hold a line",
            "                               end, so a CSV file cannot be cut safely).",
            "  --table NAME                 the table the files hold (default: quotes)",
            "  --output DIR                 write the valid rows to DIR as Parquet",
            "  --partition-by COLUMN[:month|:year]",
            "                               partition the rows by a column's value, or by the month or year of a",
            "                               date column, in a folder level named COLUMN_part, COLUMN_month or",
            "                               COLUMN_year; every data file keeps every column of the table",
            "  --violations DIR             write the violations to DIR (file, line, rule, severity, column, message)",
            "  --violations-format FORMAT   parquet (default) or jsonl",
            "  --report-only                exit with 0 even when rows are invalid (not when the rows' export is",
            "                               refused: a file that cannot be read to its end, or has no valid row)",
            "Exit codes: 0 valid, 1 invalid data, 2 usage error, 3 internal error.");

    /**
     * How the rows are partitioned.
     *
     * @param column the table's column
     * @param unit month or year of a date column, or null for the column's value itself
     */
    record Partition(String column, String unit) {
        /** The name of the partition column, apart from every column of the table. */
        String folderColumn() {
            return column + "_" + (unit == null ? "part" : unit);
        }
    }

    /** The options of {@code args}; empty when help was asked for. */
    static Optional<JobOptions> parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String table = "quotes";
        String output = null;
        String partitionBy = null;
        String violations = null;
        String format = "parquet";
        boolean reportOnly = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    return Optional.empty();
                }
                case "--table" -> table = value(args, ++i, arg);
                case "--output" -> output = value(args, ++i, arg);
                case "--partition-by" -> partitionBy = value(args, ++i, arg);
                case "--violations" -> violations = value(args, ++i, arg);
                case "--violations-format" -> format = value(args, ++i, arg);
                case "--report-only" -> reportOnly = true;
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("unknown option " + arg + "; see --help");
                    }
                    inputs.add(arg);
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new UsageException("no input; give .jsonl or .csv files or folders of them");
        }
        String tableName = table;
        Table<?> named = Tables.named(tableName).orElseThrow(() -> new UsageException("--table " + tableName
                + ": no such table; the tables are " + Tables.names()));
        if (!format.equals("parquet") && !format.equals("jsonl")) {
            throw new UsageException("--violations-format " + format + ": give parquet or jsonl");
        }
        if (partitionBy != null && output == null) {
            throw new UsageException("--partition-by needs --output, the folder of the rows it partitions");
        }
        Partition partition = partitionBy == null ? null : partition(named, partitionBy);
        return Optional.of(new JobOptions(List.copyOf(inputs), named, output, partition, violations, format,
                reportOnly));
    }

    private static String value(String[] args, int at, String option) {
        if (at >= args.length || args[at].startsWith("--")) {
            throw new UsageException(option + " needs a value; see --help");
        }
        return args[at];
    }

    private static Partition partition(Table<?> table, String spec) {
        int colon = spec.indexOf(':');
        String name = colon < 0 ? spec : spec.substring(0, colon);
        String unit = colon < 0 ? null : spec.substring(colon + 1).toLowerCase(Locale.ROOT);
        int index = table.indexOf(name);
        if (index < 0) {
            throw new UsageException("--partition-by " + spec + ": " + name + " is not a column of " + table.name()
                    + "; the columns are " + table.columnNames());
        }
        Column<?> column = table.columns().get(index);
        if (unit != null) {
            if (!unit.equals("month") && !unit.equals("year")) {
                throw new UsageException("--partition-by " + spec + ": give COLUMN, COLUMN:month or COLUMN:year");
            }
            if (column.type() != ColumnType.DATE) {
                throw new UsageException("--partition-by " + spec + ": " + name + " is not a date; by month or year"
                        + " takes a date column");
            }
        } else if (column.type() != ColumnType.STRING && column.type() != ColumnType.INT32
                && column.type() != ColumnType.DATE) {
            throw new UsageException("--partition-by " + spec + ": " + name + " holds " + column.type()
                    .name().toLowerCase(Locale.ROOT) + "; partition by a text, whole number or date column");
        }
        return new Partition(name, unit);
    }

    /** A command line the job cannot run: its message is one line, which says what to give instead. */
    static final class UsageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
