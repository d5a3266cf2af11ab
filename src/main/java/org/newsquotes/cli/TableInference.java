package org.newsquotes.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Tables;
import org.newsquotes.validate.table.RowFileException;
import org.newsquotes.validate.table.RowReader;
import org.newsquotes.validate.table.RowReaders;

/**
 * Tells which table a table file holds from its columns (a CSV header, or the keys of the first JSON
 * object), or from its name when that is a table's name ({@code claims.csv}). A table fits the columns
 * when it has every one of them and they hold its key; JSON rows may leave out null values, so the
 * columns need not be all of the table's.
 */
final class TableInference {

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * What the file tells.
     *
     * @param table the table, when the file tells it surely
     * @param doubt why it does not, naming the likely table and {@code --table}; empty when it does
     */
    record Guess(Optional<Table<?>> table, String doubt) {
        static Guess sure(Table<?> table) {
            return new Guess(Optional.of(table), "");
        }

        static Guess unsure(String doubt) {
            return new Guess(Optional.empty(), doubt);
        }
    }

    private TableInference() {
    }

    /**
     * The table {@code file} holds.
     *
     * @param shownAs the file as messages show it
     */
    static Guess of(Path file, String shownAs) throws IOException {
        Optional<Table<?>> named = named(file);
        Optional<Set<String>> columns = columns(file);
        if (columns.isEmpty()) {
            // The first row cannot be read, so the pass stops there whatever the table: any will do.
            return Guess.sure(named.orElse(Tables.definitions().get(0)));
        }
        return of(columns.get(), named, shownAs);
    }

    /** The table that {@code columns} fit, or that the file's name says when they fit none. */
    static Guess of(Set<String> columns, Optional<Table<?>> named, String shownAs) {
        List<Table<?>> fitting = new ArrayList<>();
        for (Table<?> table : Tables.definitions()) {
            if (names(table).containsAll(columns) && columns.containsAll(table.primaryKey())) {
                fitting.add(table);
            }
        }
        if (fitting.size() == 1 && (named.isEmpty() || named.get() == fitting.get(0))) {
            return Guess.sure(fitting.get(0));
        }
        if (named.isPresent() && (fitting.isEmpty() || fitting.contains(named.get()))) {
            // The name says which; the check will report the columns that do not belong.
            return Guess.sure(named.get());
        }
        if (columns.isEmpty()) {
            return Guess.unsure("cannot tell which table " + shownAs + " holds: it has no rows to tell by;"
                    + " give --table TABLE");
        }
        Table<?> likely = fitting.isEmpty() ? closest(columns) : fitting.get(0);
        if (shared(likely, columns) == 0) {
            return Guess.unsure("cannot tell which table " + shownAs + " holds: none of its columns ("
                    + String.join(", ", columns) + ") is a column of a table; give --table TABLE");
        }
        String why = named.isPresent() && !fitting.isEmpty()
                ? "it is named after " + named.get().name() + " but its columns are those of " + likely.name()
                : "its columns are closest to those of " + likely.name() + " (" + shared(likely, columns) + " of "
                        + columns.size() + ")";
        return Guess.unsure("cannot tell which table " + shownAs + " holds: " + why + "; give --table "
                + likely.name() + " if that is it");
    }

    /** The table whose name is the file's name without its extension. */
    private static Optional<Table<?>> named(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return Tables.named(stem);
    }

    /**
     * The columns of the file's header or first row; empty when they cannot be read. A JSON row's
     * names are read by Jackson's streaming parser, which skips the values without keeping them, so
     * that a first row longer than the heap is reported by the pass over the file, as any other row.
     */
    private static Optional<Set<String>> columns(Path file) throws IOException {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return jsonColumns(file);
        }
        try (RowReader reader = RowReaders.open(file).orElseThrow()) {
            return Optional.of(new LinkedHashSet<>(reader.header().orElse(List.of())));
        } catch (RowFileException e) {
            return Optional.empty();
        }
    }

    /** The names of the first object of a JSON array or of JSON Lines; empty when they cannot be read. */
    private static Optional<Set<String>> jsonColumns(Path file) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_ARRAY) {
                token = parser.nextToken();
            }
            if (token == null || token == JsonToken.END_ARRAY) {
                return Optional.of(names);
            }
            if (token != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                names.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
            return Optional.of(names);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static Set<String> names(Table<?> table) {
        Set<String> names = new HashSet<>();
        for (Column<?> column : table.columns()) {
            names.add(column.name());
        }
        return names;
    }

    private static long shared(Table<?> table, Set<String> columns) {
        return columns.stream().filter(names(table)::contains).count();
    }

    /** The table that has the most of {@code columns}, the first in table order on a tie. */
    private static Table<?> closest(Set<String> columns) {
        return Tables.definitions().stream()
                .max(Comparator.comparingLong((Table<?> t) -> shared(t, columns))
                        .thenComparing(t -> -Tables.definitions().indexOf(t)))
                .orElseThrow();
    }
}
