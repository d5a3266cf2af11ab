package org.newsquotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsquotes.testing.DuckDb;

/**
 * The README's quick start shows what the exports hold: its sample row is the first row of
 * exports/quotes.jsonl, and each of its queries, run by DuckDB on the exports, prints the table shown
 * under it.
 */
class ReadmeExamplesTest {

    private static final Path README = Path.of("README.md");
    private static final Pattern QUERY = Pattern.compile("```sql\n(.*?)```\\s*```text\n(.*?)```", Pattern.DOTALL);
    private static final Pattern SAMPLE = Pattern.compile("One\\s+row of `quotes`.*?```json\n(.*?)```",
            Pattern.DOTALL);

    @Test
    void theSampleRowIsTheFirstRowOfTheQuotes() throws IOException {
        Matcher m = SAMPLE.matcher(Files.readString(README, StandardCharsets.UTF_8));
        assertThat(m.find()).as("the sample row in %s", README).isTrue();
        String first = Files.readAllLines(Path.of("exports/quotes.jsonl"), StandardCharsets.UTF_8).get(0);

        assertThat(tokens(m.group(1))).isEqualTo(tokens(first));
    }

    @Test
    void eachQueryPrintsTheTableShownUnderIt() throws IOException, SQLException {
        Matcher m = QUERY.matcher(Files.readString(README, StandardCharsets.UTF_8));
        int queries = 0;
        try (DuckDb duckDb = new DuckDb()) {
            while (m.find()) {
                queries++;
                assertThat(m.group(2)).as("the result of %s", m.group(1)).isEqualTo(shown(duckDb.rows(m.group(1))));
            }
        }
        assertThat(queries).as("queries with their results in %s", README).isEqualTo(2);
    }

    /** Rows as the README shows them: values separated by " | ", one row a line, no header. */
    private static String shown(List<List<Object>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<Object> row : rows) {
            out.append(String.join(" | ", row.stream().map(String::valueOf).toList())).append('\n');
        }
        return out.toString();
    }

    /** The JSON's tokens with their text, so that two layouts of one object compare equal. */
    private static List<String> tokens(String json) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                tokens.add(t + " " + parser.getText());
            }
        }
        return tokens;
    }
}
