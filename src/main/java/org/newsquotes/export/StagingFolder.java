package org.newsquotes.export;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsquotes.schema.Messages;

/**
 * A hidden folder inside the folder being written, so that files appear all or nothing. Files are
 * written here; {@link #commit} moves them into place under a journal ({@link ExportJournal}), whose
 * presence tells the next run that an export was cut off while its files were being moved, and that it
 * must finish it. Whatever is left here is deleted on {@link #close()}. The folder is locked
 * ({@link FolderLock}) from {@link #in} to {@link #close()}, so that two runs never write into one
 * folder at once, and leftovers of runs that were killed (staging folders, replaced files, a
 * journal) are dealt with first, under the lock.
 *
 * <p>The invariant, after a crash at any instant: the folder holds the complete old set of files, or
 * the complete new set, or a journal, which the next run (of any command that writes there, or of
 * {@link #recover}) turns into the complete new set before it does anything else.
 */
public final class StagingFolder implements Closeable {

    private static final String STAGING_PREFIX = ".staging-";
    private static final String BACKUP_PREFIX = ".backup-";

    private final Path folder;
    private final Path target;
    private final FileOps ops;
    private final FolderLock lock;
    private final Optional<String> recovered;
    private boolean journalLeft;
    private boolean committed;
    private boolean abandoned;

    private StagingFolder(Path folder, Path target, FileOps ops, FolderLock lock, Optional<String> recovered) {
        this.folder = folder;
        this.target = target;
        this.ops = ops;
        this.lock = lock;
        this.recovered = recovered;
    }

    /** A new staging folder inside {@code target}, which is created when needed. */
    public static StagingFolder in(Path target) throws IOException {
        return in(target, FileOps.SYSTEM);
    }

    /**
     * A new staging folder inside {@code target}, put in place through {@code ops}: locks the folder,
     * finishes or removes what an earlier run left there, then makes the staging folder.
     *
     * @throws IOException when another run holds the folder's lock, among others
     */
    public static StagingFolder in(Path target, FileOps ops) throws IOException {
        Files.createDirectories(target);
        FolderLock lock = FolderLock.tryAcquire(target);
        if (lock == null) {
            throw new IOException(target + ": another quotes run is writing into this folder; run again when it"
                    + " has ended");
        }
        try {
            Optional<String> recovered = recoverLocked(target, ops);
            return new StagingFolder(Files.createTempDirectory(target, STAGING_PREFIX), target, ops, lock, recovered);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Finishes an export into {@code target} that was cut off while its files were being moved, and
     * removes the staging folders of runs that were killed, when no other run is writing there.
     *
     * @return what was done, when anything was
     */
    public static Optional<String> recover(Path target) throws IOException {
        return recover(target, FileOps.SYSTEM);
    }

    /** {@link #recover(Path)} through {@code ops}. */
    public static Optional<String> recover(Path target, FileOps ops) throws IOException {
        if (!Files.isDirectory(target) || leftovers(target).isEmpty()
                && !Files.exists(target.resolve(ExportJournal.NAME))) {
            return Optional.empty();
        }
        try (FolderLock lock = FolderLock.tryAcquire(target)) {
            return lock == null ? Optional.empty() : recoverLocked(target, ops);
        }
    }

    /** What the making of this staging folder found and did of an earlier run's leftovers, if anything. */
    public Optional<String> recovered() {
        return recovered;
    }

    /** Where a file named {@code name} is written before it is moved into place. */
    public Path resolve(String name) {
        return folder.resolve(name);
    }

    /**
     * Moves the staged files {@code names} into the target folder, replacing files of those names: all
     * of them, or, when a move fails, none (the moves done are undone). When undoing fails too, the
     * journal stays, and the next run finishes the export.
     *
     * @return where the files now are, in the order of {@code names}
     */
    public synchronized List<Path> commit(List<String> names) throws IOException {
        if (abandoned) {
            throw new IOException(target + ": the export was interrupted; the previous files were kept");
        }
        for (String name : names) {
            force(folder.resolve(name));
        }
        String backup = BACKUP_PREFIX + folder.getFileName().toString().substring(STAGING_PREFIX.length());
        ops.createFolder(target.resolve(backup));
        ExportJournal journal = new ExportJournal(folder.getFileName().toString(), backup, names);
        journal.write(target, ops);
        journalLeft = true;
        List<String> begun = new ArrayList<>();
        try {
            for (String name : names) {
                begun.add(name);
                install(target, journal, name, ops);
            }
        } catch (IOException e) {
            throw undo(journal, begun, e);
        }
        ops.delete(target.resolve(ExportJournal.NAME));
        journalLeft = false;
        committed = true;
        deleteRecursively(target.resolve(backup), ops);
        return names.stream().map(target::resolve).toList();
    }

    /**
     * Undoes the moves of the files {@code begun} after {@code failure}, the last of which may be half
     * moved; the exception to throw.
     */
    private IOException undo(ExportJournal journal, List<String> begun, IOException failure) {
        String cause = Messages.cause(failure);
        try {
            for (int i = begun.size() - 1; i >= 0; i--) {
                String name = begun.get(i);
                if (!Files.exists(folder.resolve(name))) {
                    ops.move(target.resolve(name), folder.resolve(name));
                }
                Path old = target.resolve(journal.backup()).resolve(name);
                if (Files.exists(old)) {
                    ops.move(old, target.resolve(name));
                }
            }
            ops.delete(target.resolve(ExportJournal.NAME));
            journalLeft = false;
            deleteRecursively(target.resolve(journal.backup()), ops);
        } catch (IOException undoing) {
            return new IOException(target + ": moving the new files into place failed (" + cause + "), and so did"
                    + " putting the old ones back (" + Messages.cause(undoing) + "); the next run of quotes export"
                    + " into this folder finishes the export from its journal", failure);
        }
        return new IOException(target + ": moving the new files into place failed (" + cause + "); the previous"
                + " files were kept", failure);
    }

    /**
     * What to do when the process is told to stop (SIGTERM, Ctrl-C) while an export runs: waits for a
     * {@link #commit} under way to end, then, unless the new files are in place, deletes the staging
     * folder, so that the previous files are what is left.
     *
     * @return what the target folder now holds, in words
     */
    public synchronized String abandon() {
        if (committed) {
            return target + " holds the new files";
        }
        abandoned = true;
        if (journalLeft) {
            return target + " holds an unfinished export, which the next run finishes";
        }
        try {
            deleteRecursively(folder, ops);
            lock.close();
        } catch (IOException e) {
            return target + " is unchanged; " + folder.getFileName() + ", where the new files were being written,"
                    + " could not be removed (" + Messages.cause(e) + "), and the next run removes it";
        }
        return target + " is unchanged";
    }

    /** Deletes the staging folder, unless a journal still needs it, and releases the folder's lock. */
    @Override
    public synchronized void close() throws IOException {
        try {
            if (!journalLeft) {
                deleteRecursively(folder, ops);
            }
        } finally {
            lock.close();
        }
    }

    /** Deletes {@code folder} and everything in it, when it exists. */
    static void deleteRecursively(Path folder) throws IOException {
        deleteRecursively(folder, FileOps.SYSTEM);
    }

    private static void deleteRecursively(Path folder, FileOps ops) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                ops.delete(p);
            }
        }
    }

    /** Moves the staged file {@code name} into place, the file it replaces aside; a step already done is skipped. */
    private static void install(Path target, ExportJournal journal, String name, FileOps ops) throws IOException {
        Path staged = target.resolve(journal.staging()).resolve(name);
        if (!Files.exists(staged)) {
            return;
        }
        Path to = target.resolve(name);
        Path aside = target.resolve(journal.backup()).resolve(name);
        if (Files.exists(to) && !Files.exists(aside)) {
            ops.move(to, aside);
        }
        ops.move(staged, to);
    }

    /** With the lock held: finishes a journaled export, then removes leftovers. */
    private static Optional<String> recoverLocked(Path target, FileOps ops) throws IOException {
        Optional<ExportJournal> journal = ExportJournal.read(target);
        List<String> done = new ArrayList<>();
        if (journal.isPresent()) {
            for (String name : journal.get().files()) {
                install(target, journal.get(), name, ops);
            }
            ops.delete(target.resolve(ExportJournal.NAME));
            deleteRecursively(target.resolve(journal.get().backup()), ops);
            deleteRecursively(target.resolve(journal.get().staging()), ops);
            done.add("finished an export that was cut off while its " + journal.get().files().size()
                    + " files were being moved into place");
        }
        List<Path> leftovers = leftovers(target);
        for (Path leftover : leftovers) {
            deleteRecursively(leftover, ops);
        }
        if (!leftovers.isEmpty()) {
            done.add("removed what " + (leftovers.size() == 1 ? "an interrupted run" : "interrupted runs")
                    + " left (" + String.join(", ", leftovers.stream().map(p -> p.getFileName().toString()).toList())
                    + ")");
        }
        return done.isEmpty() ? Optional.empty() : Optional.of(target + ": " + String.join("; ", done));
    }

    /** The staging and backup folders, and the journal's temporary file, in {@code target}. */
    private static List<Path> leftovers(Path target) throws IOException {
        try (Stream<Path> entries = Files.list(target)) {
            return entries.filter(p -> isLeftover(p.getFileName().toString())).sorted().toList();
        }
    }

    /** Whether {@code name} is one of the entries an export keeps in its folder while it runs. */
    public static boolean isBookkeeping(String name) {
        return isLeftover(name) || name.equals(FolderLock.NAME) || name.equals(ExportJournal.NAME);
    }

    /** Whether {@code name} is what a run leaves only when it is killed: a staging or backup folder, a journal half written. */
    private static boolean isLeftover(String name) {
        return name.startsWith(STAGING_PREFIX) || name.startsWith(BACKUP_PREFIX)
                || name.equals(ExportJournal.NAME + ".tmp");
    }

    /** Forces {@code file}'s bytes to the disk, or those of every file in it when it is a folder. */
    private static void force(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            try (Stream<Path> files = Files.walk(file)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    force(f);
                }
            }
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }
}
