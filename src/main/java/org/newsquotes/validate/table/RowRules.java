package org.newsquotes.validate.table;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.newsquotes.schema.Severity;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.TableRules;
import org.newsquotes.schema.Tables;
import org.newsquotes.schema.Violation;

/**
 * The rules of one table's rows, for any engine that checks rows: one row in, its violations out,
 * exactly as {@code quotes validate FILE.jsonl} reports them for that row, save two rules that need
 * the rows around it. The uniqueness of keys ({@code row.id.unique}) is the caller's: each result
 * offers the row's key, to be grouped by. An unknown column ({@code row.column.unknown}) is reported
 * for every row that has it, where {@code quotes validate} reports it once per file. A line that is
 * not well-formed JSON gives one {@code row.file.unreadable} violation, without the command's note that
 * the rows after it are not checked: here each row stands alone.
 *
 * <p>Made cheaply per table ({@link #of}, {@link #forTable}). Not thread-safe: it keeps a row, a
 * scanner and the checks' memory of the last id matched, reused from row to row, so that a valid
 * row from bytes costs no object. Use one per thread (or per task of an engine); what it returns
 * holds none of its state.
 */
public final class RowRules {

    /**
     * What {@link RowRules} found in one row.
     *
     * @param key the row's key, for the caller's check that keys are unique; null when it has none
     * @param violations the row's problems, in report order; empty for a valid row
     */
    public record Checked(String key, List<RowViolation> violations) implements Serializable {

        private static final long serialVersionUID = 1L;

        public Checked {
            violations = List.copyOf(violations);
        }

        /** Whether the row breaks no rule of severity error (warnings do not make it invalid). */
        public boolean valid() {
            return violations.stream().noneMatch(v -> v.severity() == Severity.ERROR);
        }
    }

    private final Table<?> table;
    private final RowPrecheck precheck;
    private final List<Violation> found = new ArrayList<>();
    private final RowValidator validator;
    private final Row row = new Row();
    private JsonLinesScanner scanner;
    /** Whether the last row checked from bytes was accepted by the quick test, and so is still in its spans. */
    private boolean lastAccepted;
    private RowValues rowValues;
    /** The row of the last check, for {@link #values}. */
    private Row last;

    private RowRules(Table<?> table) {
        this.table = table;
        TableChecks checks = TableChecks.of(table);
        this.precheck = new RowPrecheck(checks);
        this.validator = new RowValidator(table, checks, "", found::add);
    }

    /** The rules of {@code table}'s rows. */
    public static RowRules of(Table<?> table) {
        return new RowRules(table);
    }

    /**
     * The rules of the rows of the table named {@code name}, such as {@code quotes}.
     *
     * @throws IllegalArgumentException when no table has that name
     */
    public static RowRules forTable(String name) {
        return of(Tables.named(name).orElseThrow(() -> new IllegalArgumentException("no table " + name
                + "; the tables are " + Tables.names())));
    }

    /** The table whose rows these are. */
    public Table<?> table() {
        return table;
    }

    /**
     * Tells the rules the header of a file whose rows follow it (CSV): a column the header lacks is then
     * not reported on every row, since the header's own check ({@link RowValidator#header}) reports it
     * once. The header's own problems are not reported here.
     */
    public void header(List<String> names) {
        validator.header(names);
        found.clear();
    }

    /**
     * The quick test alone, on the bytes of row {@code r} of {@code spans}: true only when
     * {@link #check(Row)} would find nothing in the row {@link RowSpans#toRow} makes of it; false tells
     * nothing, the row is then to be checked in full. Makes no object.
     */
    public boolean accepts(RowSpans spans, int r) {
        return precheck.accepts(spans, r);
    }

    /**
     * Checks a row that a reader read ({@link RowReader}), one of a file's rows checked in order: its
     * violations carry the row's line, and an unknown column is reported for the first row that has it
     * only, as {@code quotes validate} reports it once per file.
     */
    public Checked check(Row row) {
        lastAccepted = false;
        last = row;
        return checked(row, 0, false);
    }

    /**
     * Checks the row that one line of JSON Lines holds.
     *
     * @param jsonLine the line, one JSON object (a line end after it is allowed)
     * @param line the line's number in its file, given to each violation
     * @throws IllegalArgumentException when the line holds no row, or more than one
     */
    public Checked check(String jsonLine, int line) {
        byte[] bytes = jsonLine.getBytes(StandardCharsets.UTF_8);
        return check(bytes, bytes.length, line);
    }

    /**
     * Checks the row that one line of JSON Lines holds, given as the first {@code length} bytes of
     * {@code utf8} as they are in the file: bytes that are not UTF-8 are reported as the command
     * reports them, where a decoded string would have replaced them. The bytes must stay as they are
     * until {@link #values} is called.
     *
     * @param line the line's number in its file, given to each violation
     * @throws IllegalArgumentException when the line holds no row, or more than one
     */
    public Checked check(byte[] utf8, int length, int line) {
        if (scanner == null) {
            scanner = new JsonLinesScanner(table);
        }
        lastAccepted = false;
        last = row;
        if (scanner.scanSpans(utf8, length)) {
            RowSpans spans = scanner.spans();
            requireOneRow(spans.rows());
            if (precheck.accepts(spans, 0)) {
                lastAccepted = true;
                int keyLength = spans.keyLength(0);
                return new Checked(keyLength < 0 ? null
                        : new String(utf8, spans.keyStart(0), keyLength, StandardCharsets.UTF_8), List.of());
            }
            return checked(spans.toRow(0, row), line - 1);
        }
        try (RowReader reader = RowReaders.jsonLines(utf8, 0, length)) {
            int rows = reader.next(row) ? 1 : 0;
            Row after = new Row();
            requireOneRow(rows + (rows == 1 && reader.next(after) ? 1 : 0));
            return checked(row, line - 1);
        } catch (RowFileException e) {
            return new Checked(null, List.of(new RowViolation(TableRules.UNREADABLE.id(),
                    TableRules.UNREADABLE.severity(), null, e.getMessage(), line)));
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from memory cannot fail", e);
        }
    }

    /**
     * The values of the row of the last check ({@link #check(byte[], int, int)}, {@link #check(Row)} and the
     * others), which found it valid: one a column, in the table's column order, each of its
     * column type's Java type ({@link RowValues}), as the exports write them.
     */
    public Object[] values() {
        if (lastAccepted) {
            scanner.spans().toRow(0, row);
        }
        if (rowValues == null) {
            rowValues = new RowValues(table);
        }
        return rowValues.of(last);
    }

    private static void requireOneRow(int rows) {
        if (rows != 1) {
            throw new IllegalArgumentException("a line holds one row of JSON Lines; this one holds "
                    + (rows == 0 ? "none" : "more than one"));
        }
    }

    /**
     * Checks a row given as values by column name, in the order of {@code values}: each value as an
     * engine holds it and as a JSON writer would write it: null; text ({@link CharSequence}, also a
     * {@link LocalDate}, written as {@code YYYY-MM-DD}); a number ({@link Integer}, {@link Long},
     * {@link BigInteger}, {@link Double}, {@link BigDecimal}…; a double that is not finite as the text
     * Jackson writes for it); a {@link Boolean}; a {@link Collection} (a list of text when its items are
     * all text); a {@link Map} (an object, which no column takes).
     *
     * @param line the row's line (or number), given to each violation
     * @throws IllegalArgumentException for a value of any other class
     */
    public Checked check(Map<String, ?> values, int line) {
        lastAccepted = false;
        last = row;
        row.reset(line);
        values.forEach((name, value) -> row.put(name, cell(value)));
        return checked(row, 0);
    }

    private Checked checked(Row checkedRow, int lineShift) {
        return checked(checkedRow, lineShift, true);
    }

    /** @param standsAlone whether the row is checked apart from the rows before it, unknown columns included */
    private Checked checked(Row checkedRow, int lineShift, boolean standsAlone) {
        found.clear();
        if (standsAlone) {
            validator.forgetUnknownColumns();
        }
        validator.checkRow(checkedRow);
        List<RowViolation> violations = new ArrayList<>(found.size());
        for (Violation v : found) {
            violations.add(RowViolation.of(v, lineShift));
        }
        return new Checked(validator.key(checkedRow), violations);
    }

    /** The cell of a value as an engine holds it, as a JSON writer would write it and the JSON parser read it. */
    static Cell cell(Object value) {
        if (value == null) {
            return Cell.NULL;
        }
        if (value instanceof CharSequence || value instanceof Character || value instanceof LocalDate) {
            return Cell.of(Cell.Kind.STRING, value.toString());
        }
        if (value instanceof Boolean) {
            return Cell.of(Cell.Kind.BOOLEAN, value.toString());
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return Cell.of(Cell.Kind.INTEGER, value.toString());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Cell.of(Double.isFinite(d) ? Cell.Kind.DECIMAL : Cell.Kind.STRING, value.toString());
        }
        if (value instanceof BigDecimal decimal) {
            String text = decimal.toString();
            boolean whole = text.indexOf('.') < 0 && text.indexOf('E') < 0;
            return Cell.of(whole ? Cell.Kind.INTEGER : Cell.Kind.DECIMAL, text);
        }
        if (value instanceof Collection<?> items) {
            List<String> texts = new ArrayList<>(items.size());
            for (Object item : items) {
                if (!(item instanceof CharSequence)) {
                    return new Cell(Cell.Kind.ARRAY, null, null);
                }
                texts.add(item.toString());
            }
            return new Cell(Cell.Kind.ARRAY, null, texts);
        }
        if (value instanceof Map) {
            return Cell.of(Cell.Kind.OBJECT, null);
        }
        throw new IllegalArgumentException("no JSON value for a " + value.getClass().getName() + ": " + value);
    }
}
