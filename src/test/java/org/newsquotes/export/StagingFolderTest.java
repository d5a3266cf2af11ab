package org.newsquotes.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files appear all or nothing, whatever fails and wherever the process stops: every move of a commit
 * is made to fail in turn, and the process is stopped before every file operation in turn (the
 * operations after that one never happen, as when a process is killed), and what a reader then finds,
 * once the next run has recovered, is the complete old set of files or the complete new set.
 */
class StagingFolderTest {

    private static final Map<String, String> OLD = Map.of("a.csv", "old a", "b.json", "old b", "c.parquet", "old c");
    private static final Map<String, String> NEW = Map.of("a.csv", "new a", "b.json", "new b", "c.parquet", "new c",
            "d.jsonl", "new d");

    @TempDir
    Path temp;

    /** Thrown in place of a file operation once the simulated process has stopped. */
    private static final class Stopped extends Error {
        private static final long serialVersionUID = 1L;
    }

    /**
     * File operations that fail (an I/O error) at the {@code failAt}-th move, or stop the process (every
     * operation from the {@code stopAt}-th on throws {@link Stopped} and does nothing); 0 for never.
     */
    private static final class FaultyOps implements FileOps {
        private final int failAt;
        private final int stopAt;
        private int moves;
        private int operations;

        FaultyOps(int failAt, int stopAt) {
            this.failAt = failAt;
            this.stopAt = stopAt;
        }

        private void step() {
            operations++;
            if (stopAt > 0 && operations >= stopAt) {
                throw new Stopped();
            }
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            step();
            if (++moves == failAt) {
                throw new IOException("Input/output error");
            }
            FileOps.SYSTEM.move(from, to);
        }

        @Override
        public void delete(Path path) throws IOException {
            step();
            FileOps.SYSTEM.delete(path);
        }

        @Override
        public void createFolder(Path folder) throws IOException {
            step();
            FileOps.SYSTEM.createFolder(folder);
        }

        @Override
        public void writeDurably(Path file, byte[] bytes) throws IOException {
            step();
            FileOps.SYSTEM.writeDurably(file, bytes);
        }
    }

    @Test
    void aCommitPutsTheNewSetInPlaceAndLeavesNothingElse() throws IOException {
        Path target = withOldSet();

        FaultyOps ops = new FaultyOps(0, 0);
        export(target, ops);

        assertThat(contents(target)).isEqualTo(NEW);
        assertThat(ops.moves).as("each old file moved aside, each new one into place").isEqualTo(7);
    }

    @Test
    void aFailedMoveAtAnyPointLeavesTheOldSet() throws IOException {
        int moves = countOperations(true);
        for (int k = 1; k <= moves; k++) {
            Path target = withOldSet(k);
            int failAt = k;

            assertThatThrownBy(() -> export(target, new FaultyOps(failAt, 0))).as("move %d fails", k)
                    .isInstanceOf(IOException.class)
                    .hasMessage(target + ": moving the new files into place failed (input/output error); the previous"
                            + " files were kept");

            assertThat(contents(target)).as("after move %d failed", k).isEqualTo(OLD);
        }
    }

    @Test
    void aStopBeforeAnyOperationLeavesTheOldSetOrTheNewOnceRecovered() throws IOException {
        int operations = countOperations(false);
        boolean sawOld = false;
        boolean sawNew = false;
        for (int k = 1; k <= operations; k++) {
            Path target = withOldSet(k);
            int stopAt = k;

            assertThatThrownBy(() -> export(target, new FaultyOps(0, stopAt))).isInstanceOf(Stopped.class);
            StagingFolder.recover(target);

            Map<String, String> found = contents(target);
            assertThat(found).as("stopped at operation %d of %d", k, operations).isIn(OLD, NEW);
            sawOld |= found.equals(OLD);
            sawNew |= found.equals(NEW);
        }
        assertThat(sawOld && sawNew).as("both outcomes occur").isTrue();
    }

    @Test
    void aStopWhileAFailedCommitIsUndoneLeavesASetThatTheNextRunCompletes() throws IOException {
        int moves = countOperations(true);
        int operations = countOperations(false);
        for (int k = 2; k <= moves; k++) {
            for (int stop = 1; stop <= operations + moves; stop++) {
                Path target = withOldSet(k * 1000 + stop);
                FaultyOps ops = new FaultyOps(k, stop);
                try {
                    export(target, ops);
                } catch (IOException | Stopped e) {
                    // Either the undo ended, or the process stopped somewhere in it.
                }
                StagingFolder.recover(target);

                assertThat(contents(target)).as("move %d failed, stopped at operation %d", k, stop).isIn(OLD, NEW);
            }
        }
    }

    @Test
    void theNextExportFinishesAnExportStoppedWhileMovingAndSaysSo() throws IOException {
        Path target = withOldSet();
        assertThatThrownBy(() -> export(target, new FaultyOps(0, 5))).isInstanceOf(Stopped.class);
        assertThat(target.resolve(ExportJournal.NAME)).exists();

        try (StagingFolder next = StagingFolder.in(target)) {
            assertThat(next.recovered()).hasValueSatisfying(message -> assertThat(message).isEqualTo(target
                    + ": finished an export that was cut off while its 4 files were being moved into place"));
        }
        assertThat(contents(target)).isEqualTo(NEW);
    }

    @Test
    void theNextRunRemovesTheStagingFolderOfAKilledRun() throws IOException {
        Path target = withOldSet();
        Files.createDirectories(target.resolve(".staging-123").resolve("sub"));
        Files.writeString(target.resolve(".staging-123").resolve("sub").resolve("quotes.csv"), "half");

        assertThat(StagingFolder.recover(target)).hasValue(target
                + ": removed what an interrupted run left (.staging-123)");

        assertThat(contents(target)).isEqualTo(OLD);
        assertThat(StagingFolder.recover(target)).isEmpty();
    }

    @Test
    void aSecondRunIntoTheSameFolderIsRefusedAndRemovesNothingOfTheFirst() throws IOException {
        Path target = withOldSet();
        try (StagingFolder first = StagingFolder.in(target)) {
            Files.writeString(first.resolve("a.csv"), "new a");

            assertThatThrownBy(() -> StagingFolder.in(target)).isInstanceOf(IOException.class)
                    .hasMessage(target + ": another quotes run is writing into this folder; run again when it has ended");
            assertThat(StagingFolder.recover(target)).isEmpty();
            assertThat(first.resolve("a.csv")).hasContent("new a");

            first.commit(List.of("a.csv"));
        }
        assertThat(target.resolve("a.csv")).hasContent("new a");
        assertThat(target.resolve(FolderLock.NAME)).doesNotExist();
    }

    @Test
    void anExportGivenUpBeforeItsCommitKeepsTheOldSet() throws IOException {
        Path target = withOldSet();
        try (StagingFolder staging = StagingFolder.in(target)) {
            Files.writeString(staging.resolve("a.csv"), "new a");

            assertThat(staging.abandon()).isEqualTo(target + " is unchanged");
            assertThatThrownBy(() -> staging.commit(List.of("a.csv"))).isInstanceOf(IOException.class)
                    .hasMessage(target + ": the export was interrupted; the previous files were kept");
        }
        assertThat(contents(target)).isEqualTo(OLD);
    }

    /** Counts the moves (or all operations) of an export that nothing stops. */
    private int countOperations(boolean movesOnly) throws IOException {
        FaultyOps counting = new FaultyOps(0, 0);
        export(withOldSet(0), counting);
        return movesOnly ? counting.moves : counting.operations;
    }

    /** Exports the new set into {@code target} through {@code ops}. */
    private static void export(Path target, FileOps ops) throws IOException {
        try (StagingFolder staging = StagingFolder.in(target, ops)) {
            for (Map.Entry<String, String> file : new TreeMap<>(NEW).entrySet()) {
                Files.writeString(staging.resolve(file.getKey()), file.getValue());
            }
            staging.commit(List.copyOf(new TreeMap<>(NEW).keySet()));
        }
    }

    private Path withOldSet() throws IOException {
        return withOldSet(0);
    }

    private Path withOldSet(int run) throws IOException {
        Path target = temp.resolve("exports-" + run);
        Files.createDirectories(target);
        for (Map.Entry<String, String> file : OLD.entrySet()) {
            Files.writeString(target.resolve(file.getKey()), file.getValue());
        }
        return target;
    }

    /** Every entry of the folder, with its text; a folder's text is "folder". */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                files.put(entry.getFileName().toString(),
                        Files.isDirectory(entry) ? "folder" : Files.readString(entry, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
