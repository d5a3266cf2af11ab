package org.newsquotes.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.Table;
import org.newsquotes.validate.table.RowRules;
import org.newsquotes.validate.table.RowViolation;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The rows of the check, one for each row of the files (and one for what a CSV header or an unreadable CSV file
 * says): where it is, its key, whether it is valid, its violations, and its values when it is valid.
 */
final class CheckedRows {

    static final String FILE = "_file";
    static final String LINE = "_line";
    /** False for what is not a row: a CSV file's header, or where a CSV file stopped being readable. */
    static final String ROW = "_row";
    static final String KEY = "_key";
    static final String VALID = "_valid";
    static final String VIOLATIONS = "_violations";

    /** A violation inside a checked row: its place among the row's violations, and what RowViolation says. */
    static final StructType VIOLATION = new StructType(new StructField[] {
        DataTypes.createStructField("seq", DataTypes.IntegerType, false),
        DataTypes.createStructField("rule", DataTypes.StringType, false),
        DataTypes.createStructField("severity", DataTypes.StringType, false),
        DataTypes.createStructField("column", DataTypes.StringType, true),
        DataTypes.createStructField("message", DataTypes.StringType, false)});

    private CheckedRows() {
    }

    /** The Spark type of a column of {@code type}. */
    static DataType sparkType(Column<?> column) {
        switch (column.type()) {
            case STRING:
                return DataTypes.StringType;
            case INT32:
                return DataTypes.IntegerType;
            case DOUBLE:
                return DataTypes.DoubleType;
            case DATE:
                return DataTypes.DateType;
            case STRING_LIST:
                return DataTypes.createArrayType(DataTypes.StringType, false);
            default:
                throw new IllegalStateException("no Spark type for " + column.type());
        }
    }

    /** The table's exact schema: its columns in order, each of its type, nullable as declared. */
    static StructType tableSchema(Table<?> table) {
        List<StructField> fields = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            fields.add(DataTypes.createStructField(column.name(), sparkType(column), column.nullable()));
        }
        return DataTypes.createStructType(fields);
    }

    /** The schema of the checked rows: where, key, verdict and violations, then the table's columns, all nullable. */
    static StructType schema(Table<?> table) {
        List<StructField> fields = new ArrayList<>(List.of(
                DataTypes.createStructField(FILE, DataTypes.IntegerType, false),
                DataTypes.createStructField(LINE, DataTypes.IntegerType, true),
                DataTypes.createStructField(ROW, DataTypes.BooleanType, false),
                DataTypes.createStructField(KEY, DataTypes.StringType, true),
                DataTypes.createStructField(VALID, DataTypes.BooleanType, false),
                DataTypes.createStructField(VIOLATIONS, DataTypes.createArrayType(VIOLATION, false), false)));
        for (Column<?> column : table.columns()) {
            fields.add(DataTypes.createStructField(column.name(), sparkType(column), true));
        }
        return DataTypes.createStructType(fields);
    }

    /**
     * The checked row of a row that {@code rules} has just checked, with its values when it is valid.
     *
     * @param line the row's line, or a number below 1 when it has none
     */
    static Row of(int file, int line, RowRules.Checked checked, RowRules rules, int columns) {
        Object[] fields = new Object[6 + columns];
        fields[0] = file;
        fields[1] = line < 1 ? null : line;
        fields[2] = true;
        fields[3] = checked.key();
        fields[4] = checked.valid();
        fields[5] = violations(checked.violations());
        if (checked.valid()) {
            Object[] values = rules.values();
            for (int i = 0; i < columns; i++) {
                fields[6 + i] = sparkValue(values[i]);
            }
        }
        return RowFactory.create(fields);
    }

    /** What is not a row but has violations: a CSV header's, or where a CSV file stopped being readable. */
    static Row notARow(int file, int line, List<RowViolation> violations, int columns) {
        Object[] fields = new Object[6 + columns];
        fields[0] = file;
        fields[1] = line < 1 ? null : line;
        fields[2] = false;
        fields[4] = true;
        fields[5] = violations(violations);
        return RowFactory.create(fields);
    }

    private static Object violations(List<RowViolation> violations) {
        List<Row> rows = new ArrayList<>(violations.size());
        for (int i = 0; i < violations.size(); i++) {
            RowViolation v = violations.get(i);
            rows.add(RowFactory.create(i, v.rule(), v.severity().label(), v.column(), v.message()));
        }
        return CollectionConverters.asScala(rows).toSeq();
    }

    /** A value as RowRules gives it, as Spark holds it: a decimal as a double, a list as a Scala sequence. */
    private static Object sparkValue(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.doubleValue();
        }
        if (value instanceof List<?> items) {
            return CollectionConverters.asScala(items).toSeq();
        }
        return value;
    }
}
