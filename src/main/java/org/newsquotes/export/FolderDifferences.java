package org.newsquotes.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * How a folder differs from the folder it should equal, file by file and byte for byte: what
 * {@code export --check} reports.
 *
 * @param expectedFiles how many files the expected folder holds
 * @param differing names of files in both whose bytes differ
 * @param missing names of files only in the expected folder
 * @param extra names of files or folders only in the actual folder; a file in a folder is named by its
 *     path from the compared folder, with {@code /} ({@code citron/d000.json})
 */
public record FolderDifferences(int expectedFiles, List<String> differing, List<String> missing,
        List<String> extra) {

    public FolderDifferences {
        differing = List.copyOf(differing);
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
    }

    /**
     * Compares the entries in {@code expected} with those in {@code actual}, and the files in their
     * folders, but for those an export keeps while it runs ({@link StagingFolder#isBookkeeping}); a
     * folder that does not exist has no entries. Names are sorted.
     */
    public static FolderDifferences between(Path expected, Path actual) throws IOException {
        List<String> expectedNames = names(expected);
        TreeSet<String> names = new TreeSet<>(expectedNames);
        List<String> actualNames = names(actual);
        names.addAll(actualNames);
        List<String> differing = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (String name : names) {
            Path want = expected.resolve(name);
            Path have = actual.resolve(name);
            if (!Files.exists(want)) {
                extra.add(name);
            } else if (!actualNames.contains(name)) {
                missing.add(name);
            } else if (!Files.isRegularFile(have) || Files.mismatch(want, have) != -1) {
                differing.add(name);
            }
        }
        return new FolderDifferences(expectedNames.size(), differing, missing, extra);
    }

    /** Whether the folders hold the same files with the same bytes. */
    public boolean none() {
        return differing.isEmpty() && missing.isEmpty() && extra.isEmpty();
    }

    /** How many files differ, are missing or are extra. */
    public int count() {
        return differing.size() + missing.size() + extra.size();
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.filter(p -> !StagingFolder.isBookkeeping(p.getFileName().toString())).toList()) {
                if (Files.isDirectory(entry)) {
                    names.addAll(ExportFiles.listNested(entry).stream().map(f -> relative(folder, f)).toList());
                } else {
                    names.add(entry.getFileName().toString());
                }
            }
        }
        return names.stream().sorted().toList();
    }

    /** {@code file}'s path from {@code folder}, with forward slashes. */
    static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
