package org.newsquotes.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsquotes.export.Checksums;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.ColumnType;
import org.newsquotes.export.DatasetDescription;
import org.newsquotes.export.ExportFiles;
import org.newsquotes.export.MetadataWriter;
import org.newsquotes.export.PrettyJson;
import org.newsquotes.schema.Table;
import org.newsquotes.model.DatasetVersion;

/**
 * {@code croissant.json}: MLCommons Croissant 1.0 metadata (JSON-LD) for the export. The distribution
 * has one {@code cr:FileObject} per file already written, with its size and sha256; each table is a
 * {@code cr:RecordSet} whose typed fields are read from the table's Parquet file, with the table's
 * primary key as key and its foreign keys as references. Written from the same column lists as the
 * files it describes.
 *
 * <p>The dataset has no confirmed public address yet, so the optional {@code url} is left out rather
 * than guessed.
 */
public final class CroissantWriter implements MetadataWriter {

    /** The file's name. */
    public static final String FILE_NAME = "croissant.json";

    /** What a Croissant 1.0 document conforms to. */
    public static final String CONFORMS_TO = "http://mlcommons.org/croissant/1.0";

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(List<Table<?>> tables, Path folder, Path file) throws IOException {
        try (JsonGenerator json = PrettyJson.create(file)) {
            json.writeStartObject();
            writeContext(json);
            json.writeStringField("@type", "sc:Dataset");
            json.writeStringField("name", DatasetDescription.TITLE);
            json.writeStringField("description", DatasetDescription.SUMMARY);
            json.writeStringField("conformsTo", CONFORMS_TO);
            json.writeStringField("citeAs", DatasetDescription.citeAs(DatasetVersion.current()));
            json.writeStringField("license", DatasetDescription.LICENSE_URL);
            json.writeStringField("version", DatasetVersion.current());
            json.writeObjectFieldStart("creator");
            json.writeStringField("@type", "sc:Organization");
            json.writeStringField("name", DatasetDescription.CREATOR);
            json.writeEndObject();
            json.writeArrayFieldStart("distribution");
            for (Path data : ExportFiles.list(folder, file)) {
                writeFileObject(data, json);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("recordSet");
            for (Table<?> table : tables) {
                writeRecordSet(table, json);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void writeContext(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("@context");
        json.writeStringField("@language", "en");
        json.writeStringField("@vocab", "https://schema.org/");
        json.writeStringField("sc", "https://schema.org/");
        json.writeStringField("cr", "http://mlcommons.org/croissant/");
        json.writeStringField("dct", "http://purl.org/dc/terms/");
        json.writeStringField("citeAs", "cr:citeAs");
        json.writeStringField("column", "cr:column");
        json.writeStringField("conformsTo", "dct:conformsTo");
        json.writeObjectFieldStart("dataType");
        json.writeStringField("@id", "cr:dataType");
        json.writeStringField("@type", "@vocab");
        json.writeEndObject();
        json.writeStringField("extract", "cr:extract");
        json.writeStringField("field", "cr:field");
        json.writeStringField("fileObject", "cr:fileObject");
        json.writeStringField("format", "cr:format");
        json.writeStringField("key", "cr:key");
        json.writeStringField("recordSet", "cr:recordSet");
        json.writeStringField("references", "cr:references");
        json.writeStringField("repeated", "cr:repeated");
        json.writeStringField("source", "cr:source");
        json.writeEndObject();
    }

    private static void writeFileObject(Path data, JsonGenerator json) throws IOException {
        String name = data.getFileName().toString();
        json.writeStartObject();
        json.writeStringField("@type", "cr:FileObject");
        json.writeStringField("@id", name);
        json.writeStringField("name", name);
        json.writeStringField("contentUrl", name);
        json.writeStringField("contentSize", Files.size(data) + " B");
        json.writeStringField("encodingFormat", ExportFiles.mediaType(data));
        json.writeStringField("sha256", Checksums.sha256(data));
        json.writeEndObject();
    }

    private static void writeRecordSet(Table<?> table, JsonGenerator json) throws IOException {
        String source = table.name() + ".parquet";
        json.writeStartObject();
        json.writeStringField("@type", "cr:RecordSet");
        json.writeStringField("@id", table.name());
        json.writeStringField("name", table.name());
        json.writeStringField("description", table.description());
        if (table.primaryKey().size() == 1) {
            json.writeObjectFieldStart("key");
            json.writeStringField("@id", fieldId(table.name(), table.primaryKey().get(0)));
            json.writeEndObject();
        }
        json.writeArrayFieldStart("field");
        for (Column<?> column : table.columns()) {
            json.writeStartObject();
            json.writeStringField("@type", "cr:Field");
            json.writeStringField("@id", fieldId(table.name(), column.name()));
            json.writeStringField("name", column.name());
            json.writeStringField("description", column.description());
            json.writeStringField("dataType", dataType(column.type()));
            if (column.type() == ColumnType.STRING_LIST) {
                json.writeBooleanField("repeated", true);
            }
            for (Table.ForeignKey key : table.foreignKeys()) {
                if (key.column().equals(column.name())) {
                    json.writeObjectFieldStart("references");
                    json.writeObjectFieldStart("field");
                    json.writeStringField("@id", fieldId(key.table(), key.referencedColumn()));
                    json.writeEndObject();
                    json.writeEndObject();
                }
            }
            json.writeObjectFieldStart("source");
            json.writeObjectFieldStart("fileObject");
            json.writeStringField("@id", source);
            json.writeEndObject();
            json.writeObjectFieldStart("extract");
            json.writeStringField("column", column.name());
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static String fieldId(String table, String column) {
        return table + "/" + column;
    }

    /** The schema.org type of a column type; a list is its item type with {@code repeated}. */
    static String dataType(ColumnType type) {
        return switch (type) {
            case STRING, STRING_LIST -> "sc:Text";
            case INT32 -> "sc:Integer";
            case DOUBLE -> "sc:Float";
            case DATE -> "sc:Date";
        };
    }
}
