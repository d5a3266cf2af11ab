package org.newsquotes.validate;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Function;

/** How a validation report is written: for people, for programs, or for GitHub Actions. */
public enum ReportFormat {

    /** {@link TextReport}. */
    TEXT(TextReport::new),

    /** {@link JsonReport}. */
    JSON(JsonReport::new),

    /** {@link GithubReport}. */
    GITHUB(GithubReport::new);

    private final Function<PrintWriter, Report> open;

    ReportFormat(Function<PrintWriter, Report> open) {
        this.open = open;
    }

    /** A new report of this format, written to {@code out}. */
    public Report open(PrintWriter out) {
        return open.apply(out);
    }

    /** The lower-case name used on the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
