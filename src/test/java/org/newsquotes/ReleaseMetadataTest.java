package org.newsquotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsquotes.cli.Main;
import org.newsquotes.export.Checksums;
import org.newsquotes.export.ExportFiles;
import org.newsquotes.model.DatasetVersion;
import org.newsquotes.testing.DuckDb;

/**
 * The repository's release metadata: CITATION.cff is valid Citation File Format 1.2.0, the version
 * set once in the build is the same everywhere it is shown, and the export metadata lists exactly the
 * exported files.
 */
class ReleaseMetadataTest {

    private static final Path EXPORTS = Path.of("exports");
    private static final Path CFF_SCHEMA = Path.of("src/test/resources/schemas/citation-file-format-1.2.0.schema.json");

    private static JsonNode citation() throws IOException {
        // The schema's own comment: YAML dates must be compared as strings, so read every scalar as text.
        return new YAMLMapper().readTree(Files.readString(Path.of("CITATION.cff"), StandardCharsets.UTF_8));
    }

    private static Set<ValidationMessage> validateCitation(JsonNode citation) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(Files.readString(CFF_SCHEMA, StandardCharsets.UTF_8));
        return schema.validate(citation);
    }

    private static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void citationFileIsValidCitationFileFormat() throws IOException {
        JsonNode citation = citation();

        assertThat(citation.get("date-released").isTextual()).isTrue();
        assertThat(validateCitation(citation)).isEmpty();
        assertThat(citation.get("type").asText()).isEqualTo("dataset");
    }

    @Test
    void theSchemaCheckCanFail() throws IOException {
        ObjectNode broken = (ObjectNode) citation();
        broken.remove("authors");
        broken.put("date-released", "21 January 2022");

        assertThat(validateCitation(broken)).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("authors"))
                .anySatisfy(m -> assertThat(m).contains("date-released"));
    }

    @Test
    void everyPlaceShowsTheOneVersion() throws IOException, SQLException {
        String version = DatasetVersion.current();
        StringWriter out = new StringWriter();
        Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "--version");

        assertThat(citation().get("version").asText()).isEqualTo(version);
        assertThat(json(EXPORTS.resolve("datapackage.json")).get("version").asText()).isEqualTo(version);
        assertThat(json(EXPORTS.resolve("croissant.json")).get("version").asText()).isEqualTo(version);
        assertThat(out.toString()).isEqualTo("quotes " + version + "\n");
        assertThat(firstChangelogVersion()).isEqualTo(version);
        try (DuckDb db = new DuckDb()) {
            for (Path parquet : exportedFiles(List.of())) {
                if (ExportFiles.extension(parquet).equals("parquet")) {
                    assertThat(db.value("SELECT decode(value) FROM parquet_kv_metadata(" + DuckDb.literal(parquet)
                            + ") WHERE decode(key) = 'org.newsquotes.dataset_version'")).as("%s", parquet)
                            .isEqualTo(version);
                }
            }
        }
    }

    @Test
    void croissantListsEveryExportedFileWithItsChecksum() throws IOException {
        List<Path> expected = exportedFiles(List.of("croissant.json", "SHA256SUMS"));
        JsonNode distribution = json(EXPORTS.resolve("croissant.json")).get("distribution");

        List<String> names = new ArrayList<>();
        for (JsonNode file : distribution) {
            names.add(file.get("contentUrl").asText());
            assertThat(file.get("sha256").asText())
                    .isEqualTo(Checksums.sha256(EXPORTS.resolve(file.get("contentUrl").asText())));
            assertThat(file.get("contentSize").asText())
                    .isEqualTo(Files.size(EXPORTS.resolve(file.get("contentUrl").asText())) + " B");
        }
        assertThat(names).containsExactlyElementsOf(names(expected));
    }

    @Test
    void dataPackageListsEveryDataFileWithItsChecksum() throws IOException {
        List<Path> expected = exportedFiles(List.of("datapackage.json", "croissant.json", "SHA256SUMS"));
        JsonNode resources = json(EXPORTS.resolve("datapackage.json")).get("resources");

        List<String> paths = new ArrayList<>();
        for (JsonNode resource : resources) {
            String path = resource.get("path").asText();
            paths.add(path);
            assertThat(resource.get("hash").asText()).isEqualTo("sha256:" + Checksums.sha256(EXPORTS.resolve(path)));
            assertThat(resource.get("bytes").asLong()).isEqualTo(Files.size(EXPORTS.resolve(path)));
        }
        assertThat(paths).containsExactlyInAnyOrderElementsOf(names(expected));
    }

    @Test
    void checksumsCoverEveryOtherFile() throws IOException {
        List<String> lines = Files.readAllLines(EXPORTS.resolve("SHA256SUMS"), StandardCharsets.UTF_8);

        // every file, those of the citron folder too, named by its path as sha256sum -c reads it, sorted by it
        List<String> expected = new ArrayList<>();
        try (java.util.stream.Stream<Path> walk = Files.walk(EXPORTS)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(f -> !f.endsWith("SHA256SUMS")).toList()) {
                expected.add(EXPORTS.relativize(file).toString().replace('\\', '/') + "\u0000" + Checksums.sha256(file));
            }
        }
        expected.sort(null);
        assertThat(expected).anyMatch(e -> e.startsWith("citron/d000.json"));
        assertThat(lines).containsExactlyElementsOf(expected.stream()
                .map(e -> e.substring(e.indexOf('\u0000') + 1) + "  " + e.substring(0, e.indexOf('\u0000'))).toList());
    }

    private static List<Path> exportedFiles(List<String> except) throws IOException {
        return ExportFiles.list(EXPORTS, EXPORTS.resolve("none")).stream()
                .filter(p -> !except.contains(p.getFileName().toString())).toList();
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).toList();
    }

    /** The version of the first release in CHANGELOG.md, past the changes not yet released. */
    private static String firstChangelogVersion() throws IOException {
        Matcher heading = Pattern.compile("(?m)^## (?!Unreleased$)(\\S+)")
                .matcher(Files.readString(Path.of("CHANGELOG.md"), StandardCharsets.UTF_8));
        assertThat(heading.find()).as("CHANGELOG.md has a version heading").isTrue();
        return heading.group(1);
    }
}
