package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsquotes.schema.RuleDescriptor;

class RulesCommandTest {

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
    }

    @Test
    void listsEveryRuleWithSeverityAndDescription() {
        assertThat(run("rules")).isZero();

        assertThat(out.toString()).startsWith("structure.yaml (error)\n    Each dataset file must be one well-formed")
                .contains("\nregistry.unused (warning)\n    Every outlet, speaker,")
                .contains("\ncoverage.quote-marks (error)\n")
                .contains("\nrow.id.unique (error)\n");
    }

    @Test
    void ruleIdsAreUniqueDottedAndLowerCase() {
        Set<String> ids = new HashSet<>();
        for (RuleDescriptor rule : RulesCommand.catalogue()) {
            assertThat(rule.id()).matches("[a-z0-9-]+(\\.[a-z0-9-]+)+");
            assertThat(ids.add(rule.id())).as("%s is listed once", rule.id()).isTrue();
        }
    }

    @Test
    void theRulesPageIsWhatTheCommandPrints() throws IOException {
        assertThat(run("rules", "--markdown")).isZero();

        assertThat(out.toString()).as("RULES.md is stale: regenerate it with quotes rules --markdown > RULES.md")
                .isEqualTo(Files.readString(Path.of("RULES.md"), StandardCharsets.UTF_8));
    }
}
