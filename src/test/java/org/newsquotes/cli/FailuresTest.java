package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void aFullDiskNamesTheFileTheCauseAndWhatToDo() {
        FileSystemException full = new FileSystemException("exports/quotes.parquet", null, "No space left on device");

        assertThat(Failures.describe(full)).isEqualTo("quotes: error: exports/quotes.parquet: no space left on device;"
                + " free some space on that disk, or write elsewhere with --output, and run again");
    }

    @Test
    void aFolderWithoutPermissionSaysSoWithoutTheExceptionsName() {
        assertThat(Failures.describe(new UncheckedIOException(new AccessDeniedException("out/.staging-1"))))
                .isEqualTo("quotes: error: out/.staging-1: permission denied; give the user running quotes access to"
                        + " it, or choose another path");
        assertThat(Failures.describe(new NoSuchFileException("dataset/sources/x.txt")))
                .isEqualTo("quotes: error: dataset/sources/x.txt: no such file or folder");
    }

    @Test
    void anIoExceptionWithoutAFileKeepsItsOwnMessage() {
        assertThat(Failures.describe(new IOException("out: moving the new files into place failed (input/output"
                + " error); the previous files were kept"))).isEqualTo("quotes: error: out: moving the new files"
                        + " into place failed (input/output error); the previous files were kept");
    }

    @Test
    void aBugIsNotDescribedAsAFailureOfTheMachine() {
        assertThat(Failures.describe(new IllegalStateException("no time today"))).isNull();
    }
}
