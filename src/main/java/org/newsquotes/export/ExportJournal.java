package org.newsquotes.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an export is about to move into place, written into the export folder before the first move
 * and removed after the last: the staging folder that holds the new files, the folder the replaced
 * files go to, and the files' names. While it exists the folder may hold some new files and some old;
 * the next run reads it and finishes the moves (every new file was complete before it was written).
 *
 * @param staging the staging folder's name, in the export folder
 * @param backup the name of the folder that replaced files are moved to, in the export folder
 * @param files the names of the files to move into place, in order
 */
record ExportJournal(String staging, String backup, List<String> files) {

    /** The journal file's name. */
    static final String NAME = ".export-journal";

    private static final String FIRST_LINE = "quotes export journal 1";

    ExportJournal {
        files = List.copyOf(files);
    }

    /** Writes the journal into {@code folder}, all at once. */
    void write(Path folder, FileOps ops) throws IOException {
        StringBuilder text = new StringBuilder(FIRST_LINE).append('\n');
        text.append("staging ").append(staging).append('\n');
        text.append("backup ").append(backup).append('\n');
        files.forEach(f -> text.append("file ").append(f).append('\n'));
        ops.writeDurably(folder.resolve(NAME), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The journal in {@code folder}, if there is one.
     *
     * @throws IOException when it cannot be read, or is not a journal this version wrote
     */
    static Optional<ExportJournal> read(Path folder) throws IOException {
        Path file = folder.resolve(NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String staging = null;
        String backup = null;
        List<String> files = new ArrayList<>();
        boolean known = !lines.isEmpty() && lines.get(0).equals(FIRST_LINE);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            if (line.startsWith("staging ")) {
                staging = plainName(line.substring("staging ".length()));
            } else if (line.startsWith("backup ")) {
                backup = plainName(line.substring("backup ".length()));
            } else if (line.startsWith("file ")) {
                files.add(plainName(line.substring("file ".length())));
            } else {
                known = false;
            }
        }
        if (!known || staging == null || backup == null || files.contains(null)) {
            throw new IOException(file + ": not a journal of an export; move it away and check the folder's files"
                    + " by hand");
        }
        return Optional.of(new ExportJournal(staging, backup, files));
    }

    /** The name, when it names an entry of the folder itself; else null. */
    private static String plainName(String name) {
        return name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")
                ? null : name;
    }
}
