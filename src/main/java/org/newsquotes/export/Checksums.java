package org.newsquotes.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.newsquotes.model.Sha256;
import org.newsquotes.schema.Table;

/**
 * {@code SHA256SUMS}: the sha256 of every other file in the folder and its folders (named by their path,
 * {@code citron/d000.json}), one {@code <hex>  <name>} line
 * each, sorted by name, as {@code sha256sum} writes it and {@code sha256sum -c} reads it.
 */
public final class Checksums implements MetadataWriter {

    /** The file's name. */
    public static final String FILE_NAME = "SHA256SUMS";

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(List<Table<?>> tables, Path folder, Path file) throws IOException {
        List<Path> files = new ArrayList<>(ExportFiles.list(folder, file));
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path sub : entries.filter(Files::isDirectory).toList()) {
                files.addAll(ExportFiles.listNested(sub));
            }
        }
        List<String> lines = new ArrayList<>();
        for (Path p : files) {
            lines.add(sha256(p) + "  " + FolderDifferences.relative(folder, p) + "\n");
        }
        lines.sort(Comparator.comparing(line -> line.substring(66)));
        StringBuilder text = new StringBuilder();
        lines.forEach(text::append);
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The lower-case hex sha256 of {@code file}'s bytes. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Sha256.of(in);
        }
    }
}
