package org.newsquotes.validate;

import java.io.PrintWriter;
import java.util.List;

/** The text report: one compiler-style line per violation, then a summary line. */
public final class TextReport {

    private TextReport() {
    }

    /**
     * Writes {@code violations}, then {@code N errors, M warnings in K files}.
     *
     * @param filesChecked how many files were checked
     */
    public static void write(List<Violation> violations, int filesChecked, PrintWriter out) {
        for (Violation v : violations) {
            out.print(v.toCompilerStyle());
            out.print('\n');
        }
        out.print(summary(violations, filesChecked));
        out.print('\n');
        out.flush();
    }

    /** {@code N errors, M warnings in K files}. */
    public static String summary(List<Violation> violations, int filesChecked) {
        long errors = violations.stream().filter(v -> v.severity() == Severity.ERROR).count();
        long warnings = violations.size() - errors;
        return Messages.count(errors, "error") + ", " + Messages.count(warnings, "warning") + " in "
                + Messages.count(filesChecked, "file");
    }
}
