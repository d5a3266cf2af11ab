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
 * same order: each column's checks until the first that fails (that it is never null; its type; for
 * text and lists of text that they are Unicode; then for text blank, codes, pattern), then the checks that tie columns together. The checks sit in
 * arrays of one final class each, by column, so that every call in the walks is to one known method,
 * which the compiler can inline: no call is megamorphic.
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
    /** By column, each kind of check, or null where the column has none of that kind. */
    private final ColumnCheck.Required[] required;
    private final ColumnCheck.Type[] types;
    private final ColumnCheck.WellFormedText[] unicodes;
    private final ColumnCheck.Blank[] blanks;
    private final ColumnCheck.Codes[] codes;
    private final ColumnCheck.Pattern[] patterns;
    /** The checks that tie a row's columns together, after every column's own. */
    private final ColumnCheck.SpanOrder[] spanOrders;
    private final ColumnCheck.KeyPrefix[] keyPrefixes;
    /** The whole numbers of the row being tested, by column, read once for both their type and their order. */
    private final long[] whole;

    private TableChecks(Table<?> table) {
        List<? extends Column<?>> list = table.columns();
        columns = list.size();
        names = new String[columns];
        required = new ColumnCheck.Required[columns];
        types = new ColumnCheck.Type[columns];
        unicodes = new ColumnCheck.WellFormedText[columns];
        blanks = new ColumnCheck.Blank[columns];
        codes = new ColumnCheck.Codes[columns];
        patterns = new ColumnCheck.Pattern[columns];
        whole = new long[columns];
        for (int c = 0; c < columns; c++) {
            Column<?> column = list.get(c);
            names[c] = column.name();
            if (!column.nullable()) {
                required[c] = new ColumnCheck.Required(c, column.name());
            }
            types[c] = new ColumnCheck.Type(c, column.name(), column.type());
            if (column.type() == ColumnType.STRING || column.type() == ColumnType.STRING_LIST) {
                unicodes[c] = new ColumnCheck.WellFormedText(c, column.name(), column.type() == ColumnType.STRING_LIST);
            }
            if (column.type() == ColumnType.STRING) {
                blanks[c] = new ColumnCheck.Blank(c, column.name());
                if (!column.codes().isEmpty()) {
                    codes[c] = new ColumnCheck.Codes(c, column.name(), column.codes());
                }
                if (column.pattern() != null) {
                    patterns[c] = new ColumnCheck.Pattern(c, column.name(), column.pattern());
                }
            }
        }
        spanOrders = table.spans().stream().map(span -> new ColumnCheck.SpanOrder(table.indexOf(span.start()),
                span.start(), table.indexOf(span.end()), span.end())).toArray(ColumnCheck.SpanOrder[]::new);
        keyPrefixes = table.keyPrefixes().stream().map(prefix -> new ColumnCheck.KeyPrefix(table.indexOf(prefix.column()),
                prefix.column(), table.indexOf(prefix.prefix()), prefix.prefix())).toArray(ColumnCheck.KeyPrefix[]::new);
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
                whole[c] = Lexical.NOT_A_NUMBER;
                continue;
            }
            int start = spans.start(f);
            int end = spans.end(f);
            int flags = spans.flags(f);
            if (!types[c].accepts(kind, bytes, start, end, flags, whole)
                    || unicodes[c] != null && !unicodes[c].accepts(flags)
                    || blanks[c] != null && !blanks[c].accepts(start, end)
                    || codes[c] != null && !codes[c].accepts(bytes, start, end, flags)
                    || patterns[c] != null && !patterns[c].accepts(bytes, start, end, flags)) {
                return false;
            }
        }
        for (ColumnCheck.SpanOrder check : spanOrders) {
            if (!check.accepts(whole)) {
                return false;
            }
        }
        for (ColumnCheck.KeyPrefix check : keyPrefixes) {
            if (!check.accepts(spans, row)) {
                return false;
            }
        }
        return true;
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
            if (!report(types[c], types[c].problem(cell), found)
                    && !(unicodes[c] != null && report(unicodes[c], unicodes[c].problem(cell), found))
                    && !(blanks[c] != null && report(blanks[c], blanks[c].problem(cell), found))
                    && !(codes[c] != null && report(codes[c], codes[c].problem(cell), found))
                    && patterns[c] != null) {
                report(patterns[c], patterns[c].problem(cell), found);
            }
        }
        for (ColumnCheck.SpanOrder check : spanOrders) {
            report(check, check.problem(row), found);
        }
        for (ColumnCheck.KeyPrefix check : keyPrefixes) {
            report(check, check.problem(row), found);
        }
    }

    /** Sends {@code problem}, if there is one, to {@code found}; returns whether there was one. */
    private static boolean report(ColumnCheck check, String problem, Found found) {
        if (problem == null) {
            return false;
        }
        found.report(check.rule, check.name, problem);
        return true;
    }
}
