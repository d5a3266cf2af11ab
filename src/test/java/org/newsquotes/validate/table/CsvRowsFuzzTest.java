package org.newsquotes.validate.table;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsquotes.schema.Tables;

/**
 * Coverage-guided fuzzing of the CSV reader and the row validator, on the bytes of a quotes file:
 * they may fail only with a {@link RowFileException} at a place, and never take long. Under
 * {@code mvn test} this runs the seed inputs in {@code CsvRowsFuzzTestInputs/}; see
 * {@code bench/fuzz.sh} for a fuzzing run.
 */
class CsvRowsFuzzTest {

    /** One file, written over for every input: the reader reads files only. */
    private static final Path FILE = file();

    @FuzzTest
    void readsAnyBytesAsRowsOrAReportedError(byte[] bytes) throws IOException {
        Files.write(FILE, bytes);
        try {
            check(FILE);
        } catch (RowFileException e) {
            // The tool's own report of a file that is not well-formed; what follows it is not read.
        }
    }

    /** Reads every row of {@code file} and checks it, as the table check does. */
    private static void check(Path file) throws IOException {
        RowValidator validator = new RowValidator(Tables.QUOTES, "quotes.csv", v -> { });
        try (RowReader reader = RowReaders.open(file).orElseThrow()) {
            reader.header().ifPresent(validator::header);
            for (Row row = new Row(); reader.next(row); ) {
                validator.row(row);
            }
        }
    }

    private static Path file() {
        try {
            Path dir = Files.createTempDirectory(Path.of("target"), "csv-fuzz");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve("quotes.csv");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
