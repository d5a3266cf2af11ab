package org.newsquotes.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksumsTest {

    @TempDir
    Path temp;

    @Test
    void listsEveryOtherFileSortedByNameInSha256sumFormat() throws IOException {
        Files.writeString(temp.resolve("b.csv"), "abc", StandardCharsets.US_ASCII);
        Files.writeString(temp.resolve("A.json"), "", StandardCharsets.US_ASCII);
        Path sums = temp.resolve(Checksums.FILE_NAME);

        new Checksums().write(List.of(), temp, sums);

        // The SHA-256 test vectors of FIPS 180-2 ("abc") and of the empty message.
        assertThat(Files.readString(sums, StandardCharsets.US_ASCII)).isEqualTo(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  A.json\n"
                        + "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  b.csv\n");
    }

    @Test
    void namesTheFilesOfAFolderByTheirPath() throws IOException {
        Files.writeString(temp.resolve("d.csv"), "abc", StandardCharsets.US_ASCII);
        Files.createDirectory(temp.resolve("c"));
        Files.writeString(temp.resolve("c").resolve("d000.json"), "", StandardCharsets.US_ASCII);
        Path sums = temp.resolve(Checksums.FILE_NAME);

        new Checksums().write(List.of(), temp, sums);

        assertThat(Files.readString(sums, StandardCharsets.US_ASCII)).isEqualTo(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  c/d000.json\n"
                        + "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  d.csv\n");
    }
}
