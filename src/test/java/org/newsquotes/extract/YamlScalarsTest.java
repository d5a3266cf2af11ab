package org.newsquotes.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/** Every scalar the draft writes is read back as the same text by a second YAML reader (SnakeYAML). */
class YamlScalarsTest {

    @ParameterizedTest
    @ValueSource(strings = {"said", "Sergei Lavrov", "null", "No", "yes", "1.5", "2022-01-21", "a: b", "# not a comment",
        "- item", "say \"no\"", "back\\slash", "two\nlines", " edge ", "Russia’s “red lines”", "Genève 🌍", "[list]",
        "{map}", "*alias", "&anchor", "!tag", "%directive", "@at", "`tick`", "'single'", "trailing:", "tab\there",
        "done.", "ends with comma,", "Part 1 of 2 of a quotation."})
    void readsBackAsTheSameText(String value) {
        Map<String, Object> read = new Yaml().load("v: " + YamlScalars.of(value) + "\n");

        assertThat(read.get("v")).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, 3232})
    void writesNumbersPlain(int value) {
        Map<String, Object> read = new Yaml().load("v: " + YamlScalars.of(value) + "\n");

        assertThat(read.get("v")).isEqualTo(value);
        assertThat(new Yaml().<Map<String, Object>>load("v: " + YamlScalars.of((String) null) + "\n").get("v")).isNull();
    }
}
