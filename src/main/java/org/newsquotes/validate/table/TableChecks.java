package org.newsquotes.validate.table;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.ColumnType;
import org.newsquotes.schema.RuleDescriptor;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.TableRules;

/**
 * The {@link ColumnCheck}s of one table, built once from its declarations (each column's type,
 * nullability, codes and pattern; the table's spans and key prefixes), and the two walks over them:
 * {@link #accepts} on a row's bytes, {@link #report} on a row's cells. Both walk the same checks in the
 * same order: each column's checks until the first that fails (its type, then for text blank, codes,
 * pattern), then the checks that tie columns together. The checks are arrays walked in plain loops;
 * each call is to a final class's own method, picked by a switch on the check's kind.
 *
 * <p>Used by one thread at a time, since a pattern check remembers its last match.
 */
final class TableChecks {

    /** Where {@link #report} sends what it finds: the rule, the column and the message. */
    interface Found {
        void report(RuleDescriptor rule, String column, String message);
    }

    private final int columns;
    private final String[] names;
    /** Each column's check that it is never null, or null when it may be. */
    private final ColumnCheck.Required[] required;
    /** The value checks, column after column: those of column c from {@code first[c]} to {@code first[c + 1]}. */
    private final ColumnCheck[] values;
    private final int[] first;
    /** The checks that tie a row's columns together, after every column's own. */
    private final ColumnCheck[] rowChecks;

    private TableChecks(Table<?> table) {
        List<? extends Column<?>> list = table.columns();
        columns = list.size();
        names = new String[columns];
        required = new ColumnCheck.Required[columns];
        first = new int[columns + 1];
        List<ColumnCheck> checks = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            Column<?> column = list.get(c);
            names[c] = column.name();
            if (!column.nullable()) {
                required[c] = new ColumnCheck.Required(c, column.name());
            }
            checks.add(new ColumnCheck.Type(c, column.name(), column.type()));
            if (column.type() == ColumnType.STRING) {
                checks.add(new ColumnCheck.Blank(c, column.name()));
                if (!column.codes().isEmpty()) {
                    checks.add(new ColumnCheck.Codes(c, column.name(), column.codes()));
                }
                if (column.pattern() != null) {
                    checks.add(new ColumnCheck.Pattern(c, column.name(), column.pattern()));
                }
            }
            first[c + 1] = checks.size();
        }
        values = checks.toArray(new ColumnCheck[0]);
        List<ColumnCheck> tying = new ArrayList<>();
        for (Table.Span span : table.spans()) {
            tying.add(new ColumnCheck.SpanOrder(table.indexOf(span.start()), span.start(), table.indexOf(span.end()),
                    span.end()));
        }
        String key = table.primaryKey().isEmpty() ? null : table.primaryKey().get(0);
        for (Table.KeyPrefix prefix : table.keyPrefixes()) {
            if (prefix.column().equals(key)) {
                tying.add(new ColumnCheck.KeyPrefix(table.indexOf(key), key, table.indexOf(prefix.prefix()),
                        prefix.prefix()));
                break;
            }
        }
        rowChecks = tying.toArray(new ColumnCheck[0]);
    }

    /** The checks of {@code table}, for one thread. */
    static TableChecks of(Table<?> table) {
        return new TableChecks(table);
    }

    /** The number of columns. */
    int columns() {
        return columns;
    }

    /** Column {@code c}'s check that it is never null, or null when it may be. */
    ColumnCheck.Required required(int c) {
        return required[c];
    }

    /** The name of column {@code c}. */
    String name(int c) {
        return names[c];
    }

    /**
     * Whether row {@code row} of {@code spans} surely keeps every check: the quick tests, from the
     * bytes, making no object.
     */
    boolean accepts(RowSpans spans, int row) {
        byte[] bytes = spans.bytes();
        for (int c = 0; c < columns; c++) {
            int f = spans.field(row, c);
            byte kind = f < 0 ? RowSpans.NULL : spans.kind(f);
            if (kind == RowSpans.NULL) {
                if (required[c] != null) {
                    return false;
                }
                continue;
            }
            int start = spans.start(f);
            int end = spans.end(f);
            int flags = spans.flags(f);
            for (int k = first[c]; k < first[c + 1]; k++) {
                if (!accepts(values[k], kind, bytes, start, end, flags)) {
                    return false;
                }
            }
        }
        for (ColumnCheck check : rowChecks) {
            if (!accepts(check, spans, row)) {
                return false;
            }
        }
        return true;
    }

    private static boolean accepts(ColumnCheck check, byte kind, byte[] bytes, int start, int end, int flags) {
        switch (check.kind) {
            case ColumnCheck.TYPE:
                return ((ColumnCheck.Type) check).accepts(kind, bytes, start, end, flags);
            case ColumnCheck.BLANK:
                return ((ColumnCheck.Blank) check).accepts(start, end);
            case ColumnCheck.CODES:
                return ((ColumnCheck.Codes) check).accepts(bytes, start, end, flags);
            case ColumnCheck.PATTERN:
                return ((ColumnCheck.Pattern) check).accepts(bytes, start, end, flags);
            default:
                throw new IllegalStateException("not a check of one value: " + check.kind);
        }
    }

    private static boolean accepts(ColumnCheck check, RowSpans spans, int row) {
        switch (check.kind) {
            case ColumnCheck.SPAN_ORDER:
                return ((ColumnCheck.SpanOrder) check).accepts(spans, row);
            case ColumnCheck.KEY_PREFIX:
                return ((ColumnCheck.KeyPrefix) check).accepts(spans, row);
            default:
                throw new IllegalStateException("not a check of a row: " + check.kind);
        }
    }

    /**
     * Runs every reporting check on {@code row}, sending each problem to {@code found}.
     *
     * @param absentFromHeader by column, whether the file's header lacks it (so that its absence was
     *     reported once, for the header), or null
     */
    void report(Row row, boolean[] absentFromHeader, Found found) {
        for (int c = 0; c < columns; c++) {
            Cell cell = row.cell(names[c]);
            if (cell == null || cell.kind() == Cell.Kind.NULL) {
                ColumnCheck.Required check = required[c];
                if (check == null) {
                    continue;
                }
                if (cell != null) {
                    found.report(check.rule, check.name, check.isNull());
                } else if (absentFromHeader == null || !absentFromHeader[c]) {
                    found.report(TableRules.COLUMN_MISSING, check.name, check.missing("row"));
                }
                continue;
            }
            for (int k = first[c]; k < first[c + 1]; k++) {
                String problem = problem(values[k], cell);
                if (problem != null) {
                    found.report(values[k].rule, values[k].name, problem);
                    break;
                }
            }
        }
        for (ColumnCheck check : rowChecks) {
            String problem = problem(check, row);
            if (problem != null) {
                found.report(check.rule, check.name, problem);
            }
        }
    }

    private static String problem(ColumnCheck check, Cell cell) {
        switch (check.kind) {
            case ColumnCheck.TYPE:
                return ((ColumnCheck.Type) check).problem(cell);
            case ColumnCheck.BLANK:
                return ((ColumnCheck.Blank) check).problem(cell);
            case ColumnCheck.CODES:
                return ((ColumnCheck.Codes) check).problem(cell);
            case ColumnCheck.PATTERN:
                return ((ColumnCheck.Pattern) check).problem(cell);
            default:
                throw new IllegalStateException("not a check of one value: " + check.kind);
        }
    }

    private static String problem(ColumnCheck check, Row row) {
        switch (check.kind) {
            case ColumnCheck.SPAN_ORDER:
                return ((ColumnCheck.SpanOrder) check).problem(row);
            case ColumnCheck.KEY_PREFIX:
                return ((ColumnCheck.KeyPrefix) check).problem(row);
            default:
                throw new IllegalStateException("not a check of a row: " + check.kind);
        }
    }
}
