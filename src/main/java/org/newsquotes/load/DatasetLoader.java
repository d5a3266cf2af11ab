package org.newsquotes.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.newsquotes.model.Claim;
import org.newsquotes.model.ClaimGroup;
import org.newsquotes.model.ClaimPosition;
import org.newsquotes.model.ClaimKind;
import org.newsquotes.model.Confidence;
import org.newsquotes.model.Dataset;
import org.newsquotes.model.Document;
import org.newsquotes.model.Location;
import org.newsquotes.model.Agreement;
import org.newsquotes.model.Outlet;
import org.newsquotes.model.OutletKind;
import org.newsquotes.model.Quote;
import org.newsquotes.model.QuoteKind;
import org.newsquotes.model.Segment;
import org.newsquotes.model.SegmentKind;
import org.newsquotes.model.Sha256;
import org.newsquotes.model.SourceText;
import org.newsquotes.model.Speaker;
import org.newsquotes.model.SpeakerType;
import org.newsquotes.model.UtteranceGroup;
import org.newsquotes.model.Voice;
import org.newsquotes.schema.Messages;
import org.newsquotes.schema.Utf8Check;
import org.newsquotes.schema.Violation;

/**
 * Reads a dataset folder (see {@code dataset/FORMAT.md}): the four registries, every
 * {@code documents/*.yaml} and the source texts they name.
 */
public final class DatasetLoader {

    static final String OUTLETS = "outlets.yaml";
    static final String SPEAKERS = "speakers.yaml";
    static final String UTTERANCES = "utterances.yaml";
    static final String CLAIM_GROUPS = "claim-groups.yaml";
    static final String DOCUMENTS = "documents";
    static final String SOURCES = "sources";

    static final List<String> OUTLET_FIELDS = List.of("id", "name", "home_page", "country", "kind", "note");
    static final List<String> SPEAKER_FIELDS = List.of("id", "name", "type", "aliases", "role", "affiliation",
            "wikidata", "wikidata_source", "note");
    static final List<String> UTTERANCE_FIELDS = List.of("id", "speaker", "summary", "rationale");
    static final List<String> CLAIM_GROUP_FIELDS = List.of("id", "statement", "agreement", "positions",
            "note");
    static final List<String> POSITION_FIELDS = List.of("id", "statement");
    static final List<String> DOCUMENT_FIELDS = List.of("id", "source", "sha256", "outlet", "outlet_confidence",
            "outlet_evidence", "headline", "published", "published_as_printed", "dateline", "wire_credit",
            "language", "url", "note", "segments", "quotes", "claims", "review");
    static final List<String> SEGMENT_FIELDS = List.of("id", "kind", "char_start", "char_end", "derived_from",
            "note");
    static final List<String> QUOTE_FIELDS = List.of("id", "text", "char_start", "char_end", "kind", "speaker",
            "speaker_as_written", "speaker_as_written_start", "speaker_as_written_end", "cue", "cue_start", "cue_end",
            "utterance",
            "utterance_date", "utterance_date_basis", "note", "review");
    static final List<String> CLAIM_FIELDS = List.of("id", "text", "char_start", "char_end", "kind", "voice",
            "claimant", "statement", "value", "unit", "claim_group", "position", "note");

    private final Path base;
    private final DatasetFiles.Reads reads;

    /**
     * @param base the folder that paths in locations are shown relative to (usually the working
     *     directory); files outside it are shown with absolute paths
     */
    public DatasetLoader(Path base) {
        this(base, Files::readAllBytes);
    }

    /** A loader that reads files' bytes through {@code reads}. */
    DatasetLoader(Path base, DatasetFiles.Reads reads) {
        this.base = base.toAbsolutePath().normalize();
        this.reads = reads;
    }

    /** Reads the dataset in {@code datasetDir}, collecting every problem. */
    public LoadResult load(Path datasetDir) throws IOException {
        List<Violation> problems = new ArrayList<>();
        Reading reading = new Reading(datasetDir, problems);
        List<Outlet> outlets = reading.registry(OUTLETS, "outlets", "outlet", OUTLET_FIELDS, this::outlet);
        List<Speaker> speakers = reading.registry(SPEAKERS, "speakers", "speaker", SPEAKER_FIELDS, this::speaker);
        List<UtteranceGroup> utterances = reading.registry(UTTERANCES, "utterances", "utterance group",
                UTTERANCE_FIELDS, this::utterance);
        List<ClaimGroup> claimGroups = reading.registry(CLAIM_GROUPS, "claim_groups", "claim group",
                CLAIM_GROUP_FIELDS, f -> claimGroup(f, reading));
        List<Document> documents = new ArrayList<>();
        Map<String, SourceText> sources = new LinkedHashMap<>();
        for (Path file : reading.documentFiles()) {
            Optional<Document> document = reading.document(file);
            if (document.isPresent()) {
                documents.add(document.get());
                reading.source(document.get()).ifPresent(s -> sources.put(s.name(), s));
            }
        }
        problems.sort(Violation.REPORT_ORDER);
        Dataset dataset = new Dataset(outlets, speakers, utterances, claimGroups, documents, sources);
        return new LoadResult(dataset, problems, reading.filesRead);
    }

    /** How {@code file} is shown in locations. */
    public String shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    private Outlet outlet(FieldReader f) {
        return new Outlet(f.requiredString("id"), f.requiredString("name"), f.optionalString("home_page"),
                f.optionalString("country"), f.requiredEnum("kind", OutletKind.class), f.optionalString("note"),
                f.origin());
    }

    private Speaker speaker(FieldReader f) {
        return new Speaker(f.requiredString("id"), f.requiredString("name"),
                f.requiredEnum("type", SpeakerType.class), f.stringList("aliases"), f.optionalString("role"),
                f.optionalString("affiliation"), f.optionalString("wikidata"), f.optionalString("wikidata_source"),
                f.optionalString("note"), f.origin());
    }

    private UtteranceGroup utterance(FieldReader f) {
        return new UtteranceGroup(f.requiredString("id"), f.requiredString("speaker"), f.requiredString("summary"),
                f.requiredString("rationale"), f.origin());
    }

    private ClaimGroup claimGroup(FieldReader f, Reading reading) {
        return new ClaimGroup(f.requiredString("id"), f.requiredString("statement"),
                f.requiredEnum("agreement", Agreement.class),
                reading.records(f.mappingList("positions"), "position", POSITION_FIELDS, this::position),
                f.optionalString("note"), f.origin());
    }

    private ClaimPosition position(FieldReader f) {
        return new ClaimPosition(f.requiredString("id"), f.requiredString("statement"), f.origin());
    }

    private Segment segment(FieldReader f) {
        return new Segment(f.requiredString("id"), f.requiredEnum("kind", SegmentKind.class),
                orZero(f.requiredInt("char_start")), orZero(f.requiredInt("char_end")), f.optionalString("derived_from"),
                f.optionalString("note"), f.origin());
    }

    private Quote quote(FieldReader f, String documentId) {
        f.reviewMarks(QUOTE_FIELDS);
        return new Quote(f.requiredString("id"), documentId, f.requiredString("text"),
                orZero(f.requiredInt("char_start")), orZero(f.requiredInt("char_end")),
                f.requiredEnum("kind", QuoteKind.class), f.optionalString("speaker"),
                f.optionalString("speaker_as_written"), f.optionalInt("speaker_as_written_start"),
                f.optionalInt("speaker_as_written_end"), f.optionalString("cue"), f.optionalInt("cue_start"),
                f.optionalInt("cue_end"), f.optionalString("utterance"),
                f.optionalDate("utterance_date"), f.optionalString("utterance_date_basis"), f.optionalString("note"),
                f.origin());
    }

    private Claim claim(FieldReader f, String documentId) {
        return new Claim(f.requiredString("id"), documentId, f.requiredString("text"),
                orZero(f.requiredInt("char_start")), orZero(f.requiredInt("char_end")),
                f.requiredEnum("kind", ClaimKind.class), f.requiredEnum("voice", Voice.class),
                f.optionalString("claimant"), f.requiredString("statement"), f.optionalDecimal("value"),
                f.optionalString("unit"), f.optionalString("claim_group"), f.optionalString("position"),
                f.optionalString("note"), f.origin());
    }

    /** Required ints are null only when reported; the record is then dropped, so 0 is never seen. */
    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** One load: the folder, the problems so far, and the files read. */
    private final class Reading {
        private final Path dir;
        private final List<Violation> problems;
        private final YamlTreeReader yaml;
        private final DatasetFiles files;
        private int filesRead;

        Reading(Path dir, List<Violation> problems) {
            this.dir = dir;
            this.problems = problems;
            this.yaml = new YamlTreeReader(problems::add);
            this.files = new DatasetFiles(reads, problems::add);
        }

        <T> List<T> registry(String fileName, String key, String recordKind, List<String> fields,
                Function<FieldReader, T> build) throws IOException {
            Path file = dir.resolve(fileName);
            Optional<YamlNode.Mapping> root = readMapping(file, dir);
            if (root.isEmpty()) {
                return List.of();
            }
            FieldReader top = new FieldReader(root.get(), fileName, List.of(key), problems::add);
            if (!root.get().entries().containsKey(key)) {
                problems.add(LoadRules.FIELD_REQUIRED.violation(root.get().location(), null, key,
                        "missing required field " + Messages.quoted(key) + ": " + fileName
                                + " holds a list under " + Messages.quoted(key)));
            }
            return records(top.mappingList(key), recordKind, fields, build);
        }

        List<Path> documentFiles() throws IOException {
            Path folder = dir.resolve(DOCUMENTS);
            if (!Files.isDirectory(folder)) {
                problems.add(LoadRules.FILE_MISSING.violation(Location.ofFile(shown(folder)), null, null,
                        "folder " + shown(folder) + " is missing; it holds one YAML file per document"));
                return List.of();
            }
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
            }
        }

        Optional<Document> document(Path file) throws IOException {
            Optional<YamlNode.Mapping> root = readMapping(file, file.getParent());
            if (root.isEmpty()) {
                return Optional.empty();
            }
            FieldReader f = new FieldReader(root.get(), "document", DOCUMENT_FIELDS, problems::add);
            f.reviewMarks(DOCUMENT_FIELDS);
            String id = f.requiredString("id");
            List<Segment> segments = records(f.mappingList("segments"), "segment", SEGMENT_FIELDS,
                    DatasetLoader.this::segment);
            List<Quote> quotes = records(f.mappingList("quotes"), "quote", QUOTE_FIELDS, r -> quote(r, id));
            List<Claim> claims = records(f.mappingList("claims"), "claim", CLAIM_FIELDS, r -> claim(r, id));
            Document document = new Document(id, f.requiredString("source"), f.requiredString("sha256"),
                    f.requiredString("outlet"), f.requiredEnum("outlet_confidence", Confidence.class),
                    f.requiredString("outlet_evidence"), f.optionalString("headline"), f.optionalDate("published"),
                    f.optionalString("published_as_printed"), f.optionalString("dateline"),
                    f.optionalString("wire_credit"), f.requiredString("language"), f.optionalString("url"),
                    f.optionalString("note"), segments, quotes, claims, f.origin());
            return f.isComplete() ? Optional.of(document) : Optional.empty();
        }

        Optional<SourceText> source(Document document) throws IOException {
            Path sources = dir.resolve(SOURCES);
            Path file = sources.resolve(document.source());
            Location where = document.origin().of("source");
            Optional<byte[]> bytes = files.read(file, sources, DatasetFiles.SOURCE_LIMIT, where, document.id(),
                    "source", "source file " + Messages.quoted(document.source()), "source file " + shown(file)
                            + " does not exist; \"source\" names a file in " + shown(sources));
            Optional<String> text = bytes.flatMap(b -> decoded(b, shown(file), document.id(), "source",
                    "source file is not valid UTF-8 here; sources are stored as UTF-8 bytes"));
            return text.map(t -> new SourceText(document.source(), shown(file), Sha256.of(bytes.get()), t));
        }

        /**
         * The text of a file's bytes, read once they are; empty, and {@code notUtf8} reported where the
         * bytes that are not UTF-8 are, when they are not.
         */
        private Optional<String> decoded(byte[] bytes, String shownAs, String id, String field, String notUtf8) {
            filesRead++;
            Utf8Check.Decoded text = Utf8Check.decode(bytes);
            if (text.bad() != null) {
                problems.add(LoadRules.YAML.violation(new Location(shownAs, text.bad().line(), text.bad().column()), id,
                        field, notUtf8));
                return Optional.empty();
            }
            return Optional.of(text.text());
        }

        private <T> List<T> records(List<YamlNode.Mapping> mappings, String recordKind, List<String> fields,
                Function<FieldReader, T> build) {
            List<T> records = new ArrayList<>();
            for (YamlNode.Mapping mapping : mappings) {
                FieldReader reader = new FieldReader(mapping, recordKind, fields, problems::add);
                T record = build.apply(reader);
                if (reader.isComplete()) {
                    records.add(record);
                }
            }
            return records;
        }

        private Optional<YamlNode.Mapping> readMapping(Path file, Path within) throws IOException {
            String shownAs = shown(file);
            Optional<byte[]> bytes = files.read(file, within, DatasetFiles.YAML_LIMIT, Location.ofFile(shownAs), null,
                    null, "file " + shownAs, "file " + shownAs + " is missing");
            Optional<String> text = bytes.flatMap(b -> decoded(b, shownAs, null, null,
                    "file is not valid UTF-8 here; save it as UTF-8"));
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Optional<YamlNode> root = yaml.read(text.get(), shownAs);
            if (root.isPresent() && !(root.get() instanceof YamlNode.Mapping)) {
                problems.add(LoadRules.YAML.violation(root.get().location(), null, null,
                        "expected a YAML mapping at the top of the file, found " + root.get().describe()));
                return Optional.empty();
            }
            return root.map(YamlNode.Mapping.class::cast);
        }
    }
}
