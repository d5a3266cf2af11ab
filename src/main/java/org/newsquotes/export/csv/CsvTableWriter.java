package org.newsquotes.export.csv;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.Table;
import org.newsquotes.export.TableWriter;
import org.newsquotes.schema.Values;
import org.newsquotes.export.json.JsonValues;

/**
 * CSV as RFC 4180 defines it: UTF-8 without BOM, a header row, {@code \r\n} after every record,
 * fields quoted only when they must be. A null is an empty field; the dataset holds no empty
 * strings (validation rejects them), so an empty field always means null. Lists are written as
 * JSON arrays ({@code ["Lavrov","Mr Lavrov"]}), dates as {@code YYYY-MM-DD}, decimals in plain
 * notation.
 *
 * <p>Each record is printed on its own, so that a pipeline that makes rows on several threads can
 * have each record's bytes made there, by {@link #prepare}, and {@link #writePrepared} only writes
 * them one after another: the same bytes as {@link #write}.
 */
public final class CsvTableWriter implements TableWriter {

    /** The CSV dialect of every export. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * Each thread's maker of records, for {@link #prepare} and {@link #writePrepared}; {@link #write} makes
     * its own, so that a failed write leaves no record half made for the next.
     */
    private final ThreadLocal<Records> records = ThreadLocal.withInitial(Records::new);

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public <R> long write(Table<R> table, Iterator<R> rows, Path file) throws IOException {
        Records printer = new Records();
        List<Object> values = new ArrayList<>(table.columns().size());
        return writeRecords(table, rows, row -> {
            values.clear();
            for (Column<R> column : table.columns()) {
                values.add(column.valueOf(row));
            }
            return printer.utf8(values);
        }, printer, file);
    }

    /** The row's record and its line end as {@link #write} writes them: their UTF-8 bytes, alone in the array. */
    @Override
    public Object[] prepare(Table<Object[]> rows, Object[] row) {
        return new Object[] {records.get().utf8(Arrays.asList(row))};
    }

    @Override
    public long writePrepared(Table<Object[]> rows, Iterator<Object[]> prepared, Path file) throws IOException {
        return writeRecords(rows, prepared, record -> (byte[]) record[0], records.get(), file);
    }

    /** Writes the header of {@code table}, printed by {@code header}, then the record made of each item. */
    private static <T> long writeRecords(Table<?> table, Iterator<T> items, Function<T, byte[]> record, Records header,
            Path file) throws IOException {
        long count = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW),
                1 << 16)) {
            out.write(header.utf8(table.columnNames()));
            while (items.hasNext()) {
                out.write(record.apply(items.next()));
                count++;
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return count;
    }

    /** One thread's printer of records into text of its own, reused from record to record. */
    private static final class Records {
        private final StringBuilder text = new StringBuilder(1024);
        private final CSVPrinter printer;

        Records() {
            try {
                printer = new CSVPrinter(text, FORMAT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The record of {@code values}, each as its {@link CsvTableWriter#cell}, with its line end, in UTF-8. */
        byte[] utf8(List<?> values) {
            text.setLength(0);
            try {
                for (Object value : values) {
                    printer.print(cell(value));
                }
                printer.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A value's text in a CSV cell; null for a null value. */
    static String cell(Object value) throws IOException {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Integer || value instanceof LocalDate) {
            return value.toString();
        }
        if (value instanceof BigDecimal d) {
            return Values.plain(d);
        }
        if (value instanceof List<?>) {
            StringWriter text = new StringWriter();
            try (JsonGenerator json = JSON.createGenerator(text)) {
                JsonValues.writeValue(value, json);
            }
            return text.toString();
        }
        throw new IllegalArgumentException("no CSV form for " + value.getClass().getName());
    }
}
