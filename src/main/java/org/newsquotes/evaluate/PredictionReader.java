package org.newsquotes.evaluate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.newsquotes.model.Coded;
import org.newsquotes.model.Dataset;
import org.newsquotes.model.Document;
import org.newsquotes.model.QuoteKind;
import org.newsquotes.schema.ReadLimits;

/**
 * Reads predictions: a file in the columns of the quotes table (JSON Lines or CSV) or a folder of
 * Citron annotation files ({@link CitronReader}). Of the table's columns it reads {@code document_id}
 * or {@code source_file}, {@code char_start}, {@code char_end}, and when present {@code speaker_id},
 * {@code speaker_name} and {@code kind}; every other column is ignored, so an export of the dataset
 * and a system's own output read alike.
 */
public final class PredictionReader {

    /** A prediction row is read under the limits of every table row the tool reads. */
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(ReadLimits.constraints())
            .build();

    private final Map<String, String> documentBySource = new HashMap<>();
    private final Set<String> documentIds = new TreeSet<>();
    private final CitronReader citron;

    /** A reader of predictions about the documents of {@code dataset}. */
    public PredictionReader(Dataset dataset) {
        for (Document d : dataset.documents()) {
            documentBySource.put(d.source(), d.id());
            documentIds.add(d.id());
        }
        citron = new CitronReader(dataset);
    }

    /**
     * Reads {@code path}: a {@code .jsonl} or {@code .csv} file, or a folder of Citron {@code .json} files.
     *
     * @throws PredictionException when it cannot be read as predictions, with the place and the fix
     */
    public Predictions read(Path path) throws IOException, PredictionException {
        if (Files.isDirectory(path)) {
            return citron.read(path);
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl")) {
            return jsonLines(path);
        }
        if (name.endsWith(".csv")) {
            return csv(path);
        }
        throw new PredictionException(path + ": error: not a prediction file; give a quotes table as .jsonl or .csv,"
                + " or a folder of Citron .json files");
    }

    private Predictions jsonLines(Path path) throws IOException, PredictionException {
        List<Prediction> out = new ArrayList<>();
        Set<String> columns = new TreeSet<>();
        try (BufferedReader reader = new BufferedReader(strictUtf8(path))) {
            int lineNumber = 0;
            for (String line = readLine(reader, path, lineNumber); line != null;
                    line = readLine(reader, path, lineNumber)) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String where = path + ":" + lineNumber;
                Map<String, String> row = jsonRow(line, where);
                columns.addAll(row.keySet());
                out.add(prediction(row, where));
            }
        }
        return new Predictions(out, comparison(columns));
    }

    private static String readLine(BufferedReader reader, Path path, int linesRead) throws IOException,
            PredictionException {
        try {
            return reader.readLine();
        } catch (CharacterCodingException e) {
            throw new PredictionException(path + ":" + (linesRead + 1) + ": error: the file is not UTF-8; save it as"
                    + " UTF-8");
        }
    }

    private static Map<String, String> jsonRow(String line, String where)
            throws IOException, PredictionException {
        Map<String, String> row = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new PredictionException(where + ": error: a line is not a JSON object; write one object per"
                        + " line, such as {\"document_id\": \"d001\", \"char_start\": 5, \"char_end\": 20}");
            }
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    row.put(name, null);
                } else {
                    row.put(name, value == JsonToken.VALUE_NULL ? null : parser.getText());
                }
            }
            if (parser.nextToken() != null) {
                throw new PredictionException(where + ": error: more than one JSON value on a line; write one object"
                        + " per line");
            }
        } catch (JsonProcessingException e) {
            throw new PredictionException(where + ": error: not JSON (" + e.getOriginalMessage().lines().findFirst()
                    .orElse("") + "); write one JSON object per line");
        }
        return row;
    }

    private Predictions csv(Path path) throws IOException, PredictionException {
        List<Prediction> out = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(strictUtf8(path), format)) {
            Set<String> columns = new TreeSet<>(parser.getHeaderNames());
            for (CSVRecord record : parser) {
                String where = path + ":" + record.getParser().getCurrentLineNumber();
                Map<String, String> row = new HashMap<>();
                for (String column : columns) {
                    String value = record.isSet(column) ? record.get(column) : null;
                    row.put(column, value == null || value.isEmpty() ? null : value);
                }
                out.add(prediction(row, where));
            }
            return new Predictions(out, comparison(columns));
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new PredictionException(path + ":1: error: not a CSV file with a header row (" + e.getMessage()
                    + "); write RFC 4180 CSV, UTF-8, with the quotes table's column names in the first row");
        }
    }

    private Prediction prediction(Map<String, String> row, String where) throws PredictionException {
        String documentId = row.get("document_id");
        if (documentId == null) {
            String source = row.get("source_file");
            if (source == null) {
                throw new PredictionException(where + ": error: no document_id or source_file; give the dataset"
                        + " document the span is in, as document_id (" + String.join(", ", documentIds)
                        + ") or source_file");
            }
            documentId = documentBySource.get(source);
            if (documentId == null) {
                throw new PredictionException(where + ": error: source_file \"" + source + "\" is not a source of the"
                        + " dataset; use a file name of dataset/sources/, or document_id");
            }
        } else if (!documentIds.contains(documentId)) {
            throw new PredictionException(where + ": error: document_id \"" + documentId + "\" is not in the"
                    + " dataset; use one of " + String.join(", ", documentIds));
        }
        int start = offset(row, "char_start", where);
        int end = offset(row, "char_end", where);
        QuoteKind kind = null;
        String code = row.get("kind");
        if (code != null) {
            kind = Coded.parse(QuoteKind.class, code).orElseThrow(() -> new PredictionException(where + ": error:"
                    + " kind \"" + code + "\" is not one of " + String.join(", ", Coded.codes(QuoteKind.class))
                    + "; use one of them, or leave kind out"));
        }
        return new Prediction(documentId, start, end, row.get("speaker_id"), row.get("speaker_name"), kind, where);
    }

    private static int offset(Map<String, String> row, String column, String where) throws PredictionException {
        String value = row.get(column);
        if (value == null) {
            throw new PredictionException(where + ": error: no " + column + "; give the span's code-point offsets"
                    + " (Python str indexes) as char_start and char_end");
        }
        try {
            int offset = Integer.parseInt(value);
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value
        }
        throw new PredictionException(where + ": error: " + column + " \"" + value + "\" is not a whole number from 0"
                + "; give a code-point offset (Python str index)");
    }

    /** How speakers compare, from the columns the file has: ids first, then names. */
    private static SpeakerComparison comparison(Set<String> columns) {
        return columns.contains("speaker_id") ? SpeakerComparison.ID
                : columns.contains("speaker_name") ? SpeakerComparison.NAME : SpeakerComparison.NONE;
    }

    /** A reader that fails on bytes that are not UTF-8 instead of replacing them. */
    static Reader strictUtf8(Path path) throws IOException {
        return new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
