package org.newsquotes.export.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Tables;
import org.newsquotes.model.DatasetVersion;

/** datapackage.json describes every CSV file from the same column lists. */
class DataPackageWriterTest {

    @TempDir
    Path temp;

    private Path file;
    private JsonNode descriptor;

    @BeforeEach
    void write() throws IOException {
        for (var table : Tables.definitions()) {
            Files.writeString(temp.resolve(table.name() + ".csv"), String.join(",", table.columnNames()) + "\r\n",
                    StandardCharsets.UTF_8);
        }
        Files.writeString(temp.resolve("quotes.jsonl"), "", StandardCharsets.UTF_8);
        file = temp.resolve(DataPackageWriter.FILE_NAME);
        new DataPackageWriter().write(Tables.definitions(), temp, file);
        descriptor = new ObjectMapper().readTree(file.toFile());
    }

    /** The CSV resources, in table order. */
    private List<JsonNode> tabular() {
        List<JsonNode> resources = new ArrayList<>();
        for (JsonNode resource : descriptor.get("resources")) {
            if (resource.get("profile").asText().equals("tabular-data-resource")) {
                resources.add(resource);
            }
        }
        return resources;
    }

    @Test
    void listsTheOtherFormatsOfATableAfterItsCsvWithSizeAndChecksum() {
        JsonNode resources = descriptor.get("resources");

        assertThat(resources).hasSize(Tables.definitions().size() + 1);
        JsonNode jsonl = resources.get(1);
        assertThat(jsonl.get("name").asText()).isEqualTo("quotes-jsonl");
        assertThat(jsonl.get("path").asText()).isEqualTo("quotes.jsonl");
        assertThat(jsonl.get("profile").asText()).isEqualTo("data-resource");
        assertThat(jsonl.get("mediatype").asText()).isEqualTo("application/jsonlines");
        assertThat(jsonl.get("bytes").asLong()).isZero();
        assertThat(jsonl.get("hash").asText())
                .isEqualTo("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void isATabularDataPackageWithTheVersions() {
        assertThat(descriptor.get("profile").asText()).isEqualTo("tabular-data-package");
        assertThat(descriptor.get("name").asText()).isEqualTo("geneva-2022-quotes");
        assertThat(descriptor.get("version").asText()).isEqualTo(DatasetVersion.current());
        assertThat(descriptor.get("schema_version").asText()).isEqualTo(Tables.SCHEMA_VERSION);
    }

    @Test
    void describesEveryCsvFileWithItsDialect() {
        List<String> paths = new ArrayList<>();
        for (JsonNode resource : tabular()) {
            paths.add(resource.get("path").asText());
            assertThat(resource.get("profile").asText()).isEqualTo("tabular-data-resource");
            assertThat(resource.get("encoding").asText()).isEqualTo("utf-8");
            assertThat(resource.get("dialect").toString()).isEqualTo(
                    "{\"delimiter\":\",\",\"lineTerminator\":\"\\r\\n\",\"quoteChar\":\"\\\"\",\"doubleQuote\":true,"
                            + "\"header\":true}");
        }
        assertThat(paths).containsExactly("quotes.csv", "claims.csv", "speakers.csv", "outlets.csv", "documents.csv",
                "utterances.csv", "claim_groups.csv");
    }

    @Test
    void fieldsFollowTheColumnsWithTheirTypesAndRequiredConstraints() {
        int i = 0;
        for (Table<?> table : Tables.definitions()) {
            JsonNode schema = tabular().get(i++).get("schema");
            JsonNode fields = schema.get("fields");
            assertThat(fields).hasSize(table.columns().size());
            for (int c = 0; c < table.columns().size(); c++) {
                Column<?> column = table.columns().get(c);
                JsonNode field = fields.get(c);
                assertThat(field.get("name").asText()).isEqualTo(column.name());
                assertThat(field.get("type").asText()).isEqualTo(DataPackageWriter.fieldType(column.type()));
                assertThat(field.get("description").asText()).isEqualTo(column.description());
                assertThat(field.has("constraints")).as(column.name()).isEqualTo(!column.nullable());
            }
            assertThat(schema.get("primaryKey").toString()).isEqualTo("[\"" + table.primaryKey().get(0) + "\"]");
        }
        JsonNode quotes = tabular().get(0).get("schema");
        assertThat(quotes.get("fields").get(4).toString()).isEqualTo("{\"name\":\"published_date\",\"type\":\"date\","
                + "\"description\":\"Publication date of the document; null when it prints none.\"}");
        assertThat(quotes.get("fields").get(0).get("constraints").toString()).isEqualTo("{\"required\":true}");
        assertThat(quotes.get("missingValues").toString()).isEqualTo("[\"\"]");
    }

    @Test
    void foreignKeysReferToResourcesAndFieldsThatExist() {
        List<String> keys = new ArrayList<>();
        for (JsonNode resource : tabular()) {
            for (JsonNode key : resource.get("schema").get("foreignKeys")) {
                String target = key.get("reference").get("resource").asText();
                String field = key.get("reference").get("fields").asText();
                JsonNode referenced = null;
                for (JsonNode other : tabular()) {
                    if (other.get("name").asText().equals(target)) {
                        referenced = other;
                    }
                }
                assertThat(referenced).as(target).isNotNull();
                assertThat(referenced.get("schema").get("primaryKey").get(0).asText()).isEqualTo(field);
                keys.add(resource.get("name").asText() + "." + key.get("fields").asText() + " -> " + target + "." + field);
            }
        }
        assertThat(keys).contains("quotes.speaker_id -> speakers.speaker_id", "quotes.document_id -> documents.document_id",
                "documents.outlet_id -> outlets.outlet_id", "claims.claim_group_id -> claim_groups.claim_group_id");
    }

    @Test
    void isPrettyPrintedWithUnixLineEndings() throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);

        assertThat(text).startsWith("{\n  \"profile\": \"tabular-data-package\",\n").endsWith("}\n").doesNotContain("\r");
    }
}
