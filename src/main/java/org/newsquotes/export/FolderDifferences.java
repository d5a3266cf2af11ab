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
 * @param expectedFiles how many entries the expected folder holds
 * @param differing names of files in both whose bytes differ
 * @param missing names of files only in the expected folder
 * @param extra names of files or folders only in the actual folder
 */
public record FolderDifferences(int expectedFiles, List<String> differing, List<String> missing,
        List<String> extra) {

    public FolderDifferences {
        differing = List.copyOf(differing);
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
    }

    /**
     * Compares the entries directly in {@code expected} with those in {@code actual}, but for those an
     * export keeps while it runs ({@link StagingFolder#isBookkeeping}); a folder that does not exist has
     * no entries. Names are sorted.
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
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).filter(name -> !StagingFolder.isBookkeeping(name))
                    .sorted().toList();
        }
    }
}
