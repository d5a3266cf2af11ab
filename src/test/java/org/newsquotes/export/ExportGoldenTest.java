package org.newsquotes.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.export.csv.CsvTableWriter;
import org.newsquotes.export.json.JsonTableWriter;
import org.newsquotes.load.DatasetLoader;
import org.newsquotes.load.LoadResult;
import org.newsquotes.testing.Fixtures;
import org.newsquotes.schema.Tables;
import org.newsquotes.schema.TableRows;

/** The exports of the fixture dataset, byte for byte. */
class ExportGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/export");

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"quotes.csv", "quotes.json", "quotes.jsonl", "claims.csv", "speakers.csv",
        "speakers.json", "documents.jsonl"})
    void writesTheGoldenFile(String name) throws IOException {
        LoadResult loaded = new DatasetLoader(temp).load(Fixtures.VALID);
        assertThat(loaded.problems()).isEmpty();
        Path out = temp.resolve("exports");

        new Exporter(List.of(new CsvTableWriter(), JsonTableWriter.array(), JsonTableWriter.lines()))
                .export(Tables.all(new TableRows(loaded.dataset())), out);

        assertThat(Files.readAllBytes(out.resolve(name))).isEqualTo(Files.readAllBytes(GOLDEN.resolve(name)));
    }
}
