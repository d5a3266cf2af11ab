package org.newsquotes.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The expected texts are what Python 3's json.dumps(value, indent=4, ensure_ascii=False) prints for them. */
class PythonJsonTest {

    @Test
    void indentsByFourAndKeepsTheKeysInOrder() {
        Map<String, Object> span = new LinkedHashMap<>();
        span.put("start", 3);
        span.put("end", 7);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "a");
        value.put("cue", null);
        value.put("sources", List.of());
        value.put("contents", List.of(span));

        assertThat(PythonJson.dumps(value)).isEqualTo("{\n    \"text\": \"a\",\n    \"cue\": null,\n    \"sources\": [],\n"
                + "    \"contents\": [\n        {\n            \"start\": 3,\n            \"end\": 7\n        }\n    ]\n}");
    }

    @Test
    void escapesOnlyQuotesBackslashesAndControlCharacters() {
        assertThat(PythonJson.dumps(List.of("“é𝔾”/\u2028 \"\\\n\r\t\b\f\u0001\u001f")))
                .isEqualTo("[\n    \"“é𝔾”/\u2028 \\\"\\\\\\n\\r\\t\\b\\f\\u0001\\u001f\"\n]");
    }
}
