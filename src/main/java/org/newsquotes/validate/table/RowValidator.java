package org.newsquotes.validate.table;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.newsquotes.schema.Table;
import org.newsquotes.model.Location;
import org.newsquotes.schema.Messages;
import org.newsquotes.schema.RuleDescriptor;
import org.newsquotes.schema.Violation;
import org.newsquotes.schema.TableRules;

/**
 * Checks the rows of one table file, one at a time, against a table's columns: names, types,
 * nulls, codes and id patterns, offsets in order, and a unique first column. What it keeps between
 * rows is the set of key values seen and the names of unknown columns already reported; everything
 * else it needs is prepared once, when it is made. A validator is used by one thread at a time; rows
 * can be checked on several threads by one validator each (see {@link #checkKey}).
 */
public final class RowValidator {

    private final String file;
    /** The checks of each value and row, shared with the fast path: see {@link TableChecks}. */
    private final TableChecks checks;
    private final Set<String> columnNames = new HashSet<>();
    private final String key;
    private final IdSet keys = new IdSet();
    private final Set<String> unknownReported = new HashSet<>();
    /** By column, whether the CSV header lacks it; all false for JSON. */
    private final boolean[] absentFromHeader;
    private boolean headerLacksColumns;
    private final Consumer<Violation> violations;

    /**
     * @param table the table the file holds
     * @param file the file as shown in locations
     * @param violations where violations go
     */
    public RowValidator(Table<?> table, String file, Consumer<Violation> violations) {
        this(table, TableChecks.of(table), file, violations);
    }

    /** A validator that walks {@code checks}, the checks of {@code table}, which the caller's fast path shares. */
    RowValidator(Table<?> table, TableChecks checks, String file, Consumer<Violation> violations) {
        this.file = file;
        this.violations = violations;
        this.checks = checks;
        this.absentFromHeader = new boolean[checks.columns()];
        table.columns().forEach(c -> columnNames.add(c.name()));
        this.key = table.primaryKey().isEmpty() ? null : table.primaryKey().get(0);
    }

    /** Checks a header that names every row's columns once (CSV). */
    public void header(List<String> names) {
        int at = 1;
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                report(TableRules.COLUMN_DUPLICATE, at, null, name, "the header names column " + Messages.quoted(name)
                        + " twice");
            } else if (!columnNames.contains(name)) {
                unknownReported.add(name);
                report(TableRules.COLUMN_UNKNOWN, at, null, name, unknown(name));
            }
        }
        for (int c = 0; c < checks.columns(); c++) {
            String name = checks.name(c);
            if (!seen.contains(name)) {
                absentFromHeader[c] = true;
                headerLacksColumns = true;
                if (checks.required(c) != null) {
                    report(TableRules.COLUMN_MISSING, at, null, name, checks.required(c).missing("header"));
                }
            }
        }
    }

    /** Checks one row: {@link #checkRow} then {@link #checkKey}. */
    public void row(Row row) {
        checkRow(row);
        checkKey(row.line(), key(row));
    }

    /**
     * The row's key (its first column's value) when it has one that the uniqueness check counts,
     * else null.
     */
    public String key(Row row) {
        Cell keyCell = key == null ? null : row.cell(key);
        return keyCell != null && keyCell.kind() != Cell.Kind.NULL ? keyCell.text() : null;
    }

    /**
     * Checks that {@code id}, the key of the row at {@code line}, is not the key of an earlier row. The
     * one check that needs the rows before it: rows can be checked by {@link #checkRow} in any order,
     * on any thread, each by its own validator, as long as their keys come here in file order.
     *
     * @param id the key, or null when the row has none
     * @return false when the key was already an earlier row's
     */
    public boolean checkKey(int line, String id) {
        if (id != null && !keys.add(id)) {
            reportDuplicate(line, id);
            return false;
        }
        return true;
    }

    /**
     * {@link #checkKey(int, String)} for a key given as {@code length} bytes of UTF-8 from
     * {@code offset}, with its {@link IdSet#hash}; makes no string unless the key is a duplicate.
     */
    public boolean checkKey(int line, byte[] utf8, int offset, int length, long hash) {
        if (!keys.add(utf8, offset, length, hash)) {
            reportDuplicate(line, new String(utf8, offset, length, StandardCharsets.UTF_8));
            return false;
        }
        return true;
    }

    /**
     * Makes room in the set of keys for {@code keys} keys, in at most {@code maxBytes} bytes, so that it
     * need not grow while they come (see {@link IdSet#expect}).
     */
    public void expectKeys(long keys, long maxBytes) {
        this.keys.expect(keys, maxBytes);
    }

    /**
     * Readies the set of keys for the {@code count} keys about to come to
     * {@link #checkKey(int, byte[], int, int, long)}, whose hashes are {@code hashes[i]} where
     * {@code lengths[i]} is 0 or more (below 0 for a row without key): see {@link IdSet#prefetch}.
     */
    public void prefetchKeys(long[] hashes, int[] lengths, int count) {
        keys.prefetch(hashes, lengths, count);
    }

    private void reportDuplicate(int line, String id) {
        report(TableRules.ID_UNIQUE, line, id, key, key + " " + Messages.quoted(id)
                + " is already the key of an earlier row");
    }

    /** How many keys the set of keys seen so far holds. */
    public long keyCount() {
        return keys.size();
    }

    /** The bytes that the set of keys seen so far takes. */
    public long keyBytes() {
        return keys.bytesUsed();
    }

    /** About the bytes that {@code count} keys like those seen so far would take ({@link IdSet#bytesFor}). */
    public long keyBytesFor(long count) {
        return keys.bytesFor(count);
    }

    /**
     * Whether {@code v}, found by another validator of the same file, is to be reported here: false for
     * an unknown column that this validator has already reported, since such a column is reported once
     * per file.
     */
    public boolean reportsOnce(Violation v) {
        return !v.rule().equals(TableRules.COLUMN_UNKNOWN.id()) || unknownReported.add(v.field());
    }

    /** Forgets the unknown columns reported so far, so that each row's are reported, as rows checked alone need. */
    void forgetUnknownColumns() {
        unknownReported.clear();
    }

    /** Checks every rule of one row that does not depend on other rows: all but {@link #checkKey}. */
    public void checkRow(Row row) {
        int at = row.line();
        if (row.unreadable() != null) {
            report(TableRules.READ_LIMIT, at, null, null, "the row holds " + row.unreadable()
                    + ", past the read limit; it is not checked");
            return;
        }
        Cell keyCell = key == null ? null : row.cell(key);
        String id = keyCell != null && keyCell.text() != null ? keyCell.text() : null;
        for (String name : row.duplicates()) {
            report(TableRules.COLUMN_DUPLICATE, at, id, name, "the row names column " + Messages.quoted(name)
                    + " twice");
        }
        if (!headerLacksColumns && unknownReported.size() < row.size()) {
            for (int i = 0; i < row.size(); i++) {
                String name = row.name(i);
                if (!columnNames.contains(name) && unknownReported.add(name)) {
                    report(TableRules.COLUMN_UNKNOWN, at, id, name, unknown(name));
                }
            }
        }
        checks.report(row, absentFromHeader, (rule, column, message) -> report(rule, at, id, column, message));
    }

    private static String unknown(String name) {
        return "column " + Messages.quoted(name) + " is not one of the table's columns; it is not checked";
    }

    private void report(RuleDescriptor rule, int at, String id, String field, String message) {
        violations.accept(rule.violation(new Location(file, at, Location.NOT_AVAILABLE), id, field, message));
    }
}
