package org.newsquotes.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Tables;

/** The schemas published in schema/ are the ones the table definitions make. */
class JsonSchemasTest {

    @Test
    void thePublishedSchemasAreUpToDate() throws IOException {
        for (Table<?> table : Tables.definitions()) {
            Path file = Path.of("schema", JsonSchemas.fileName(table));

            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as("%s is stale: regenerate with quotes schemas", file).isEqualTo(JsonSchemas.of(table));
        }
    }

    @Test
    void requiresTheColumnsThatAreNeverNullAndAllowsNullElsewhere() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(JsonSchemas.of(Tables.QUOTES));

        assertThat(schema.get("required").toString()).isEqualTo("[\"quote_id\",\"document_id\",\"outlet_id\",\"kind\","
                + "\"text\",\"char_start\",\"char_end\",\"source_file\"]");
        assertThat(schema.at("/properties/kind/enum").toString())
                .isEqualTo("[\"full\",\"fragment\",\"scare\",\"indirect\"]");
        assertThat(schema.at("/properties/speaker_type/enum").toString()).isEqualTo("[\"person\",\"organisation\",null]");
        assertThat(schema.at("/properties/utterance_date/type").toString()).isEqualTo("[\"string\",\"null\"]");
        assertThat(schema.at("/properties/char_start/maximum").asLong()).isEqualTo(Integer.MAX_VALUE);
    }
}
