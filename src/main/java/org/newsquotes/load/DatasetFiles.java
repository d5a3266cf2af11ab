package org.newsquotes.load;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsquotes.model.Location;
import org.newsquotes.schema.Messages;
import org.newsquotes.schema.RuleDescriptor;
import org.newsquotes.schema.Violation;

/**
 * Reads the dataset's files, refusing what is not one: only a regular file (not a folder, a FIFO
 * or a device, which would block or fail the reader), inside the folder it belongs to once links are
 * followed (a source linked to a file elsewhere is never read, and its text never shown), and no
 * larger than its limit, checked before a byte is parsed. Each refusal is a violation at the place
 * that names the file.
 */
final class DatasetFiles {

    /** The largest YAML file read, in bytes: 27 times the largest of the bundled dataset. */
    static final long YAML_LIMIT = 1L << 20;
    /** The largest source text read, in bytes: a long transcript fits. */
    static final long SOURCE_LIMIT = 8L << 20;

    /** How a file's bytes are read: the seam where tests put a fault that a test cannot make (permissions as root). */
    interface Reads {
        /** All of {@code file}'s bytes. */
        byte[] readAllBytes(Path file) throws IOException;
    }

    private final Reads reads;
    private final Consumer<Violation> problems;

    DatasetFiles(Reads reads, Consumer<Violation> problems) {
        this.reads = reads;
        this.problems = problems;
    }

    /**
     * The bytes of {@code file}, or empty when it cannot be one of the dataset's files (reported).
     *
     * @param file the file
     * @param within the folder the file must be in once links are followed
     * @param limit the largest size allowed, in bytes
     * @param where where to report a problem: the file itself, or the field that names it
     * @param id the record that names the file, or null
     * @param field the field that names the file, or null
     * @param asWritten the file as the report names it
     * @param missing what to say when the file does not exist
     */
    Optional<byte[]> read(Path file, Path within, long limit, Location where, String id, String field,
            String asWritten, String missing) throws IOException {
        if (!file.toAbsolutePath().normalize().startsWith(within.toAbsolutePath().normalize())) {
            report(LoadRules.FILE_OUTSIDE, where, id, field, asWritten + " is outside " + Messages.quoted(
                    within.getFileName() + "/") + "; name a file in it");
            return Optional.empty();
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            report(LoadRules.FILE_MISSING, where, id, field, Files.isSymbolicLink(file)
                    ? asWritten + " is a link to a file that does not exist" : missing);
            return Optional.empty();
        } catch (FileSystemException e) {
            report(LoadRules.FILE_MISSING, where, id, field, asWritten + " cannot be read: " + Messages.cause(e));
            return Optional.empty();
        }
        if (!attributes.isRegularFile()) {
            report(LoadRules.FILE_TYPE, where, id, field, asWritten + " is " + kind(attributes)
                    + ", not a regular file; dataset files are plain files");
            return Optional.empty();
        }
        Path real = file.toRealPath();
        Path realWithin = within.toRealPath();
        if (!real.startsWith(realWithin)) {
            report(LoadRules.FILE_OUTSIDE, where, id, field, asWritten + " leads outside " + Messages.quoted(
                    within.getFileName() + "/") + " once links are followed; store the file itself there");
            return Optional.empty();
        }
        if (attributes.size() > limit) {
            report(LoadRules.FILE_SIZE, where, id, field, asWritten + " is " + attributes.size() + " bytes; a file of"
                    + " this kind may hold at most " + limit + " bytes");
            return Optional.empty();
        }
        try {
            return Optional.of(reads.readAllBytes(file));
        } catch (AccessDeniedException e) {
            report(LoadRules.FILE_MISSING, where, id, field, asWritten + " cannot be read: permission denied; give"
                    + " the user running quotes read access to it");
            return Optional.empty();
        }
    }

    private static String kind(BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a folder";
        }
        return attributes.isOther() ? "a special file (a FIFO, socket or device)" : "not a regular file";
    }

    private void report(RuleDescriptor rule, Location where, String id, String field,
            String message) {
        problems.accept(rule.violation(where, id, field, message));
    }
}
