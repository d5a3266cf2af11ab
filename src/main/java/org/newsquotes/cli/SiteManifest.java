package org.newsquotes.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The list of the files that {@code quotes site} wrote into a folder, kept in the folder beside them, so
 * that a rebuild removes the pages the dataset no longer gives (a group since removed) and nothing else:
 * files of the folder that no site run wrote are never touched.
 */
final class SiteManifest {

    /** The list's file name in the site's folder. */
    static final String NAME = ".quotes-site-files";

    /** The names a site writes: plain file names in its folder, never a path elsewhere. */
    private static final Pattern PAGE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private SiteManifest() {
    }

    /** The files the last site run listed in {@code folder}; none when it has no list. */
    static Set<String> read(Path folder) throws IOException {
        Path list = folder.resolve(NAME);
        Set<String> names = new TreeSet<>();
        if (!Files.isRegularFile(list, LinkOption.NOFOLLOW_LINKS)) {
            return names;
        }
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            // A line that is not a plain file name was not written by a site run: it is not a file to remove.
            if (PAGE_NAME.matcher(line).matches()) {
                names.add(line);
            }
        }
        return names;
    }

    /** Writes the list of {@code names} to {@code file}, sorted, one a line. */
    static void write(Path file, Collection<String> names) throws IOException {
        StringBuilder text = new StringBuilder();
        new TreeSet<>(names).forEach(name -> text.append(name).append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /**
     * Removes the files {@code stale} from {@code folder}, then lists only {@code current} there. The list
     * still names the stale files until they are gone, so that a run stopped in between leaves them to the
     * next run.
     */
    static void removeStale(Path folder, Set<String> stale, Collection<String> current) throws IOException {
        if (stale.isEmpty()) {
            return;
        }
        for (String name : stale) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(file);
            }
        }
        NewFile.write(folder.resolve(NAME), partial -> {
            write(partial, current);
            return null;
        });
    }
}
