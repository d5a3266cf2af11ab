package org.newsquotes.cli;

/**
 * The exit codes of every {@code quotes} command, and the lines of help that describe them. Each
 * command lists in its {@code exitCodeList} only the codes it can return.
 */
final class ExitCodes {

    /** The data is valid, or the command did what it was asked. */
    static final int OK = 0;
    /** The data is invalid, or the exports are stale. */
    static final int INVALID = 1;
    /** The command line is wrong. */
    static final int USAGE = 2;
    /** A bug, an I/O failure, or a heap too small for a bulk file's ids. */
    static final int INTERNAL = 3;

    /** Help for {@link #OK} in the commands that judge data. */
    static final String VALID_HELP = "0:valid data; command done";
    /** Help for {@link #OK} in the commands that only write or print. */
    static final String DONE_HELP = "0:command done";
    /** Help for {@link #INVALID}. */
    static final String INVALID_HELP = "1:invalid data (or stale exports)";
    /** Help for {@link #INVALID} in {@code site}, which compares no exports. */
    static final String INVALID_DATA_HELP = "1:invalid data";
    /** Help for {@link #INVALID} in {@code docs}. */
    static final String STALE_DOCS_HELP = "1:invalid data, or (with --check) stale documentation";
    /** Help for {@link #USAGE}. */
    static final String USAGE_HELP = "2:usage error";
    /** Help for {@link #INTERNAL} in the commands that read bulk files. */
    static final String INTERNAL_BULK_HELP = "3:internal error (I/O failure, heap too small, or bug)";
    /** Help for {@link #INTERNAL} in the other commands. */
    static final String INTERNAL_HELP = "3:internal error (I/O failure or bug)";

    private ExitCodes() {
    }
}
