package org.newsquotes.validate;

import java.io.PrintWriter;
import org.newsquotes.model.Location;
import org.newsquotes.schema.Violation;
import org.newsquotes.schema.Messages;

/**
 * The report for GitHub Actions: one workflow command per violation, so that each shows on the
 * line of the pull request it concerns ({@code ::error file=…,line=…,col=…,title=rule.id::message},
 * or {@code ::warning}), then the summary line. Messages escape {@code %}, CR and LF as
 * {@code %25 %0D %0A}; property values escape {@code :} and {@code ,} as {@code %3A %2C} too, as the
 * Actions toolkit does.
 */
public final class GithubReport extends Report {

    /** @param out where the report goes */
    public GithubReport(PrintWriter out) {
        super(out);
    }

    @Override
    protected void write(Violation v, long number) {
        out.print(command(v));
        out.print('\n');
    }

    @Override
    protected void writeEnd(int filesChecked) {
        out.print(summary(filesChecked));
        out.print('\n');
    }

    /** One workflow command for {@code v}. */
    static String command(Violation v) {
        Location at = v.location();
        StringBuilder command = new StringBuilder("::").append(v.severity().label())
                .append(" file=").append(escapeProperty(at.file()));
        if (at.hasLine()) {
            command.append(",line=").append(at.line());
            if (at.column() != Location.NOT_AVAILABLE) {
                command.append(",col=").append(at.column());
            }
        }
        return command.append(",title=").append(escapeProperty(v.rule())).append("::")
                .append(escapeData(v.message())).toString();
    }

    /** A workflow command's message: {@code %}, CR and LF escaped. */
    static String escapeData(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A workflow command's property value: as {@link #escapeData}, and {@code :} and {@code ,} too. */
    static String escapeProperty(String value) {
        return escapeData(value).replace(":", "%3A").replace(",", "%2C");
    }
}
