package org.newsquotes.validate.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.ColumnType;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Tables;
import org.newsquotes.schema.Violation;

/**
 * Every {@link ColumnCheck}'s quick test refuses what its reporting check reports: rows of every
 * table, a valid row with one to three of its values replaced by random values of the column's kind
 * ({@link JsonValues}), near misses of its constraints, or any JSON value, written as JSON Lines and
 * read by the real scanner. Whenever {@link RowPrecheck} accepts such a row, {@link RowValidator}
 * reports nothing for the row as the JSON parser reads it; and the row and values the fast path hands
 * on are the parser's; a row that is no JSON the scanner leaves to the parser. A synthetic table adds
 * what the dataset's tables lack: a pattern that is no id shape, and codes that are not ASCII.
 *
 * <p>Each run draws a new seed unless {@code -Dquotes.properties.seed} gives one; a failure names the
 * seed, the try and the row. The short run of every build makes {@value #SHORT_RUN} rows; the slow
 * phase makes {@value #EXHAUSTIVE_RUN}; {@code -Dquotes.properties.tries} sets the number of both. To
 * replay a failure: {@code mvn test -Dtest=ColumnCheckTest -Dquotes.properties.seed=S
 * -Dquotes.properties.tries=N}.
 */
class ColumnCheckTest {

    /** Rows of the run in every build: a few seconds. */
    static final int SHORT_RUN = 2_000;

    /** Rows of the run in the slow phase. */
    static final int EXHAUSTIVE_RUN = 200_000;

    /** A table whose pattern is no id shape and whose codes are not ASCII. */
    static final Table<Object[]> SYNTHETIC = new Table<Object[]>("synthetic", "Rows of the property test.", List.of(
            new Column<Object[]>("key", ColumnType.STRING, false, "key", r -> r[0], List.of(), "^k[0-9]{2}(-[0-9]+)?$"),
            new Column<Object[]>("base", ColumnType.STRING, true, "prefix", r -> r[1], List.of(), "^k[0-9]{2}$"),
            new Column<Object[]>("sort", ColumnType.STRING, true, "code", r -> r[2], List.of("é", "ß", "a b", "Ωmega"),
                    null),
            new Column<Object[]>("from", ColumnType.INT32, true, "start", r -> r[3], List.of(), null),
            new Column<Object[]>("to", ColumnType.INT32, true, "end", r -> r[4], List.of(), null)))
            .withPrimaryKey("key").withSpan("from", "to", "sort").withKeyPrefix("key", "base");

    private static final List<Table<?>> TABLES = new ArrayList<>(Tables.definitions());

    static {
        TABLES.add(SYNTHETIC);
    }

    /** One scanner and one quick test a table, kept across tries: the pattern checks' memory is tested too. */
    private final Map<String, JsonLinesScanner> scanners = new HashMap<>();
    private final Map<String, RowPrecheck> prechecks = new HashMap<>();

    /** A row of JSON Lines and its table. */
    record Line(Table<?> table, String json) {
        @Override
        public String toString() {
            return table.name() + " " + json;
        }
    }

    @Test
    void fastPathAcceptsOnlyRowsTheValidatorAccepts() throws IOException {
        run(Integer.getInteger("quotes.properties.tries", SHORT_RUN));
    }

    @Test
    @Tag("slow")
    void fastPathAcceptsOnlyRowsTheValidatorAcceptsInAnExhaustiveRun() throws IOException {
        run(Integer.getInteger("quotes.properties.tries", EXHAUSTIVE_RUN));
    }

    /** Judges {@code tries} random rows, then checks that the verdicts cover both kinds that matter. */
    private void run(int tries) throws IOException {
        long seed = Long.getLong("quotes.properties.seed", new SplittableRandom().nextLong());
        String replay = "-Dquotes.properties.seed=" + seed + " -Dquotes.properties.tries=" + tries;
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Integer> verdicts = new TreeMap<>();
        for (int i = 0; i < tries; i++) {
            Line line = line(random);
            String verdict;
            try {
                verdict = judge(line);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("try " + i + " of " + replay + " fails on the row\n" + line, e);
            }
            verdicts.merge(verdict, 1, Integer::sum);
        }
        assertThat(verdicts.getOrDefault("accepted", 0)).as("rows accepted of %d (%s), %s", tries, verdicts, replay)
                .isGreaterThan(tries * 5 / 100);
        assertThat(verdicts.getOrDefault("refused", 0)).as("rows refused of %d (%s), %s", tries, verdicts, replay)
                .isGreaterThan(tries * 10 / 100);
    }

    /** Checks one row through the scanner, the quick test and the validator, and says what became of it. */
    private String judge(Line line) throws IOException {
        Table<?> table = line.table();
        byte[] bytes = line.json().getBytes(StandardCharsets.UTF_8);
        JsonLinesScanner scanner = scanners.computeIfAbsent(table.name(), n -> new JsonLinesScanner(table));
        RowPrecheck precheck = prechecks.computeIfAbsent(table.name(), n -> new RowPrecheck(table));
        List<Row> parsed;
        try {
            parsed = Pieces.parsed(bytes);
        } catch (RowFileException notJson) {
            assertThat(scanner.scanSpans(bytes, bytes.length)).as("the scanner reads what the parser refuses").isFalse();
            return "not JSON";
        }
        if (!scanner.scanSpans(bytes, bytes.length)) {
            return "left to the parser";
        }
        assertThat(parsed).hasSize(1);
        boolean accepts = precheck.accepts(scanner.spans(), 0);
        List<Violation> found = Pieces.violations(table, parsed.get(0));
        if (accepts) {
            assertThat(found).as("reported for a row the fast path accepts").isEmpty();
        }
        RowPrecheckTest.assertSameRowAndValues(table, scanner.spans(), 0, parsed.get(0), precheck);
        return accepts ? "accepted" : found.isEmpty() ? "left to the validator" : "refused";
    }

    /** A valid row of a random table with one to three of its columns (maybe the same) given random values. */
    static Line line(SplittableRandom random) {
        Table<?> table = TABLES.get(random.nextInt(TABLES.size()));
        JsonValues values = new JsonValues(random);
        Map<String, String> row = base(table);
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            Column<?> column = table.columns().get(random.nextInt(table.columns().size()));
            String value = values.value(column);
            if (value.equals(JsonValues.ABSENT)) {
                row.remove(column.name());
            } else {
                row.put(column.name(), value);
            }
        }
        return new Line(table, RowPrecheckTest.line(row));
    }

    /** A valid row of {@code table}, as JSON values by column. */
    private static Map<String, String> base(Table<?> table) {
        if (table == SYNTHETIC) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("key", "\"k01-7\"");
            row.put("base", "\"k01\"");
            row.put("sort", "\"Ωmega\"");
            row.put("from", "3");
            row.put("to", "5");
            return row;
        }
        return RowPrecheckTest.valid(table);
    }
}
