package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsquotes.testing.Fixtures;
import org.newsquotes.validate.Rule;
import org.newsquotes.schema.RuleDescriptor;
import org.newsquotes.validate.Rules;
import org.newsquotes.schema.Violation;

/**
 * Every rule broken one way in a copy of the valid fixture, each case a file in
 * src/test/resources/cases/dataset: the edits to make ({@code @@ edit FILE}, then {@code @@ from} and
 * {@code @@ to} blocks; {@code @@ rename FROM TO}) and, after {@code @@ expect}, the exact report lines.
 */
class DatasetCheckTest {

    static final Path CASES = Path.of("src/test/resources/cases/dataset");
    /** 1 June 2022: after every date in the fixture. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2022-06-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    /** A case: edits, then the report lines expected. */
    record Case(String name, List<String[]> operations, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            List<Case> cases = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".case")).sorted().toList()) {
                cases.add(parse(file));
            }
            return cases.stream();
        }
    }

    static Case parse(Path file) throws IOException {
        List<String[]> operations = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        String section = null;
        String editFile = null;
        String from = null;
        List<String> block = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("@@ ")) {
                if ("from".equals(section)) {
                    from = String.join("\n", block);
                } else if ("to".equals(section)) {
                    operations.add(new String[] {"edit", editFile, from, String.join("\n", block)});
                }
                block.clear();
                String[] words = line.substring(3).split(" ");
                section = words[0];
                if (section.equals("edit")) {
                    editFile = words[1];
                } else if (section.equals("rename")) {
                    operations.add(new String[] {"rename", words[1], words[2]});
                }
            } else if ("expect".equals(section)) {
                expected.add(line);
            } else {
                block.add(line);
            }
        }
        String name = file.getFileName().toString().replace(".case", "");
        return new Case(name, operations, expected);
    }

    List<String> reportOf(Case c) throws IOException {
        Path dataset = Fixtures.copyOfValid(temp);
        for (String[] op : c.operations()) {
            if (op[0].equals("edit")) {
                Fixtures.edit(dataset.resolve(op[1]), op[2], op[3]);
            } else {
                Files.move(dataset.resolve(op[1]), dataset.resolve(op[2]));
            }
        }
        String prefix = temp.toAbsolutePath() + "/";
        return DatasetCheck.run(dataset, CLOCK).violations().stream()
                .map(Violation::toCompilerStyle).map(line -> line.replace(prefix, "")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedLines(Case c) throws IOException {
        assertThat(c.expected()).as("case %s expects at least one line", c.name()).isNotEmpty();

        assertThat(reportOf(c)).containsExactlyElementsOf(c.expected());
    }

    @Test
    void theValidFixturePassesEveryRule() throws IOException {
        assertThat(DatasetCheck.run(Fixtures.copyOfValid(temp), CLOCK).violations()).isEmpty();
    }

    @Test
    void everyDatasetRuleHasACaseThatBreaksIt() throws IOException {
        Set<String> named = cases().flatMap(c -> c.expected().stream())
                .map(line -> line.substring(line.indexOf('[') + 1, line.indexOf(']')))
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> ruleIds = new ArrayList<>();
        for (Rule rule : Rules.datasetRules(CLOCK)) {
            rule.descriptors().stream().map(RuleDescriptor::id).forEach(ruleIds::add);
        }

        assertThat(named).containsAll(ruleIds);
    }
}
