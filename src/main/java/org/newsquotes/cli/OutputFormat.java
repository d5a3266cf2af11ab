package org.newsquotes.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsquotes.bulk.Output;
import org.newsquotes.bulk.ParquetOutput;
import org.newsquotes.bulk.TextOutput;
import org.newsquotes.export.csv.CsvTableWriter;
import org.newsquotes.export.json.JsonTableWriter;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The formats that {@code export --input} writes, as {@code --format} names them. An output is made
 * only when asked for, in a switch rather than a constructor reference held by each constant, so that
 * the command line's model, which reads these constants for every command, loads no Parquet class.
 */
enum OutputFormat {

    /** Apache Parquet, one file of row groups. */
    PARQUET,
    /** CSV with a header row. */
    CSV,
    /** JSON Lines, one row object a line. */
    JSONL,
    /** One JSON array of row objects. */
    JSON;

    /** The extension of this format's files, without the dot. */
    String extension() {
        return toString();
    }

    /** A bulk output that writes {@code file} in this format. */
    Output output(Path file) {
        switch (this) {
            case PARQUET:
                return new ParquetOutput(file);
            case CSV:
                return new TextOutput(new CsvTableWriter(), file);
            case JSONL:
                return new TextOutput(JsonTableWriter.lines(), file);
            default:
                return new TextOutput(JsonTableWriter.array(), file);
        }
    }

    /** The name on the command line and in help: lower case, as the file extensions are. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a format in any case. Picocli's own reading of enums lists the constants' names beside
     * their lower-case forms when a value is refused; this lists each once.
     */
    static final class Converter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat format : values()) {
                if (format.toString().equals(value.toLowerCase(Locale.ROOT))) {
                    return format;
                }
            }
            throw new TypeConversionException("unknown format '" + value + "'; give "
                    + Stream.of(values()).map(OutputFormat::toString).collect(Collectors.joining(", ")));
        }
    }
}
