package org.newsquotes.export;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.ColumnType;

/**
 * The column dictionary in Markdown, generated from the table definitions: the README's section
 * between {@link #BEGIN} and {@link #END} is this text, never written by hand.
 */
public final class ColumnDictionary {

    /** The line that opens the generated section. */
    public static final String BEGIN = GeneratedSections.start("columns");
    /** The line that closes the generated section. */
    public static final String END = GeneratedSections.end("columns");

    private ColumnDictionary() {
    }

    /** The dictionary of {@code tables}, with {@code \n} line endings. */
    public static String markdown(List<Table<?>> tables) {
        StringBuilder md = new StringBuilder();
        md.append("| type | CSV | JSON | Parquet |\n|---|---|---|---|\n");
        for (ColumnType type : ColumnType.values()) {
            md.append("| ").append(label(type)).append(" | ").append(forms(type)).append(" |\n");
        }
        md.append("\nA nullable column is empty in CSV, `null` in JSON and an optional field in Parquet;"
                + " the others always have a value.\n");
        for (Table<?> table : tables) {
            md.append("\n### `").append(table.name()).append("`\n\n").append(cell(table.description())).append("\n\n");
            md.append("Primary key: ").append(codeList(table.primaryKey())).append('.');
            if (!table.foreignKeys().isEmpty()) {
                md.append(" References: ").append(table.foreignKeys().stream()
                        .map(k -> "`" + k.column() + "` → `" + k.table() + "." + k.referencedColumn() + "`")
                        .collect(Collectors.joining(", "))).append('.');
            }
            md.append("\n\n| column | type | nullable | description |\n|---|---|---|---|\n");
            for (Column<?> column : table.columns()) {
                md.append("| `").append(column.name()).append("` | ").append(label(column.type())).append(" | ")
                        .append(column.nullable() ? "yes" : "no").append(" | ").append(cell(column.description()))
                        .append(" |\n");
            }
        }
        return md.toString();
    }

    /**
     * {@code readme} with the text between its {@link #BEGIN} and {@link #END} lines replaced by
     * {@code dictionary}.
     *
     * @throws IllegalArgumentException when the markers are missing or out of order
     */
    public static String replaceSection(String readme, String dictionary) {
        return GeneratedSections.fill(readme, Map.of("columns", dictionary));
    }

    /** The name of a column type in the dictionary. */
    static String label(ColumnType type) {
        return switch (type) {
            case STRING -> "string";
            case INT32 -> "int32";
            case DOUBLE -> "double";
            case DATE -> "date";
            case STRING_LIST -> "list of string";
        };
    }

    private static String forms(ColumnType type) {
        return switch (type) {
            case STRING -> "text | string | `BINARY (STRING)`";
            case INT32 -> "digits | number | `INT32`";
            case DOUBLE -> "plain decimal (`1.5`) | number | `DOUBLE`";
            case DATE -> "`YYYY-MM-DD` | string `\"YYYY-MM-DD\"` | `INT32 (DATE)`";
            case STRING_LIST -> "JSON array text (`[\"a\",\"b\"]`) | array of strings | `LIST` of `BINARY (STRING)`";
        };
    }

    private static String codeList(List<String> names) {
        return names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
