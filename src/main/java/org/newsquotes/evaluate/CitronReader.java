package org.newsquotes.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.newsquotes.model.Dataset;
import org.newsquotes.model.Document;

/**
 * Reads a folder of Citron annotation files as predictions. The format is Citron's
 * ({@code bbc/citron}, {@code docs/data_format.md}; read by {@code citron/data.py},
 * {@code CitronParser.parse}): one JSON object per document with {@code text} and {@code quotes},
 * each quote with a {@code cue} span, a list of {@code sources} and a list of {@code contents}, every
 * span an object with {@code start} and {@code end} character indexes (Python string indexes: code
 * points) and its {@code text}. As Citron does, the folder is searched recursively for {@code .json}
 * files ({@code utils.get_files}).
 *
 * <p>A file belongs to the dataset document whose id is its name ({@code d001.json}), else to the one
 * whose source is its {@code text}; its text must be that source, since the offsets index it. Each
 * content span is one predicted span (the dataset records a quote broken by its attribution as two);
 * the speaker is the text of the quote's first source, resolved by name. The cue is not read: the
 * dataset locates only some cues, and the scores are of content spans.
 */
final class CitronReader {

    private final Dataset dataset;
    private final Map<String, Document> byId = new HashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    CitronReader(Dataset dataset) {
        this.dataset = dataset;
        dataset.documents().forEach(d -> byId.put(d.id(), d));
    }

    Predictions read(Path folder) throws IOException, PredictionException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")).sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            throw new PredictionException(folder + ": error: no .json files; give a folder of Citron annotation"
                    + " files, one per document");
        }
        List<Prediction> out = new ArrayList<>();
        for (Path file : files) {
            read(file, out);
        }
        return new Predictions(out, SpeakerComparison.NAME);
    }

    private void read(Path file, List<Prediction> out) throws IOException, PredictionException {
        JsonNode root;
        try (Reader reader = PredictionReader.strictUtf8(file)) {
            root = json.readTree(reader);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new PredictionException(file + ":" + line + ": error: not JSON (" + e.getOriginalMessage().lines()
                    .findFirst().orElse("") + "); a Citron file is one JSON object with text and quotes");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new PredictionException(file + ":1: error: the file is not UTF-8; save it as UTF-8");
        }
        if (root == null || !root.isObject() || !root.path("text").isTextual() || !root.path("quotes").isArray()) {
            throw new PredictionException(file + ":1: error: not a Citron annotation file; it needs \"text\" (the"
                    + " document's text) and \"quotes\" (a list)");
        }
        Document document = documentOf(file, root.get("text").asText());
        int number = 0;
        for (JsonNode quote : root.get("quotes")) {
            number++;
            String where = file + ": quote " + number;
            JsonNode contents = quote.path("contents");
            if (!contents.isArray()) {
                throw new PredictionException(where + ": error: no \"contents\" list; give the quote's content spans"
                        + " as [{\"start\": …, \"end\": …, \"text\": …}]");
            }
            String speaker = null;
            JsonNode sources = quote.path("sources");
            if (sources.isArray() && !sources.isEmpty()) {
                speaker = sources.get(0).path("text").isTextual() ? sources.get(0).get("text").asText() : null;
            }
            int part = 0;
            for (JsonNode content : contents) {
                part++;
                String at = where + ", content " + part;
                out.add(new Prediction(document.id(), index(content, "start", at), index(content, "end", at), null,
                        speaker, null, at));
            }
        }
    }

    private Document documentOf(Path file, String text) throws PredictionException {
        String stem = file.getFileName().toString().replaceFirst("(?i)\\.json$", "");
        Document named = byId.get(stem);
        if (named != null) {
            if (!text.equals(sourceText(named))) {
                throw new PredictionException(file + ":1: error: \"text\" is not the source of " + named.id() + " ("
                        + named.source() + "); the offsets index that text, so copy it byte for byte");
            }
            return named;
        }
        for (Document d : dataset.documents()) {
            if (text.equals(sourceText(d))) {
                return d;
            }
        }
        throw new PredictionException(file + ":1: error: \"text\" is the source of no document of the dataset; name"
                + " the file after its document (d001.json) and copy the source's text byte for byte");
    }

    private String sourceText(Document d) {
        return dataset.sourceOf(d).map(s -> s.text()).orElse(null);
    }

    private static int index(JsonNode span, String key, String where) throws PredictionException {
        JsonNode value = span.path(key);
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
            throw new PredictionException(where + ": error: \"" + key + "\" is " + (value.isMissingNode() ? "missing"
                    : value.toString()) + "; give a character index (Python str index) from 0");
        }
        return value.asInt();
    }
}
