package org.newsquotes.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.schema.Violation;
import org.newsquotes.testing.Fixtures;

/**
 * Files in the dataset that are not what they should be: folders, FIFOs, links that loop or lead
 * outside the dataset, files too large, bytes that are not UTF-8, files that cannot be read. Each gives
 * one report line naming the file and the place, and no exception, hang or content of another file.
 */
class BadDatasetFilesTest {

    private static final String SECRET = "root:x:0:0:not the dataset's";

    @TempDir
    Path temp;

    private Path dataset;

    @BeforeEach
    void copyFixture() {
        dataset = Fixtures.copyOfValid(temp);
    }

    private List<String> report() throws IOException {
        return report(new DatasetLoader(temp));
    }

    private List<String> report(DatasetLoader loader) throws IOException {
        return loader.load(dataset).problems().stream().map(Violation::toCompilerStyle).toList();
    }

    @Test
    void aFolderNamedLikeADocumentIsRefused() throws IOException {
        Files.createDirectory(dataset.resolve("documents/d002.yaml"));

        assertThat(report()).containsExactly("dataset/documents/d002.yaml: error: [structure.file.type] file"
                + " dataset/documents/d002.yaml is a folder, not a regular file; dataset files are plain files");
    }

    @Test
    void aFifoNamedLikeADocumentIsRefusedWithoutWaitingForIt() throws Exception {
        Path fifo = dataset.resolve("documents/d002.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        List<String> lines = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> report());

        assertThat(lines).containsExactly("dataset/documents/d002.yaml: error: [structure.file.type] file"
                + " dataset/documents/d002.yaml is a special file (a FIFO, socket or device), not a regular file;"
                + " dataset files are plain files");
    }

    @Test
    void aLinkThatLoopsIsReportedWithItsCause() throws IOException {
        Path loop = dataset.resolve("documents/d002.yaml");
        Files.createSymbolicLink(loop, loop.getFileName());

        assertThat(report()).containsExactly("dataset/documents/d002.yaml: error: [structure.file.missing] file"
                + " dataset/documents/d002.yaml cannot be read: too many levels of symbolic links or unable to access attributes of"
                + " symbolic link");
    }

    @Test
    void aSourceLinkedToAFileOutsideTheDatasetIsRefusedAndItsTextNeverShown() throws IOException {
        Path outside = Files.writeString(temp.resolve("passwd"), SECRET + "\n", StandardCharsets.UTF_8);
        Path source = dataset.resolve("sources/001_fixture.txt");
        Files.delete(source);
        Files.createSymbolicLink(source, outside);

        List<String> lines = report();

        assertThat(lines).containsExactly("dataset/documents/d001.yaml:2:9: error: [structure.file.outside] source"
                + " file \"001_fixture.txt\" leads outside \"sources/\" once links are followed; store the file itself"
                + " there");
        assertThat(String.join("\n", lines)).doesNotContain("root:");
    }

    @Test
    void aSourcePathThatClimbsOutOfTheSourcesIsReportedAsWritten() throws IOException {
        Files.writeString(temp.resolve("passwd"), SECRET, StandardCharsets.UTF_8);
        Fixtures.edit(dataset.resolve("documents/d001.yaml"), "source: 001_fixture.txt", "source: ../../passwd");

        List<String> lines = report();

        assertThat(lines).contains("dataset/documents/d001.yaml:2:9: error: [structure.file.outside] source file"
                + " \"../../passwd\" is outside \"sources/\"; name a file in it");
        assertThat(String.join("\n", lines)).doesNotContain("root:");
    }

    @Test
    void aYamlFileOverItsLimitIsRefusedBeforeItIsParsed() throws IOException {
        String big = "outlets:\n  - id: x\n    note: \"" + "a".repeat((int) DatasetFiles.YAML_LIMIT) + "\"\n";
        Path outlets = Files.writeString(dataset.resolve("outlets.yaml"), big, StandardCharsets.UTF_8);

        assertThat(report()).contains("dataset/outlets.yaml: error: [structure.file.size] file dataset/outlets.yaml is "
                + Files.size(outlets) + " bytes; a file of this kind may hold at most 1048576 bytes");
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWhereTheyAre() throws IOException {
        Path outlets = dataset.resolve("outlets.yaml");
        String text = Files.readString(outlets, StandardCharsets.UTF_8);
        int at = text.indexOf("Example Times");
        byte[] before = text.substring(0, at + "Example ".length()).getBytes(StandardCharsets.UTF_8);
        byte[] after = text.substring(at + "Example ".length()).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[before.length + 1 + after.length];
        System.arraycopy(before, 0, bytes, 0, before.length);
        bytes[before.length] = (byte) 0xFF;
        System.arraycopy(after, 0, bytes, before.length + 1, after.length);
        Files.write(outlets, bytes);

        assertThat(report()).contains("dataset/outlets.yaml:3:19: error: [structure.yaml] file is not valid UTF-8"
                + " here; save it as UTF-8");
    }

    @Test
    void aFileThatCannotBeReadSaysSoAndWhatToDo() throws IOException {
        Path unreadable = dataset.resolve("speakers.yaml").toAbsolutePath();
        DatasetLoader loader = new DatasetLoader(temp, file -> {
            if (file.toAbsolutePath().equals(unreadable)) {
                throw new AccessDeniedException(file.toString());
            }
            return Files.readAllBytes(file);
        });

        assertThat(report(loader)).contains("dataset/speakers.yaml: error: [structure.file.missing] file"
                + " dataset/speakers.yaml cannot be read: permission denied; give the user running quotes read access"
                + " to it");
    }
}
