package org.newsquotes.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsquotes.schema.Table;
import scala.Tuple3;

/**
 * The checked rows of every file: the JSON Lines files in splits, after a first pass that counts each
 * split's lines so that each task knows the line its split starts on; each CSV file in one task.
 */
final class RowsOfFiles {

    private RowsOfFiles() {
    }

    /** The checked rows ({@link CheckedRows#schema}) of {@code files}, not yet computed. */
    static Dataset<Row> checked(SparkSession spark, JavaSparkContext jsc, Table<?> table,
            List<InputFiles.InputFile> files) throws IOException {
        List<InputFiles.InputFile> jsonLines = files.stream().filter(f -> !f.csv()).toList();
        List<InputFiles.InputFile> csv = files.stream().filter(InputFiles.InputFile::csv).toList();
        JavaRDD<Row> rows = jsc.emptyRDD();
        if (!jsonLines.isEmpty()) {
            rows = rows.union(jsonLinesRows(jsc, table, jsonLines));
        }
        if (!csv.isEmpty()) {
            rows = rows.union(jsc.parallelize(csv, csv.size())
                    .flatMap(new CsvTask(table.name(), new HadoopConf(jsc.hadoopConfiguration()))));
        }
        return spark.createDataFrame(rows, CheckedRows.schema(table));
    }

    private static JavaRDD<Row> jsonLinesRows(JavaSparkContext jsc, Table<?> table, List<InputFiles.InputFile> files)
            throws IOException {
        Job job = Job.getInstance(jsc.hadoopConfiguration());
        FileInputFormat.setInputPaths(job, files.stream().map(f -> new Path(f.uri())).toArray(Path[]::new));
        // The cast is the documented way to the splits: newAPIHadoopRDD makes a JavaNewHadoopRDD.
        @SuppressWarnings("unchecked")
        JavaNewHadoopRDD<LongWritable, Text> text = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopRDD(
                job.getConfiguration(), TextInputFormat.class, LongWritable.class, Text.class);
        List<Tuple3<String, Long, Long>> counts = text.mapPartitionsWithInputSplit(JsonLinesTask.countLines(), false)
                .collect();
        Map<String, Integer> fileIndex = new HashMap<>();
        for (InputFiles.InputFile file : files) {
            fileIndex.put(file.uri(), file.index());
        }
        return text.mapPartitionsWithInputSplit(JsonLinesTask.check(table.name(), fileIndex, firstLines(counts)),
                true);
    }

    /** The line each split starts on: one more than the lines of the splits of its file before it. */
    static Map<String, Integer> firstLines(List<Tuple3<String, Long, Long>> counts) {
        List<Tuple3<String, Long, Long>> sorted = new ArrayList<>(counts);
        sorted.sort(Comparator.comparing((Tuple3<String, Long, Long> t) -> t._1()).thenComparing(Tuple3::_2));
        Map<String, Integer> first = new HashMap<>();
        String file = null;
        long line = 1;
        for (Tuple3<String, Long, Long> split : sorted) {
            if (!split._1().equals(file)) {
                file = split._1();
                line = 1;
            }
            if (line + split._3() > Integer.MAX_VALUE) {
                throw new IllegalStateException(file + " has more lines than the rules count (" + Integer.MAX_VALUE
                        + ")");
            }
            first.put(JsonLinesTask.splitKey(file, split._2()), (int) line);
            line += split._3();
        }
        return first;
    }
}
