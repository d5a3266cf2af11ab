package org.newsquotes.export.csv;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.newsquotes.export.Column;
import org.newsquotes.export.ColumnType;
import org.newsquotes.export.MetadataWriter;
import org.newsquotes.export.Table;
import org.newsquotes.export.Tables;
import org.newsquotes.model.DatasetVersion;

/**
 * {@code datapackage.json}: a Frictionless Tabular Data Package with one Tabular Data Resource per
 * CSV file, each with its Table Schema (field types, required constraints, primary and foreign keys)
 * and CSV dialect, written from the same column lists as the files it describes.
 */
public final class DataPackageWriter implements MetadataWriter {

    /** The file's name. */
    public static final String FILE_NAME = "datapackage.json";
    /** The package's name. */
    static final String PACKAGE_NAME = "geneva-2022-quotes";

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(List<Table<?>> tables, Path folder, Path file) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        pretty.indentObjectsWith(indenter);
        pretty.indentArraysWith(indenter);
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW);
                JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(pretty);
            json.writeStartObject();
            json.writeStringField("profile", "tabular-data-package");
            json.writeStringField("name", PACKAGE_NAME);
            json.writeStringField("title", "Geneva 2022 quotes and claims");
            json.writeStringField("version", DatasetVersion.current());
            json.writeStringField("schema_version", Tables.SCHEMA_VERSION);
            json.writeArrayFieldStart("resources");
            for (Table<?> table : tables) {
                writeResource(table, json);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void writeResource(Table<?> table, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("profile", "tabular-data-resource");
        json.writeStringField("name", table.name());
        json.writeStringField("path", table.name() + ".csv");
        json.writeStringField("description", table.description());
        json.writeStringField("format", "csv");
        json.writeStringField("mediatype", "text/csv");
        json.writeStringField("encoding", "utf-8");
        json.writeObjectFieldStart("dialect");
        json.writeStringField("delimiter", CsvTableWriter.FORMAT.getDelimiterString());
        json.writeStringField("lineTerminator", CsvTableWriter.FORMAT.getRecordSeparator());
        json.writeStringField("quoteChar", String.valueOf(CsvTableWriter.FORMAT.getQuoteCharacter()));
        json.writeBooleanField("doubleQuote", CsvTableWriter.FORMAT.getEscapeCharacter() == null);
        json.writeBooleanField("header", true);
        json.writeEndObject();
        json.writeObjectFieldStart("schema");
        json.writeArrayFieldStart("fields");
        for (Column<?> column : table.columns()) {
            json.writeStartObject();
            json.writeStringField("name", column.name());
            json.writeStringField("type", fieldType(column.type()));
            json.writeStringField("description", column.description());
            if (!column.nullable()) {
                json.writeObjectFieldStart("constraints");
                json.writeBooleanField("required", true);
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("missingValues");
        json.writeString("");
        json.writeEndArray();
        json.writeArrayFieldStart("primaryKey");
        for (String key : table.primaryKey()) {
            json.writeString(key);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("foreignKeys");
        for (Table.ForeignKey key : table.foreignKeys()) {
            json.writeStartObject();
            json.writeStringField("fields", key.column());
            json.writeObjectFieldStart("reference");
            json.writeStringField("resource", key.table());
            json.writeStringField("fields", key.referencedColumn());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The Table Schema type of a column type; lists are JSON arrays in the CSV cells. */
    static String fieldType(ColumnType type) {
        return switch (type) {
            case STRING -> "string";
            case INT32 -> "integer";
            case DOUBLE -> "number";
            case DATE -> "date";
            case STRING_LIST -> "array";
        };
    }
}
