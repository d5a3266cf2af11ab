package org.newsquotes.validate.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsquotes.export.Tables;
import org.newsquotes.validate.Violation;

/**
 * Bad quotes tables, each file in src/test/resources/cases/table beside a {@code .expected} file
 * holding the exact report lines; and the golden exports, which are clean.
 */
class TableCheckTest {

    private static final Path CASES = Path.of("src/test/resources/cases/table");

    static List<String> report(Path file) throws IOException {
        List<Violation> violations = new ArrayList<>();
        TableCheck.check(file, file.getFileName().toString(), Tables.QUOTES, violations::add);
        return violations.stream().map(Violation::toCompilerStyle).toList();
    }

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(p -> !p.toString().endsWith(".expected")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedLines(Path file) throws IOException {
        Path expected = CASES.resolve(file.getFileName() + ".expected");

        List<String> lines = Files.readAllLines(expected, StandardCharsets.UTF_8);
        assertThat(lines).as("%s expects at least one line", expected).isNotEmpty();

        assertThat(report(file)).containsExactlyElementsOf(lines);
    }

    @org.junit.jupiter.api.Test
    void everyTableRuleHasACaseThatBreaksIt() throws IOException {
        List<String> named = new ArrayList<>();
        for (Path file : cases().toList()) {
            Files.readAllLines(CASES.resolve(file.getFileName() + ".expected"), StandardCharsets.UTF_8)
                    .forEach(line -> named.add(line.substring(line.indexOf('[') + 1, line.indexOf(']'))));
        }

        assertThat(named).containsAll(TableRules.ALL.stream().map(r -> r.id()).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"quotes.csv", "quotes.json", "quotes.jsonl"})
    void acceptsTheExports(String name) throws IOException {
        assertThat(report(Path.of("src/test/resources/golden/export", name))).isEmpty();
    }
}
