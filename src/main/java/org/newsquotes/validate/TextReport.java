package org.newsquotes.validate;

import java.io.PrintWriter;
import java.util.List;
import org.newsquotes.schema.Violation;

/** The text report: one compiler-style line per violation, then a summary line. */
public final class TextReport extends Report {

    /** @param out where the report goes */
    public TextReport(PrintWriter out) {
        super(out);
    }

    /**
     * Writes {@code violations}, then {@code N errors, M warnings in K files}.
     *
     * @param filesChecked how many files were checked
     */
    public static void write(List<Violation> violations, int filesChecked, PrintWriter out) {
        TextReport report = new TextReport(out);
        report.addAll(violations);
        report.finish(filesChecked);
    }

    @Override
    protected void write(Violation v, long number) {
        out.print(v.toCompilerStyle());
        out.print('\n');
    }

    @Override
    protected void writeEnd(int filesChecked) {
        out.print(summary(filesChecked));
        out.print('\n');
    }
}
