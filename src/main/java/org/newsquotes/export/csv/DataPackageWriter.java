package org.newsquotes.export.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsquotes.export.Checksums;
import org.newsquotes.schema.Column;
import org.newsquotes.export.DatasetDescription;
import org.newsquotes.export.PrettyJson;
import org.newsquotes.schema.ColumnType;
import org.newsquotes.export.ExportFiles;
import org.newsquotes.export.MetadataWriter;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Tables;
import org.newsquotes.model.DatasetVersion;

/**
 * {@code datapackage.json}: a Frictionless Tabular Data Package with one Tabular Data Resource per
 * CSV file, each with its Table Schema (field types, required constraints, primary and foreign keys)
 * and CSV dialect, written from the same column lists as the files it describes; the JSON, JSON Lines
 * and Parquet files of each table follow as plain data resources. Every resource has its size and
 * sha256.
 */
public final class DataPackageWriter implements MetadataWriter {

    /** The file's name. */
    public static final String FILE_NAME = "datapackage.json";
    /** The package's name. */
    static final String PACKAGE_NAME = "geneva-2022-quotes";

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(List<Table<?>> tables, Path folder, Path file) throws IOException {
        try (JsonGenerator json = PrettyJson.create(file)) {
            json.writeStartObject();
            json.writeStringField("profile", "tabular-data-package");
            json.writeStringField("name", PACKAGE_NAME);
            json.writeStringField("title", DatasetDescription.TITLE);
            json.writeStringField("version", DatasetVersion.current());
            json.writeStringField("schema_version", Tables.SCHEMA_VERSION);
            json.writeStringField("description", DatasetDescription.SUMMARY);
            json.writeArrayFieldStart("licenses");
            json.writeStartObject();
            json.writeStringField("name", "CC-BY-4.0");
            json.writeStringField("path", DatasetDescription.LICENSE_URL);
            json.writeStringField("title", "Creative Commons Attribution 4.0 International");
            json.writeEndObject();
            json.writeEndArray();
            List<Path> files = ExportFiles.list(folder, file);
            json.writeArrayFieldStart("resources");
            for (Table<?> table : tables) {
                Path csv = folder.resolve(table.name() + ".csv");
                writeResource(table, csv, json);
                for (Path other : files) {
                    if (ExportFiles.stem(other).equals(table.name()) && !other.equals(csv)) {
                        writeOtherFormat(table, other, json);
                    }
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void writeResource(Table<?> table, Path csv, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("profile", "tabular-data-resource");
        json.writeStringField("name", table.name());
        json.writeStringField("path", csv.getFileName().toString());
        json.writeStringField("description", table.description());
        json.writeStringField("format", "csv");
        json.writeStringField("mediatype", ExportFiles.mediaType(csv));
        json.writeStringField("encoding", "utf-8");
        writeSizeAndHash(csv, json);
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

    /** The same rows in another format: a plain data resource that names the CSV resource it mirrors. */
    private static void writeOtherFormat(Table<?> table, Path file, JsonGenerator json) throws IOException {
        String format = ExportFiles.extension(file);
        json.writeStartObject();
        json.writeStringField("profile", "data-resource");
        json.writeStringField("name", table.name() + "-" + format);
        json.writeStringField("path", file.getFileName().toString());
        json.writeStringField("description", "The rows and columns of " + table.name() + ".csv, as " + format
                + " with typed values.");
        json.writeStringField("format", format);
        json.writeStringField("mediatype", ExportFiles.mediaType(file));
        if (!format.equals("parquet")) {
            json.writeStringField("encoding", "utf-8");
        }
        writeSizeAndHash(file, json);
        json.writeEndObject();
    }

    private static void writeSizeAndHash(Path file, JsonGenerator json) throws IOException {
        json.writeNumberField("bytes", Files.size(file));
        json.writeStringField("hash", "sha256:" + Checksums.sha256(file));
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
