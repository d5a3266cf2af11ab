package org.newsquotes.validate.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsquotes.export.Table;
import org.newsquotes.model.Location;
import org.newsquotes.validate.Violation;

/** Checks one table file, streaming its rows through a {@link RowValidator}. */
public final class TableCheck {

    private TableCheck() {
    }

    /**
     * Checks every row of {@code file} against {@code table}, sending violations as they are found.
     *
     * @param shownAs the file as shown in locations
     * @return how many rows were read
     */
    public static long check(Path file, String shownAs, Table<?> table, Consumer<Violation> violations)
            throws IOException {
        Optional<RowReader> opened = RowReaders.open(file);
        if (opened.isEmpty()) {
            violations.accept(TableRules.UNREADABLE.violation(Location.ofFile(shownAs), null, null,
                    "cannot tell the format of " + shownAs + "; give a file ending in ."
                            + String.join(", .", RowReaders.EXTENSIONS)));
            return 0;
        }
        RowValidator validator = new RowValidator(table, shownAs, violations);
        long rows = 0;
        try (RowReader reader = opened.get()) {
            reader.header().ifPresent(validator::header);
            Row row = new Row();
            while (reader.next(row)) {
                validator.row(row);
                rows++;
            }
        } catch (RowFileException e) {
            violations.accept(TableRules.UNREADABLE.violation(new Location(shownAs,
                    e.line() < 1 ? Location.NOT_AVAILABLE : e.line(), e.column() < 1 ? Location.NOT_AVAILABLE
                            : e.column()), null, null, e.getMessage() + "; rows after this point are not checked"));
        }
        return rows;
    }
}
