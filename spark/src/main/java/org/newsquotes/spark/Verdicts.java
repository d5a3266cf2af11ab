package org.newsquotes.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.newsquotes.schema.Messages;
import org.newsquotes.schema.Severity;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.TableRules;

/**
 * What the checked rows come to, as the command judges a file: the later rows of each key (a shuffle by
 * key, the one step that needs rows of other tasks), the violations as the command reports them, and the
 * counts of each file. The job writes the rows of all its files as one table, so a key is unique across
 * them all: its first row in file and line order is kept, where the command, which writes each file
 * apart, checks keys file by file. On a single file the two agree.
 */
final class Verdicts {

    /** A duplicate key's violation comes after the row's own, as the command reports it. */
    private static final int DUPLICATE_SEQ = Integer.MAX_VALUE;
    private static final String NOT_CHECKED_AFTER = "; rows after this point are not checked";
    private static final String FIRST_FILE = "_first_file";
    private static final String FIRST_LINE = "_first_line";

    /**
     * The counts of one file.
     *
     * @param rows rows checked (up to where the file stopped being readable)
     * @param validRows rows without error, their keys' first or not
     * @param duplicateValidRows rows without error whose key an earlier row has, in this file or an earlier one
     * @param errors violations of severity error, the file's share of the summary
     * @param warnings violations of severity warning
     * @param unreadableAt the line where the file stopped being readable, or null when it was read to its end
     */
    record FileCounts(long rows, long validRows, long duplicateValidRows, long errors, long warnings,
            Integer unreadableAt) {
        /** Rows written: the valid rows that are their key's first. */
        long written() {
            return validRows - duplicateValidRows;
        }

        /** Rows left out: with an error, or a key seen before. */
        long invalid() {
            return rows - written();
        }
    }

    private final Dataset<Row> duplicates;
    private final Dataset<Row> violations;

    /**
     * @param checked the checked rows ({@link CheckedRows#schema})
     * @param shownFiles each file as reports show it, by its index
     */
    Verdicts(Dataset<Row> checked, Table<?> table, Map<Integer, String> shownFiles) {
        String key = table.primaryKey().isEmpty() ? null : table.primaryKey().get(0);
        WindowSpec byKey = Window.partitionBy(CheckedRows.KEY).orderBy(CheckedRows.FILE, CheckedRows.LINE);
        this.duplicates = checked.filter(col(CheckedRows.KEY).isNotNull())
                .select(CheckedRows.FILE, CheckedRows.LINE, CheckedRows.KEY, CheckedRows.VALID)
                .withColumn("_n", row_number().over(byKey))
                .withColumn(FIRST_FILE, first(CheckedRows.FILE).over(byKey))
                .withColumn(FIRST_LINE, first(CheckedRows.LINE).over(byKey))
                .filter(col("_n").gt(1)).drop("_n")
                .persist(StorageLevel.MEMORY_AND_DISK());
        this.violations = reported(rowViolations(checked).unionByName(duplicateViolations(key, shownFiles)))
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    /**
     * The later rows of each key: file, line, key, whether the row is otherwise valid, and the file and line
     * of the key's first row.
     */
    Dataset<Row> duplicates() {
        return duplicates;
    }

    /** The violations: file (index), line, seq, rule, severity, column, message; in no order. */
    Dataset<Row> violations() {
        return violations;
    }

    private static Dataset<Row> rowViolations(Dataset<Row> checked) {
        return checked.filter(size(col(CheckedRows.VIOLATIONS)).gt(0))
                .select(col(CheckedRows.FILE), col(CheckedRows.LINE), explode(col(CheckedRows.VIOLATIONS)).as("v"))
                .select(col(CheckedRows.FILE), col(CheckedRows.LINE), col("v.seq"), col("v.rule"), col("v.severity"),
                        col("v.column"), col("v.message"));
    }

    /**
     * A later row's violation: in the words of the command when the first row is in the same file, else
     * naming the file and line of the first row, which the command, checking files apart, never meets.
     */
    private Dataset<Row> duplicateViolations(String key, Map<Integer, String> shownFiles) {
        UserDefinedFunction quoted = org.apache.spark.sql.functions.udf(
                (UDF1<String, String>) Messages::quoted, DataTypes.StringType);
        HashMap<Integer, String> names = new HashMap<>(shownFiles);
        UserDefinedFunction shown = org.apache.spark.sql.functions.udf(
                (UDF1<Integer, String>) names::get, DataTypes.StringType);
        Column sameFile = col(FIRST_FILE).equalTo(col(CheckedRows.FILE));
        Column where = when(sameFile, lit(" is already the key of an earlier row"))
                .otherwise(concat(lit(" is already the key of the row at "), shown.apply(col(FIRST_FILE)), lit(":"),
                        col(FIRST_LINE).cast(DataTypes.StringType)));
        return duplicates.select(col(CheckedRows.FILE), col(CheckedRows.LINE), lit(DUPLICATE_SEQ).as("seq"),
                lit(TableRules.ID_UNIQUE.id()).as("rule"), lit(TableRules.ID_UNIQUE.severity().label()).as("severity"),
                lit(key).as("column"), concat(lit(key + " "), quoted.apply(col(CheckedRows.KEY)), where).as("message"));
    }

    /**
     * The violations as the command reports them: an unknown column once a file, at its first row; and
     * nothing after the line where a file stopped being readable, which says so.
     */
    private static Dataset<Row> reported(Dataset<Row> all) {
        Column unreadable = col("rule").equalTo(TableRules.UNREADABLE.id());
        Column unknown = col("rule").equalTo(TableRules.COLUMN_UNKNOWN.id());
        Dataset<Row> cut = all
                .withColumn("_stop", min(when(unreadable, coalesce(col(CheckedRows.LINE), lit(0))))
                        .over(Window.partitionBy(CheckedRows.FILE)))
                .withColumn("_n", when(unknown, row_number().over(Window.partitionBy(col(CheckedRows.FILE),
                        col("column"), unknown).orderBy(CheckedRows.LINE, "seq"))));
        Column line = coalesce(col(CheckedRows.LINE), lit(0));
        Column beforeStop = col("_stop").isNull().or(line.lt(col("_stop")))
                .or(line.equalTo(col("_stop")).and(unreadable));
        return cut.filter(beforeStop.and(col("_n").isNull().or(col("_n").equalTo(1))))
                .withColumn("message", when(unreadable, concat(col("message"), lit(NOT_CHECKED_AFTER)))
                        .otherwise(col("message")))
                .drop("_stop", "_n");
    }

    /** The counts of each file, by its index: three small aggregations, collected. */
    Map<Integer, FileCounts> counts(Dataset<Row> checked) {
        Map<Integer, Integer> stops = new HashMap<>();
        Map<Integer, long[]> severities = new HashMap<>();
        for (Row r : violations.groupBy(CheckedRows.FILE).agg(
                min(when(col("rule").equalTo(TableRules.UNREADABLE.id()), coalesce(col(CheckedRows.LINE), lit(0)))),
                sum(when(col("severity").equalTo(Severity.ERROR.label()), 1).otherwise(0)),
                sum(when(col("severity").equalTo(Severity.WARNING.label()), 1).otherwise(0))).collectAsList()) {
            if (!r.isNullAt(1)) {
                stops.put(r.getInt(0), r.getInt(1));
            }
            severities.put(r.getInt(0), new long[] {r.getLong(2), r.getLong(3)});
        }
        Map<Integer, Long> duplicateValid = new HashMap<>();
        for (Row r : duplicates.filter(col(CheckedRows.VALID)).groupBy(CheckedRows.FILE).agg(count(lit(1)))
                .collectAsList()) {
            duplicateValid.put(r.getInt(0), r.getLong(1));
        }
        Map<Integer, FileCounts> counts = new HashMap<>();
        List<Row> rows = checked.filter(col(CheckedRows.ROW)).groupBy(CheckedRows.FILE)
                .agg(count(lit(1)), sum(when(col(CheckedRows.VALID), 1).otherwise(0))).collectAsList();
        for (Row r : rows) {
            int file = r.getInt(0);
            long[] bySeverity = severities.getOrDefault(file, new long[2]);
            counts.put(file, new FileCounts(r.getLong(1), r.getLong(2), duplicateValid.getOrDefault(file, 0L),
                    bySeverity[0], bySeverity[1], stops.get(file)));
        }
        severities.forEach((file, bySeverity) -> counts.putIfAbsent(file, new FileCounts(0, 0, 0, bySeverity[0],
                bySeverity[1], stops.get(file))));
        return counts;
    }
}
