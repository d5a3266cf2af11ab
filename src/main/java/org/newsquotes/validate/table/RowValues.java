package org.newsquotes.validate.table;

import java.math.BigDecimal;
import java.util.List;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.ColumnType;
import org.newsquotes.schema.Table;

/**
 * The values of a valid row as the export writers take them: one array in the table's column order
 * (see {@link Table#positional()}), each value of its column type's Java type, null where the row
 * has none. Only for rows that {@link RowValidator} accepted: it does not check again.
 */
public final class RowValues {

    private final String[] names;
    private final ColumnType[] types;

    /** @param table the table the rows belong to */
    public RowValues(Table<?> table) {
        List<? extends Column<?>> columns = table.columns();
        names = new String[columns.size()];
        types = new ColumnType[columns.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = columns.get(i).name();
            types[i] = columns.get(i).type();
        }
    }

    /** The values of {@code row}, which is valid. */
    public Object[] of(Row row) {
        Object[] values = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            Cell cell = row.cell(names[i]);
            if (cell != null && cell.kind() != Cell.Kind.NULL) {
                values[i] = value(types[i], cell);
            }
        }
        return values;
    }

    private static Object value(ColumnType type, Cell cell) {
        switch (type) {
            case STRING:
                return cell.text();
            case INT32:
                return (int) Lexical.wholeNumber(cell.text());
            case DOUBLE:
                return new BigDecimal(cell.text());
            case DATE:
                return Lexical.isoDate(cell.text());
            case STRING_LIST:
                return List.copyOf(cell.items() != null ? cell.items() : TextArrays.parse(cell.text()));
            default:
                throw new IllegalStateException("no value for column type " + type);
        }
    }
}
