package org.newsquotes.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/** The table files that the inputs name: each file given, and the table files in each folder given. */
final class InputFiles {

    /**
     * One table file.
     *
     * @param index its place among the files, in the order the command line gives them
     * @param uri its full path on its file system, as Hadoop's file splits name it
     * @param shown the file as reports show it: as given, or the folder as given and the path inside it
     * @param csv whether it is CSV rather than JSON Lines
     */
    record InputFile(int index, String uri, String shown, boolean csv) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private InputFiles() {
    }

    /**
     * The files of {@code inputs}, in order: each input in turn, and a folder's table files (.jsonl, .csv, at any
     * depth, but none whose name starts with a dot or an underscore, such as {@code _SUCCESS}) by their paths.
     *
     * @throws JobOptions.UsageException when an input does not exist, is not a table file, or is a folder without one
     */
    static List<InputFile> list(List<String> inputs, Configuration conf) throws IOException {
        List<InputFile> files = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus status;
            try {
                status = fs.getFileStatus(path);
            } catch (FileNotFoundException e) {
                throw new JobOptions.UsageException(input + ": no such file or folder");
            }
            if (!status.isDirectory()) {
                files.add(file(files.size(), status.getPath(), input));
                continue;
            }
            List<Path> inFolder = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> listed = fs.listFiles(path, true);
            while (listed.hasNext()) {
                Path found = listed.next().getPath();
                if (isTableFile(found.getName()) && !hidden(status.getPath(), found)) {
                    inFolder.add(found);
                }
            }
            if (inFolder.isEmpty()) {
                throw new JobOptions.UsageException(input + ": a folder without .jsonl or .csv files");
            }
            inFolder.sort(null);
            String base = status.getPath().toUri().getPath();
            String shownFolder = input.endsWith("/") ? input.substring(0, input.length() - 1) : input;
            for (Path found : inFolder) {
                files.add(file(files.size(), found, shownFolder + found.toUri().getPath().substring(base.length())));
            }
        }
        return files;
    }

    private static InputFile file(int index, Path path, String shown) {
        if (!isTableFile(path.getName())) {
            throw new JobOptions.UsageException(shown + ": not a table file the job reads; give .jsonl or .csv files");
        }
        return new InputFile(index, path.toString(), shown, extension(path.getName()).equals("csv"));
    }

    private static boolean isTableFile(String name) {
        String extension = extension(name);
        return extension.equals("jsonl") || extension.equals("csv");
    }

    /** Whether a name on the way from {@code folder} to {@code file} starts with a dot or an underscore. */
    private static boolean hidden(Path folder, Path file) {
        for (Path at = file; at != null && !at.equals(folder); at = at.getParent()) {
            if (at.getName().startsWith(".") || at.getName().startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
