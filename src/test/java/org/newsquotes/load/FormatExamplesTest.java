package org.newsquotes.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The examples of dataset/FORMAT.md that quote the data say what the data says: each record of the
 * documents example (the document, its segments, quotes and claims, by id) holds, field by field, the
 * values of the record of that id in dataset/documents, read by a second YAML reader (SnakeYAML), but
 * for the fields that the example shortens on purpose.
 */
class FormatExamplesTest {

    private static final Path FORMAT = Path.of("dataset/FORMAT.md");
    /** Prose that the example shortens, and the checksum it cuts. */
    private static final Set<String> SHORTENED = Set.of("sha256", "outlet_evidence", "note", "url");
    private static final Pattern DOCUMENT_EXAMPLE = Pattern.compile(
            "## `documents/<document-id>\\.yaml`\\s*```yaml\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theDocumentExampleQuotesTheDataAsItIs() throws IOException {
        Matcher m = DOCUMENT_EXAMPLE.matcher(Files.readString(FORMAT, StandardCharsets.UTF_8));
        assertThat(m.find()).as("the documents example in %s", FORMAT).isTrue();
        Map<String, Object> example = new Yaml().load(m.group(1));
        Path file = Path.of("dataset/documents", example.get("id") + ".yaml");
        Map<String, Object> data = new Yaml().load(Files.readString(file, StandardCharsets.UTF_8));

        List<String> differences = new ArrayList<>();
        compare("document " + example.get("id"), example, data, differences);
        for (String list : List.of("segments", "quotes", "claims")) {
            for (Map<String, Object> record : records(example, list)) {
                Map<String, Object> same = records(data, list).stream()
                        .filter(r -> r.get("id").equals(record.get("id"))).findFirst().orElse(Map.of());
                compare(list + " " + record.get("id"), record, same, differences);
            }
        }
        assertThat(differences).isEmpty();
    }

    private static void compare(String what, Map<String, Object> example, Map<String, Object> data,
            List<String> differences) {
        for (Map.Entry<String, Object> field : example.entrySet()) {
            Object value = field.getValue();
            if (SHORTENED.contains(field.getKey()) || value instanceof List) {
                continue;
            }
            if (!data.containsKey(field.getKey()) || !String.valueOf(value).equals(String.valueOf(data.get(field.getKey())))) {
                differences.add(what + " " + field.getKey() + ": the example has " + value + ", the data "
                        + data.get(field.getKey()));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> records(Map<String, Object> document, String list) {
        return (List<Map<String, Object>>) document.getOrDefault(list, List.of());
    }
}
