package org.newsquotes.bulk;

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
import org.newsquotes.schema.Tables;
import org.newsquotes.schema.Violation;
import org.newsquotes.schema.TableRules;
import org.newsquotes.validate.table.JsonLinesScanner;

/**
 * Bad quotes tables, each file in src/test/resources/cases/table beside a {@code .expected} file
 * holding the exact report lines; and the golden exports, which are clean. Each case is checked on
 * one thread with one chunk, and on two threads with chunks of a few bytes (so that every row is a
 * chunk of its own and lines must be counted across chunks): the report is the same.
 */
class TableCasesTest {

    private static final Path CASES = Path.of("src/test/resources/cases/table");

    /** The report lines of checking {@code file} with {@code settings}. */
    static List<String> report(Path file, BulkPipeline.Settings settings) throws IOException {
        List<Violation> violations = new ArrayList<>();
        new BulkPipeline(settings).run(file, file.getFileName().toString(), Tables.QUOTES, List.of(),
                violations::add, BulkPipeline.Progress.NONE);
        return violations.stream().map(Violation::toCompilerStyle).toList();
    }

    static List<String> report(Path file) throws IOException {
        List<String> oneThread = report(file, BulkPipeline.Settings.withWorkers(1));
        assertThat(report(file, BulkPipeline.Settings.withWorkers(2).withChunkBytes(8)))
                .as("the report with two threads and tiny chunks").isEqualTo(oneThread);
        return oneThread;
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

    /**
     * Every rule of a row's own values and columns is broken in a JSON Lines case that the fast scanner
     * reads whole, so that its row goes through the quick test before the validator reports it. The
     * rules of unreadable rows are left out: the scanner gives such a piece up by design.
     */
    @org.junit.jupiter.api.Test
    void everyRowRuleHasAJsonLinesCaseOnTheFastPath() throws IOException {
        List<String> named = new ArrayList<>();
        for (Path file : cases().filter(f -> f.toString().endsWith(".jsonl")).toList()) {
            byte[] bytes = Files.readAllBytes(file);
            if (new JsonLinesScanner(Tables.QUOTES).scanSpans(bytes, bytes.length)) {
                Files.readAllLines(CASES.resolve(file.getFileName() + ".expected"), StandardCharsets.UTF_8)
                        .forEach(line -> named.add(line.substring(line.indexOf('[') + 1, line.indexOf(']'))));
            }
        }

        assertThat(named).containsAll(TableRules.ALL.stream().map(r -> r.id())
                .filter(id -> !id.equals(TableRules.UNREADABLE.id()) && !id.equals(TableRules.READ_LIMIT.id()))
                .toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"quotes.csv", "quotes.json", "quotes.jsonl"})
    void acceptsTheExports(String name) throws IOException {
        assertThat(report(Path.of("src/test/resources/golden/export", name))).isEmpty();
    }
}
