package org.newsquotes.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.year;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/** What the job writes: the valid rows as Parquet, and the violations as Parquet or JSON Lines. */
final class Outputs {

    private Outputs() {
    }

    /**
     * Writes the valid rows that are their key's first, with the table's exact schema (its columns, types and
     * nullability), in file and line order within each task's files; partitioned, when asked, by a column of its
     * own ({@link JobOptions.Partition#folderColumn}), so that every data file keeps every column of the table.
     */
    static void writeRows(SparkSession spark, Dataset<Row> checked, Dataset<Row> duplicates, JobOptions options) {
        StructType schema = CheckedRows.tableSchema(options.table());
        // Later rows of a key are few; a broadcast join keeps the rows in the order of their splits.
        Dataset<Row> rows = checked.filter(col(CheckedRows.ROW).and(col(CheckedRows.VALID)))
                .join(broadcast(duplicates.select(CheckedRows.FILE, CheckedRows.LINE)),
                        toSeq(List.of(CheckedRows.FILE, CheckedRows.LINE)), "left_anti");
        List<Column> columns = new ArrayList<>();
        for (StructField field : schema.fields()) {
            columns.add(col(field.name()));
        }
        JobOptions.Partition partition = options.partition();
        if (partition == null) {
            rows = rows.sortWithinPartitions(CheckedRows.FILE, CheckedRows.LINE).select(columns.toArray(Column[]::new));
            spark.createDataFrame(rows.javaRDD(), schema).write().parquet(options.output());
            return;
        }
        String folder = partition.folderColumn();
        Column value = partition.unit() == null ? col(partition.column())
                : partition.unit().equals("month") ? date_format(col(partition.column()), "yyyy-MM")
                : year(col(partition.column()));
        rows = rows.withColumn(folder, value).sortWithinPartitions(folder, CheckedRows.FILE, CheckedRows.LINE);
        columns.add(col(folder));
        StructType withFolder = schema.add(DataTypes.createStructField(folder,
                rows.schema().apply(folder).dataType(), true));
        spark.createDataFrame(rows.select(columns.toArray(Column[]::new)).javaRDD(), withFolder)
                .write().partitionBy(folder).parquet(options.output());
    }

    /** Writes the violations in file, line and report order: file (as shown), line, rule, severity, column, message. */
    static void writeViolations(SparkSession spark, Dataset<Row> violations, List<InputFiles.InputFile> files,
            JobOptions options) {
        List<Row> names = new ArrayList<>();
        for (InputFiles.InputFile file : files) {
            names.add(RowFactory.create(file.index(), file.shown()));
        }
        Dataset<Row> shown = spark.createDataFrame(names, new StructType()
                .add(CheckedRows.FILE, DataTypes.IntegerType, false).add("file", DataTypes.StringType, false));
        Dataset<Row> table = violations.join(broadcast(shown), CheckedRows.FILE)
                .orderBy(CheckedRows.FILE, CheckedRows.LINE, "seq")
                .select(col("file"), col(CheckedRows.LINE).as("line"), col("rule"), col("severity"), col("column"),
                        col("message"));
        if (options.violationsFormat().equals("jsonl")) {
            table.write().option("ignoreNullFields", "false").json(options.violations());
        } else {
            table.write().parquet(options.violations());
        }
    }

    private static Seq<String> toSeq(List<String> names) {
        return CollectionConverters.asScala(names).toList();
    }
}
