package org.newsquotes.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.newsquotes.model.Location;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.TableRules;
import org.newsquotes.schema.Tables;
import org.newsquotes.schema.Violation;
import org.newsquotes.validate.table.Row;
import org.newsquotes.validate.table.RowFileException;
import org.newsquotes.validate.table.RowReader;
import org.newsquotes.validate.table.RowReaders;
import org.newsquotes.validate.table.RowRules;
import org.newsquotes.validate.table.RowValidator;
import org.newsquotes.validate.table.RowViolation;

/**
 * The task of one CSV file, read whole by the command's own CSV reader: a quoted field may hold a line end,
 * so the file cannot be cut into splits safely. The file is copied from its file system to the task's
 * local disk first, since the reader takes a local file (and reads it again to place bytes that are not UTF-8).
 */
final class CsvTask implements FlatMapFunction<InputFiles.InputFile, org.apache.spark.sql.Row> {

    private static final long serialVersionUID = 1L;

    private final String table;
    private final HadoopConf conf;

    CsvTask(String table, HadoopConf conf) {
        this.table = table;
        this.conf = conf;
    }

    @Override
    public Iterator<org.apache.spark.sql.Row> call(InputFiles.InputFile file) throws IOException {
        Path local = Files.createTempFile("quotes-spark-", ".csv");
        try {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file.uri());
            try (InputStream in = path.getFileSystem(conf.get()).open(path)) {
                Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
            }
            return check(file.index(), local).iterator();
        } finally {
            Files.deleteIfExists(local);
        }
    }

    private List<org.apache.spark.sql.Row> check(int index, Path local) throws IOException {
        Table<?> rowsOf = Tables.named(table).orElseThrow();
        RowRules rules = RowRules.of(rowsOf);
        int columns = rowsOf.columns().size();
        List<org.apache.spark.sql.Row> checked = new ArrayList<>();
        try (RowReader reader = RowReaders.open(local).orElseThrow()) {
            Optional<List<String>> header = reader.header();
            if (header.isPresent()) {
                List<RowViolation> found = new ArrayList<>();
                new RowValidator(rowsOf, "", v -> found.add(asRowViolation(v))).header(header.get());
                if (!found.isEmpty()) {
                    checked.add(CheckedRows.notARow(index, 1, found, columns));
                }
                rules.header(header.get());
            }
            Row row = new Row();
            while (true) {
                try {
                    if (!reader.next(row)) {
                        break;
                    }
                } catch (RowFileException e) {
                    checked.add(CheckedRows.notARow(index, e.line(), List.of(new RowViolation(
                            TableRules.UNREADABLE.id(), TableRules.UNREADABLE.severity(), null, e.getMessage(),
                            e.line())), columns));
                    break;
                }
                checked.add(CheckedRows.of(index, row.line(), rules.check(row), rules, columns));
            }
        }
        return checked;
    }

    private static RowViolation asRowViolation(Violation v) {
        Location at = v.location();
        return new RowViolation(v.rule(), v.severity(), v.field(), v.message(),
                at.hasLine() ? at.line() : Location.NOT_AVAILABLE);
    }
}
