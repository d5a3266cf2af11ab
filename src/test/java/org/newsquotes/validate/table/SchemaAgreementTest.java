package org.newsquotes.validate.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsquotes.bulk.BulkPipeline;
import org.newsquotes.schema.Tables;
import org.newsquotes.schema.Severity;
import org.newsquotes.schema.Violation;

/**
 * The published schema/quote.schema.json and the Java row validator give the same verdict on the
 * same rows: src/test/resources/cases/rows/valid (both accept), invalid (both reject) and java-only
 * (only Java rejects: a span's start after its end and a quote id naming another document are
 * relations between fields, which a JSON Schema for one row cannot state).
 */
class SchemaAgreementTest {

    private static final Path ROWS = Path.of("src/test/resources/cases/rows");
    private static final JsonSchema SCHEMA = schema();

    @TempDir
    Path temp;

    private static JsonSchema schema() {
        try {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(Files.readString(Path.of("schema/quote.schema.json"), StandardCharsets.UTF_8), config);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Path> rows() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String folder : List.of("valid", "invalid", "java-only")) {
            try (Stream<Path> files = Files.list(ROWS.resolve(folder))) {
                files.sorted().forEach(all::add);
            }
        }
        return all.stream();
    }

    private List<Violation> javaErrors(Path row) throws IOException {
        Path file = temp.resolve(row.getFileName());
        Files.copy(row, file);
        List<Violation> violations = new ArrayList<>();
        new BulkPipeline(BulkPipeline.Settings.withWorkers(1)).run(file, row.getFileName().toString(), Tables.QUOTES,
                List.of(), violations::add, BulkPipeline.Progress.NONE);
        return violations.stream().filter(v -> v.severity() == Severity.ERROR).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void javaAndJsonSchemaAgree(Path row) throws IOException {
        String verdict = row.getParent().getFileName().toString();
        JsonNode node = new ObjectMapper().readTree(Files.readString(row, StandardCharsets.UTF_8));
        Set<ValidationMessage> schemaErrors = SCHEMA.validate(node);
        List<Violation> javaErrors = javaErrors(row);

        assertThat(javaErrors.isEmpty()).as("Java accepts %s: %s", row, javaErrors).isEqualTo(verdict.equals("valid"));
        assertThat(schemaErrors.isEmpty()).as("JSON Schema accepts %s: %s", row, schemaErrors)
                .isEqualTo(!verdict.equals("invalid"));
    }
}
