package org.newsquotes.validate;

import java.io.PrintWriter;
import java.util.List;
import org.newsquotes.schema.Violation;
import org.newsquotes.schema.Severity;
import org.newsquotes.schema.Messages;

/**
 * A validation report being written: violations go out as they are added, so that a check over a
 * file of millions of rows need not hold them; {@link #finish} writes the summary.
 */
public abstract class Report {

    /** Where the report goes. */
    protected final PrintWriter out;
    private long errors;
    private long warnings;

    /** @param out where the report goes */
    protected Report(PrintWriter out) {
        this.out = out;
    }

    /** Writes one violation. */
    public final void add(Violation v) {
        if (v.severity() == Severity.ERROR) {
            errors++;
        } else {
            warnings++;
        }
        write(v, errors + warnings);
    }

    /** Writes every violation of {@code violations}, in order. */
    public final void addAll(List<Violation> violations) {
        violations.forEach(this::add);
    }

    /** Errors added so far. */
    public final long errors() {
        return errors;
    }

    /** Warnings added so far. */
    public final long warnings() {
        return warnings;
    }

    /** Writes the summary and flushes. */
    public final void finish(int filesChecked) {
        writeEnd(filesChecked);
        out.flush();
    }

    /** {@code N errors, M warnings in K files}. */
    protected final String summary(int filesChecked) {
        return Messages.count(errors, "error") + ", " + Messages.count(warnings, "warning") + " in "
                + Messages.count(filesChecked, "file");
    }

    /**
     * Writes one violation.
     *
     * @param number its 1-based number in the report
     */
    protected abstract void write(Violation v, long number);

    /** Writes what follows the violations. */
    protected abstract void writeEnd(int filesChecked);
}
