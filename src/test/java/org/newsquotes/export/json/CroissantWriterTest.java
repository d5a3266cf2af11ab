package org.newsquotes.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.ColumnType;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Tables;
import org.newsquotes.model.DatasetVersion;

class CroissantWriterTest {

    @TempDir
    Path folder;

    private JsonNode write() throws IOException {
        Files.writeString(folder.resolve("quotes.parquet"), "not really parquet", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("quotes.csv"), "quote_id\r\n", StandardCharsets.UTF_8);
        Path file = folder.resolve(CroissantWriter.FILE_NAME);
        new CroissantWriter().write(Tables.definitions(), folder, file);
        return new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void describesTheDatasetAsCroissantOneZero() throws IOException {
        JsonNode croissant = write();

        assertThat(croissant.get("@type").asText()).isEqualTo("sc:Dataset");
        assertThat(croissant.get("conformsTo").asText()).isEqualTo("http://mlcommons.org/croissant/1.0");
        assertThat(croissant.get("@context").get("cr").asText()).isEqualTo("http://mlcommons.org/croissant/");
        assertThat(croissant.get("version").asText()).isEqualTo(DatasetVersion.current());
        assertThat(croissant.has("url")).as("no address is confirmed, so none is given").isFalse();
    }

    @Test
    void hasAFileObjectPerFileAlreadyWritten() throws IOException {
        JsonNode distribution = write().get("distribution");

        assertThat(distribution).hasSize(2);
        assertThat(distribution.get(0).get("@id").asText()).isEqualTo("quotes.csv");
        assertThat(distribution.get(0).get("encodingFormat").asText()).isEqualTo("text/csv");
        assertThat(distribution.get(0).get("contentSize").asText()).isEqualTo("10 B");
        assertThat(distribution.get(1).get("encodingFormat").asText()).isEqualTo("application/x-parquet");
        assertThat(distribution.get(1).get("sha256").asText()).hasSize(64);
    }

    @Test
    void hasARecordSetPerTableWithTypedFieldsKeysAndReferences() throws IOException {
        JsonNode recordSets = write().get("recordSet");

        assertThat(recordSets).hasSize(Tables.definitions().size());
        for (int t = 0; t < recordSets.size(); t++) {
            Table<?> table = Tables.definitions().get(t);
            JsonNode recordSet = recordSets.get(t);
            assertThat(recordSet.get("@id").asText()).isEqualTo(table.name());
            assertThat(recordSet.get("key").get("@id").asText())
                    .isEqualTo(table.name() + "/" + table.primaryKey().get(0));
            List<String> names = new ArrayList<>();
            for (JsonNode field : recordSet.get("field")) {
                names.add(field.get("name").asText());
                Column<?> column = table.columns().get(names.size() - 1);
                assertThat(field.get("source").get("fileObject").get("@id").asText())
                        .isEqualTo(table.name() + ".parquet");
                assertThat(field.get("repeated") != null).isEqualTo(column.type() == ColumnType.STRING_LIST);
                assertThat(field.get("dataType").asText()).isEqualTo(CroissantWriter.dataType(column.type()));
            }
            assertThat(names).containsExactlyElementsOf(table.columnNames());
        }
        JsonNode speakerId = recordSets.get(0).get("field").get(Tables.QUOTES.columnNames().indexOf("speaker_id"));
        assertThat(speakerId.get("references").get("field").get("@id").asText()).isEqualTo("speakers/speaker_id");
        assertThat(speakerId.get("dataType").asText()).isEqualTo("sc:Text");
    }

    @Test
    void mapsEveryColumnTypeToASchemaOrgType() {
        assertThat(CroissantWriter.dataType(ColumnType.DATE)).isEqualTo("sc:Date");
        assertThat(CroissantWriter.dataType(ColumnType.INT32)).isEqualTo("sc:Integer");
        assertThat(CroissantWriter.dataType(ColumnType.DOUBLE)).isEqualTo("sc:Float");
        assertThat(CroissantWriter.dataType(ColumnType.STRING_LIST)).isEqualTo("sc:Text");
    }
}
