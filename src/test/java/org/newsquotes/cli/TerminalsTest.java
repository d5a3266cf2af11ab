package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Telling a terminal from the link of a file descriptor, as /proc/self/fd holds them on Linux. */
class TerminalsTest {

    @TempDir
    Path temp;

    /** Whether a descriptor whose link points at {@code target} is a terminal, with a fallback that says the opposite. */
    private boolean judged(String target, boolean fallback) throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("fd"), Path.of(target));
        try {
            return Terminals.isTerminal(link, () -> fallback);
        } finally {
            Files.delete(link);
        }
    }

    @Test
    void aPseudoTerminalOrATtyIsATerminal() throws IOException {
        assertThat(judged("/dev/pts/3", false)).isTrue();
        assertThat(judged("/dev/tty1", false)).isTrue();
    }

    @Test
    void aFileAPipeOrNullIsNot() throws IOException {
        assertThat(judged("/home/me/log.txt", true)).isFalse();
        assertThat(judged("pipe:[123456]", true)).isFalse();
        assertThat(judged("/dev/null", true)).isFalse();
    }

    @Test
    void withoutTheLinkTheFallbackDecides() {
        assertThat(Terminals.isTerminal(temp.resolve("missing"), () -> true)).isTrue();
        assertThat(Terminals.isTerminal(temp.resolve("missing"), () -> false)).isFalse();
    }

    @Test
    void standardErrorOfTheTestsIsNoTerminal() {
        // Surefire runs the tests with standard error on a pipe (or a file), never on a terminal.
        assertThat(Terminals.stderrIsTerminal()).isFalse();
    }
}
