package org.newsquotes.validate.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsquotes.schema.Table;

/** Opens a table file with the reader for its format, chosen by its extension. */
public final class RowReaders {

    /**
     * A reader of the JSON Lines in {@code length} bytes of {@code bytes} from {@code offset}, which
     * start at the start of a line: a piece of a larger file, read on its own. Its rows' lines count
     * from the piece's first line, as 1.
     */
    public static RowReader jsonLines(byte[] bytes, int offset, int length) throws IOException {
        return new JsonRowReader(bytes, offset, length, null);
    }

    /**
     * {@link #jsonLines(byte[], int, int)}, reading fastest the rows that name {@code table}'s columns
     * in its order: the same rows, whatever their columns.
     */
    public static RowReader jsonLines(byte[] bytes, int offset, int length, Table<?> table) throws IOException {
        return new JsonRowReader(bytes, offset, length, table);
    }

    /** Whether {@code file}'s extension is one of {@link #EXTENSIONS}. */
    public static boolean canRead(Path file) {
        return EXTENSIONS.contains(extension(file));
    }

    /** Whether {@code file} is JSON Lines, one row a line, which can be cut into pieces at line ends. */
    public static boolean isJsonLines(Path file) {
        return extension(file).equals("jsonl");
    }

    /** The extensions that can be read: {@code csv}, {@code json}, {@code jsonl}. */
    public static final List<String> EXTENSIONS = List.of("csv", "json", "jsonl");

    private RowReaders() {
    }

    /** A reader for {@code file}, or empty when its extension is not one of {@link #EXTENSIONS}. */
    public static Optional<RowReader> open(Path file) throws IOException {
        switch (extension(file)) {
            case "csv":
                return Optional.of(new CsvRowReader(file));
            case "json":
                return Optional.of(new JsonRowReader(file, false));
            case "jsonl":
                return Optional.of(new JsonRowReader(file, true));
            default:
                return Optional.empty();
        }
    }

    /** The file's extension in lower case, without the dot; empty when it has none. */
    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
