package org.newsquotes.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the metadata writers need to know of the files already written: which they are, in a stable
 * order, and the media type of each, by extension.
 */
public final class ExportFiles {

    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "csv", "text/csv",
            "json", "application/json",
            "jsonl", "application/jsonlines",
            "parquet", "application/x-parquet");

    private ExportFiles() {
    }

    /** Every regular file in {@code folder} but {@code except}, sorted by name. */
    public static List<Path> list(Path folder, Path except) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(p -> !p.equals(except))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }

    /** Every regular file in {@code folder} and the folders in it, sorted by path. */
    public static List<Path> listNested(Path folder) throws IOException {
        try (Stream<Path> entries = Files.walk(folder)) {
            return entries.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The file name's extension, lower-case, without the dot; empty when it has none. */
    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The media type of an export file, or {@code application/octet-stream} when none is known. */
    public static String mediaType(Path file) {
        return MEDIA_TYPES.getOrDefault(extension(file), "application/octet-stream");
    }

    /** The name of the file without its extension. */
    public static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
