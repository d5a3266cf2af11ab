package org.newsquotes.validate.table;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.newsquotes.export.Column;
import org.newsquotes.export.ColumnType;
import org.newsquotes.export.Table;
import org.newsquotes.model.Ids;
import org.newsquotes.model.Location;
import org.newsquotes.validate.Messages;
import org.newsquotes.validate.RuleDescriptor;
import org.newsquotes.validate.Violation;

/**
 * Checks the rows of one table file, one at a time, against a table's columns: names, types,
 * nulls, codes and id patterns, offsets in order, and a unique first column. What it keeps between
 * rows is the set of key values seen and the names of unknown columns already reported; everything
 * else it needs is prepared once, when it is made.
 */
public final class RowValidator {

    private static final JsonFactory JSON = new JsonFactory();

    /** A column, prepared for checking. */
    private record Spec(String name, ColumnType type, boolean nullable, Set<String> codes, List<String> codeList,
            Pattern pattern) {
    }

    /** Two columns that are a span's start and end. */
    private record Pair(String start, String end) {
    }

    private final String file;
    private final List<Spec> specs = new ArrayList<>();
    private final Map<String, Spec> byName = new HashMap<>();
    private final List<Pair> spans = new ArrayList<>();
    private final String key;
    private final boolean keyNamesDocument;
    private final Set<String> keys = new HashSet<>();
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
                    c.pattern() == null ? null : Pattern.compile(c.pattern()));
            specs.add(spec);
            byName.put(c.name(), spec);
        }
        for (Spec s : specs) {
            if (s.type() == ColumnType.INT32 && s.name().endsWith("_start")) {
                String end = s.name().substring(0, s.name().length() - "_start".length()) + "_end";
                if (byName.containsKey(end)) {
                    spans.add(new Pair(s.name(), end));
                }
            }
        }
        this.key = specs.get(0).name();
        String keyPattern = table.columns().get(0).pattern();
        this.keyNamesDocument = Ids.QUOTE.equals(keyPattern) || Ids.CLAIM.equals(keyPattern);
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

    /** Checks one row. */
    public void row(Row row) {
        int at = row.line();
        Map<String, Cell> cells = row.cells();
        Cell keyCell = cells.get(key);
        String id = keyCell != null && keyCell.text() != null ? keyCell.text() : null;
        for (String name : row.duplicates()) {
            report(TableRules.COLUMN_DUPLICATE, at, id, name, "the row names column " + Messages.quoted(name)
                    + " twice");
        }
        if (absentFromHeader.isEmpty() && unknownReported.size() < cells.size()) {
            for (String name : cells.keySet()) {
                if (!byName.containsKey(name) && unknownReported.add(name)) {
                    report(TableRules.COLUMN_UNKNOWN, at, id, name, unknown(name));
                }
            }
        }
        for (Spec s : specs) {
            Cell cell = cells.get(s.name());
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
            long start = whole(cells.get(p.start()));
            long end = whole(cells.get(p.end()));
            if (start != Lexical.NOT_A_NUMBER && end != Lexical.NOT_A_NUMBER && start > end) {
                report(TableRules.OFFSETS_ORDER, at, id, p.start(), p.start() + " " + start + " is after " + p.end()
                        + " " + end);
            }
        }
        if (id != null && keyCell.kind() != Cell.Kind.NULL) {
            if (keyNamesDocument) {
                Cell document = cells.get("document_id");
                if (document != null && document.text() != null && !Ids.documentPart(id).equals(document.text())) {
                    report(TableRules.ID_DOCUMENT_PREFIX, at, id, key, key + " " + Messages.quoted(id)
                            + " does not start with the row's document_id " + Messages.quoted(document.text()));
                }
            }
            if (!keys.add(id)) {
                report(TableRules.ID_UNIQUE, at, id, key, key + " " + Messages.quoted(id)
                        + " is already the key of an earlier row");
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
                } else if (s.pattern() != null && !s.pattern().matcher(text).matches()) {
                    report(TableRules.VALUE_PATTERN, at, id, s.name(), "column " + Messages.quoted(s.name()) + " value "
                            + Messages.quoted(text) + " does not match " + s.pattern().pattern());
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
        if (text.isEmpty() || text.charAt(0) != '[') {
            return false;
        }
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return false;
            }
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                if (t != JsonToken.VALUE_STRING) {
                    return false;
                }
            }
            return parser.nextToken() == null;
        } catch (JsonProcessingException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from a string cannot fail", e);
        }
    }

    private static String unknown(String name) {
        return "column " + Messages.quoted(name) + " is not one of the table's columns; it is not checked";
    }

    private void report(RuleDescriptor rule, int at, String id, String field, String message) {
        violations.accept(rule.violation(new Location(file, at, Location.NOT_AVAILABLE), id, field, message));
    }
}
