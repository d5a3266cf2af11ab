package org.newsquotes.validate.table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.ColumnType;
import org.newsquotes.schema.Table;
import org.newsquotes.model.Ids;
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

    /** A column, prepared for checking: its pattern both as written and as a test (see {@link Ids#matcher}). */
    private record Spec(String name, ColumnType type, boolean nullable, Set<String> codes, List<String> codeList,
            String pattern, Predicate<String> matches) {
    }

    /** Two columns that are a span's start and end. */
    private record Pair(String start, String end) {
    }

    private final String file;
    private final List<Spec> specs = new ArrayList<>();
    private final Map<String, Spec> byName = new HashMap<>();
    private final List<Pair> spans = new ArrayList<>();
    private final String key;
    /** The column whose value the key starts with, or null. */
    private final String prefixColumn;
    private final IdSet keys = new IdSet();
    private final Set<String> unknownReported = new HashSet<>();
    private final Set<String> absentFromHeader = new HashSet<>();
    private final Consumer<Violation> violations;

    /**
     * @param table the table the file holds
     * @param file the file as shown in locations
     * @param violations where violations go
     */
    public RowValidator(Table<?> table, String file, Consumer<Violation> violations) {
        this.file = file;
        this.violations = violations;
        for (Column<?> c : table.columns()) {
            Spec spec = new Spec(c.name(), c.type(), c.nullable(), Set.copyOf(c.codes()), c.codes(),
                    c.pattern(), c.pattern() == null ? null : Ids.matcher(c.pattern()));
            specs.add(spec);
            byName.put(c.name(), spec);
        }
        for (int[] pair : offsetPairs(table)) {
            spans.add(new Pair(specs.get(pair[0]).name(), specs.get(pair[1]).name()));
        }
        this.key = table.primaryKey().isEmpty() ? null : table.primaryKey().get(0);
        int prefix = keyPrefixColumn(table);
        this.prefixColumn = prefix < 0 ? null : specs.get(prefix).name();
    }

    /** The table's spans, as pairs of column indexes: start, end. */
    static List<int[]> offsetPairs(Table<?> table) {
        return table.spans().stream().map(s -> new int[] {table.indexOf(s.start()), table.indexOf(s.end())}).toList();
    }

    /** The column that the table's key starts with, or -1 when no column's values start the key. */
    static int keyPrefixColumn(Table<?> table) {
        String key = table.primaryKey().isEmpty() ? null : table.primaryKey().get(0);
        return table.keyPrefixes().stream().filter(p -> p.column().equals(key)).mapToInt(p -> table.indexOf(p.prefix()))
                .findFirst().orElse(-1);
    }

    /** Checks a header that names every row's columns once (CSV). */
    public void header(List<String> names) {
        int at = 1;
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                report(TableRules.COLUMN_DUPLICATE, at, null, name, "the header names column " + Messages.quoted(name)
                        + " twice");
            } else if (!byName.containsKey(name)) {
                unknownReported.add(name);
                report(TableRules.COLUMN_UNKNOWN, at, null, name, unknown(name));
            }
        }
        for (Spec s : specs) {
            if (!seen.contains(s.name())) {
                absentFromHeader.add(s.name());
                if (!s.nullable()) {
                    report(TableRules.COLUMN_MISSING, at, null, s.name(), "the header has no column "
                            + Messages.quoted(s.name()) + ", which every row needs");
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

    /** Checks every rule of one row that does not depend on other rows: all but {@link #checkKey}. */
    public void checkRow(Row row) {
        int at = row.line();
        Cell keyCell = key == null ? null : row.cell(key);
        String id = keyCell != null && keyCell.text() != null ? keyCell.text() : null;
        for (String name : row.duplicates()) {
            report(TableRules.COLUMN_DUPLICATE, at, id, name, "the row names column " + Messages.quoted(name)
                    + " twice");
        }
        if (absentFromHeader.isEmpty() && unknownReported.size() < row.size()) {
            for (int i = 0; i < row.size(); i++) {
                String name = row.name(i);
                if (!byName.containsKey(name) && unknownReported.add(name)) {
                    report(TableRules.COLUMN_UNKNOWN, at, id, name, unknown(name));
                }
            }
        }
        for (Spec s : specs) {
            Cell cell = row.cell(s.name());
            if (cell == null) {
                if (!s.nullable() && !absentFromHeader.contains(s.name())) {
                    report(TableRules.COLUMN_MISSING, at, id, s.name(), "the row has no column "
                            + Messages.quoted(s.name()) + ", which every row needs");
                }
            } else if (cell.kind() == Cell.Kind.NULL) {
                if (!s.nullable()) {
                    report(TableRules.VALUE_REQUIRED, at, id, s.name(), "column " + Messages.quoted(s.name())
                            + " is null; every row needs a value");
                }
            } else {
                value(s, cell, at, id);
            }
        }
        for (Pair p : spans) {
            long start = whole(row.cell(p.start()));
            long end = whole(row.cell(p.end()));
            if (start != Lexical.NOT_A_NUMBER && end != Lexical.NOT_A_NUMBER && start > end) {
                report(TableRules.OFFSETS_ORDER, at, id, p.start(), p.start() + " " + start + " is after " + p.end()
                        + " " + end);
            }
        }
        if (id != null && keyCell.kind() != Cell.Kind.NULL && prefixColumn != null) {
            Cell document = row.cell(prefixColumn);
            if (document != null && document.text() != null && !Ids.documentPart(id).equals(document.text())) {
                report(TableRules.ID_DOCUMENT_PREFIX, at, id, key, key + " " + Messages.quoted(id)
                        + " does not start with the row's " + prefixColumn + " " + Messages.quoted(document.text()));
            }
        }
    }

    private void value(Spec s, Cell cell, int at, String id) {
        String text = cell.text();
        boolean untyped = cell.kind() == Cell.Kind.UNTYPED;
        switch (s.type()) {
            case STRING:
                if (!untyped && cell.kind() != Cell.Kind.STRING) {
                    typeError(s, cell, "text", at, id);
                } else if (text.isEmpty()) {
                    report(TableRules.VALUE_BLANK, at, id, s.name(), "column " + Messages.quoted(s.name())
                            + " is the empty string; write null for no value");
                } else if (!s.codes().isEmpty() && !s.codes().contains(text)) {
                    report(TableRules.VALUE_ENUM, at, id, s.name(), "column " + Messages.quoted(s.name())
                            + " has unknown value " + Messages.quoted(text) + Messages.suggestion(text, s.codeList())
                            + "; allowed: " + String.join(", ", s.codeList()));
                } else if (s.matches() != null && !s.matches().test(text)) {
                    report(TableRules.VALUE_PATTERN, at, id, s.name(), "column " + Messages.quoted(s.name()) + " value "
                            + Messages.quoted(text) + " does not match " + s.pattern());
                }
                return;
            case INT32:
                if (!(untyped || cell.kind() == Cell.Kind.INTEGER) || Lexical.wholeNumber(text) == Lexical.NOT_A_NUMBER) {
                    typeError(s, cell, "whole number from 0 to " + Integer.MAX_VALUE, at, id);
                }
                return;
            case DOUBLE:
                boolean number = cell.kind() == Cell.Kind.INTEGER || cell.kind() == Cell.Kind.DECIMAL
                        || untyped && Lexical.isDecimal(text);
                if (!number) {
                    typeError(s, cell, "number", at, id);
                }
                return;
            case DATE:
                if (!(untyped || cell.kind() == Cell.Kind.STRING) || !Lexical.isIsoDate(text)) {
                    typeError(s, cell, "date YYYY-MM-DD that is in the calendar", at, id);
                }
                return;
            case STRING_LIST:
                boolean list = cell.kind() == Cell.Kind.ARRAY ? cell.items() != null : untyped && isTextArray(text);
                if (!list) {
                    typeError(s, cell, "list of text (a JSON array of strings)", at, id);
                }
                return;
            default:
                throw new IllegalStateException("no check for column type " + s.type());
        }
    }

    private void typeError(Spec s, Cell cell, String expected, int at, String id) {
        report(TableRules.VALUE_TYPE, at, id, s.name(), "column " + Messages.quoted(s.name()) + " must be a "
                + expected + ", found " + cell.describe());
    }

    private static long whole(Cell cell) {
        if (cell == null || cell.text() == null
                || !(cell.kind() == Cell.Kind.INTEGER || cell.kind() == Cell.Kind.UNTYPED)) {
            return Lexical.NOT_A_NUMBER;
        }
        return Lexical.wholeNumber(cell.text());
    }

    /** Whether a CSV field holds a JSON array of strings, as list columns are written. */
    private static boolean isTextArray(String text) {
        return TextArrays.parse(text) != null;
    }

    private static String unknown(String name) {
        return "column " + Messages.quoted(name) + " is not one of the table's columns; it is not checked";
    }

    private void report(RuleDescriptor rule, int at, String id, String field, String message) {
        violations.accept(rule.violation(new Location(file, at, Location.NOT_AVAILABLE), id, field, message));
    }
}
