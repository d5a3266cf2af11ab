package org.newsquotes.validate.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.newsquotes.schema.Utf8Check;

/**
 * Reads CSV as the exports write it (RFC 4180, UTF-8, a header row), one record at a time. Every
 * field is {@link Cell.Kind#UNTYPED} text, and an empty field is null.
 */
final class CsvRowReader implements RowReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

    private final Path file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private long linesBefore;

    CsvRowReader(Path file) throws IOException {
        this.file = file;
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.parser = CSVParser.builder().setReader(new BufferedReader(new InputStreamReader(
                Files.newInputStream(file), decoder))).setFormat(FORMAT).get();
        this.records = parser.iterator();
        List<String> names = new ArrayList<>();
        Optional<CSVRecord> first = read();
        first.ifPresent(record -> record.forEach(names::add));
        this.header = List.copyOf(names);
        this.linesBefore = parser.getCurrentLineNumber();
    }

    @Override
    public Optional<List<String>> header() {
        return Optional.of(header);
    }

    @Override
    public boolean next(Row row) throws IOException {
        Optional<CSVRecord> next = read();
        if (next.isEmpty()) {
            return false;
        }
        CSVRecord record = next.get();
        int line = (int) linesBefore + 1;
        linesBefore = parser.getCurrentLineNumber();
        if (record.size() != header.size()) {
            throw new RowFileException("row has " + record.size() + " fields but the header has " + header.size()
                    + "; check the quoting of the row above it", line, -1);
        }
        row.reset(line);
        for (int i = 0; i < header.size(); i++) {
            String value = record.get(i);
            row.put(header.get(i), value.isEmpty() ? Cell.NULL : Cell.of(Cell.Kind.UNTYPED, value));
        }
        return true;
    }

    private Optional<CSVRecord> read() throws RowFileException {
        try {
            return records.hasNext() ? Optional.of(records.next()) : Optional.empty();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw notUtf8();
            }
            throw new RowFileException("not well-formed CSV: " + e.getCause().getMessage(),
                    (int) parser.getCurrentLineNumber() + 1, -1);
        }
    }

    /**
     * The file is not UTF-8: where its bad bytes are, found by reading it again from its start, since
     * the decoder reads ahead of the rows, and reports past where the parser is.
     */
    private RowFileException notUtf8() {
        try (InputStream in = Files.newInputStream(file)) {
            Utf8Check.Place at = Utf8Check.firstMalformed(in).orElse(new Utf8Check.Place(-1, -1));
            return new RowFileException("not well-formed CSV: the bytes here are not UTF-8; save the file as UTF-8",
                    at.line(), at.column());
        } catch (IOException e) {
            return new RowFileException("not well-formed CSV: the file is not UTF-8; save it as UTF-8", -1, -1);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
