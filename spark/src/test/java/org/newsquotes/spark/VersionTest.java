package org.newsquotes.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsquotes.model.DatasetVersion;

/** The job's version is the root project's: in its pom file, and in the core jar it runs on. */
class VersionTest {

    @Test
    void isTheRootProjectsVersion() throws IOException {
        String rootPom = Files.readString(Path.of("../pom.xml"), StandardCharsets.UTF_8);
        Matcher version = Pattern.compile("<artifactId>geneva-quotes</artifactId>\\s*(?:<!--.*?-->\\s*)*<version>([^<]+)"
                + "</version>", Pattern.DOTALL).matcher(rootPom);

        assertThat(version.find()).isTrue();
        assertThat(System.getProperty("quotes.version")).isEqualTo(version.group(1));
        assertThat(DatasetVersion.current()).isEqualTo(version.group(1));
    }
}
