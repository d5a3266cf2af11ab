package org.newsquotes.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CueVerbsTest {

    @Test
    void theReadmeListsEveryCueVerbInOrder() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8).replace("\n", " ");
        int start = readme.indexOf("Cue verbs: ") + "Cue verbs: ".length();
        List<String> listed = Arrays.asList(readme.substring(start, readme.indexOf(';', start)).split(", "));

        assertThat(listed).isEqualTo(CueVerbs.WORDS);
        assertThat(readme).contains("the phrase \"according to\"");
    }

    @Test
    void aCueIsAWholeWordInAnyCaseAndNoNoun() {
        assertThat(CueVerbs.isCue("Said")).isTrue();
        assertThat(CueVerbs.isCue("saidx")).isFalse();
        assertThat(CueVerbs.isCue("states")).isFalse();
    }
}
