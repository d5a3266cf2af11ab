package org.newsquotes.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsquotes.model.Location;
import org.newsquotes.schema.Violation;
import org.newsquotes.schema.Severity;

class GithubReportTest {

    @Test
    void escapesPercentAndLineBreaksInTheMessage() {
        assertThat(GithubReport.escapeData("100% done\r\nnext: a,b")).isEqualTo("100%25 done%0D%0Anext: a,b");
    }

    @Test
    void escapesColonAndCommaInProperties() {
        assertThat(GithubReport.escapeProperty("C:\\data,1%\n")).isEqualTo("C%3A\\data%2C1%25%0A");
    }

    @Test
    void leavesOutLineAndColumnWhenTheyAreNotKnown() {
        Violation v = new Violation("structure.file.missing", Severity.ERROR, Location.ofFile("dataset/x.yaml"), null,
                null, "file dataset/x.yaml is missing");

        assertThat(GithubReport.command(v))
                .isEqualTo("::error file=dataset/x.yaml,title=structure.file.missing::file dataset/x.yaml is missing");
    }

    @Test
    void writesWarningsAsWarnings() {
        Violation v = new Violation("registry.unused", Severity.WARNING, new Location("dataset/outlets.yaml", 2, 9),
                "o", "id", "outlet o is not used");

        assertThat(GithubReport.command(v))
                .isEqualTo("::warning file=dataset/outlets.yaml,line=2,col=9,title=registry.unused::outlet o is not used");
    }
}
