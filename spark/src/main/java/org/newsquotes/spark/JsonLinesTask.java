package org.newsquotes.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Row;
import org.newsquotes.schema.ReadLimits;
import org.newsquotes.schema.TableRules;
import org.newsquotes.schema.Tables;
import org.newsquotes.validate.table.RowRules;
import org.newsquotes.validate.table.RowViolation;
import scala.Tuple2;
import scala.Tuple3;

/**
 * The tasks over the splits of JSON Lines files, read by Hadoop's TextInputFormat, whose lines end as the
 * command's do (a line feed, a carriage return and line feed, or a carriage return alone), and whose
 * first line of a file loses a UTF-8 byte-order mark, which the command's JSON parser skips too.
 */
final class JsonLinesTask {

    private JsonLinesTask() {
    }

    /** The split's where (file, first byte) and how many lines start in it: the first pass. */
    static Function2<InputSplit, Iterator<Tuple2<LongWritable, Text>>, Iterator<Tuple3<String, Long, Long>>>
            countLines() {
        return (split, lines) -> {
            long count = 0;
            while (lines.hasNext()) {
                lines.next();
                count++;
            }
            FileSplit file = (FileSplit) split;
            return List.of(new Tuple3<>(file.getPath().toString(), file.getStart(), count)).iterator();
        };
    }

    /** The key of a split in the map of first lines. */
    static String splitKey(String uri, long start) {
        return start + "@" + uri;
    }

    /**
     * Checks each row of a split with one {@link RowRules} for the task, at its line in its file.
     *
     * @param table the table's name
     * @param fileIndex each file's place, by its full path
     * @param firstLines the line of each split's first line, by {@link #splitKey}
     */
    static Function2<InputSplit, Iterator<Tuple2<LongWritable, Text>>, Iterator<Row>> check(String table,
            Map<String, Integer> fileIndex, Map<String, Integer> firstLines) {
        return (split, lines) -> {
            FileSplit file = (FileSplit) split;
            String uri = file.getPath().toString();
            int index = fileIndex.get(uri);
            int first = firstLines.get(splitKey(uri, file.getStart()));
            RowRules rules = RowRules.of(Tables.named(table).orElseThrow());
            int columns = rules.table().columns().size();
            return new Iterator<Row>() {
                private int line = first - 1;
                private Row next;

                @Override
                public boolean hasNext() {
                    while (next == null && lines.hasNext()) {
                        Text text = lines.next()._2();
                        line++;
                        next = checkLine(rules, index, text, line, columns);
                    }
                    return next != null;
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    Row row = next;
                    next = null;
                    return row;
                }
            };
        };
    }

    /** The checked row of one line; null for a line of spaces and tabs alone, which holds no row. */
    private static Row checkLine(RowRules rules, int file, Text text, int line, int columns) {
        byte[] bytes = text.getBytes();
        int length = text.getLength();
        if (blank(bytes, length)) {
            return null;
        }
        if (length > ReadLimits.MAX_LINE_BYTES) {
            return CheckedRows.of(file, line, new RowRules.Checked(null, List.of(new RowViolation(
                    TableRules.READ_LIMIT.id(), TableRules.READ_LIMIT.severity(), null, "the row's line is longer than "
                    + ReadLimits.MAX_LINE_BYTES + " bytes, the longest line read; it is not checked", line))),
                    rules, columns);
        }
        RowRules.Checked checked;
        try {
            checked = rules.check(bytes, length, line);
        } catch (IllegalArgumentException moreThanOneRow) {
            checked = new RowRules.Checked(null, new ArrayList<>(List.of(new RowViolation(TableRules.UNREADABLE.id(),
                    TableRules.UNREADABLE.severity(), null, "not well-formed JSON Lines: the line holds more than one"
                    + " row; JSON Lines holds one row object on each line", line))));
        }
        return CheckedRows.of(file, line, checked, rules, columns);
    }

    private static boolean blank(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
