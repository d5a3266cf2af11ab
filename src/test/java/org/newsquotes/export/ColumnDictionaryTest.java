package org.newsquotes.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.ColumnType;
import org.newsquotes.schema.Tables;

class ColumnDictionaryTest {

    @Test
    void theColumnsPageHoldsTheGeneratedDictionary() throws IOException {
        String readme = Files.readString(Path.of("docs/columns.md"), StandardCharsets.UTF_8);

        assertThat(readme)
                .as("docs/columns.md is stale: run java -jar target/quotes.jar columns --readme docs/columns.md")
                .isEqualTo(ColumnDictionary.replaceSection(readme, ColumnDictionary.markdown(Tables.definitions())));
    }

    @Test
    void listsEveryColumnOfEveryTableInOrder() {
        String markdown = ColumnDictionary.markdown(Tables.definitions());

        for (Table<?> table : Tables.definitions()) {
            String section = markdown.substring(markdown.indexOf("\n### `" + table.name() + "`\n"));
            int from = 0;
            for (Column<?> column : table.columns()) {
                int at = section.indexOf("\n| `" + column.name() + "` | ", from);
                assertThat(at).as("%s.%s", table.name(), column.name()).isGreaterThan(from);
                from = at;
            }
        }
        assertThat(markdown).contains("| `aliases` | list of string | no | Every form the corpus uses for the speaker,"
                + " verbatim. |\n", "| `published_date` | date | yes | ");
    }

    @Test
    void escapesPipesInDescriptions() {
        Table<String> table = new Table<String>("t", "A | B.", java.util.List.of(
                Column.required("c", ColumnType.STRING, "x | y", s -> s))).withPrimaryKey("c");

        assertThat(ColumnDictionary.markdown(java.util.List.of(table)))
                .contains("A \\| B.\n", "| `c` | string | no | x \\| y |\n");
    }

    @Test
    void refusesTextWithoutTheMarkers() {
        assertThatThrownBy(() -> ColumnDictionary.replaceSection(ColumnDictionary.END + "\n" + ColumnDictionary.BEGIN
                + "\n", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no generated section: put the lines " + ColumnDictionary.BEGIN + " and "
                        + ColumnDictionary.END + " where the columns section belongs");
    }
}
