package org.newsquotes.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.export.csv.CsvTableWriter;
import org.newsquotes.export.csv.DataPackageWriter;
import org.newsquotes.export.json.JsonTableWriter;
import org.newsquotes.load.DatasetLoader;
import org.newsquotes.load.LoadResult;
import org.newsquotes.testing.Fixtures;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.Tables;
import org.newsquotes.schema.TableRows;

/** All or nothing: the exports are replaced only when every file is written. */
class ExporterTest {

    @TempDir
    Path temp;

    private List<Tables.Export<?>> tables;
    private Path out;

    @BeforeEach
    void load() throws IOException {
        LoadResult loaded = new DatasetLoader(temp).load(Fixtures.VALID);
        assertThat(loaded.problems()).isEmpty();
        tables = Tables.all(new TableRows(loaded.dataset()));
        out = temp.resolve("exports");
    }

    /** Writes part of a file, then fails, on the table named {@code failOn}. */
    static final class FailingWriter implements TableWriter {
        private final String failOn;

        FailingWriter(String failOn) {
            this.failOn = failOn;
        }

        @Override
        public String extension() {
            return "broken";
        }

        @Override
        public <R> long write(Table<R> table, Iterator<R> rows, Path file) throws IOException {
            try (OutputStream stream = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                stream.write("half a file".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                if (table.name().equals(failOn)) {
                    throw new IOException("disk full while writing " + file.getFileName());
                }
            }
            return 0;
        }
    }

    @Test
    void aWriterThatFailsHalfWayLeavesThePreviousExportsIntactAndNoStagingFolder() throws IOException {
        new Exporter(List.of(new CsvTableWriter(), JsonTableWriter.lines()), List.of(new Checksums())).export(tables, out);
        Map<String, byte[]> before = contents(out);
        assertThat(before).containsKeys("quotes.csv", "claims.jsonl", "SHA256SUMS");

        Exporter failing = new Exporter(List.of(new CsvTableWriter(), new FailingWriter("speakers")),
                List.of(new Checksums()));

        assertThatThrownBy(() -> failing.export(tables, out)).isInstanceOf(IOException.class)
                .hasMessage("disk full while writing speakers.broken");
        assertThat(contents(out)).containsOnlyKeys(before.keySet())
                .allSatisfy((name, bytes) -> assertThat(bytes).as(name).isEqualTo(before.get(name)));
    }

    @Test
    void aFailingMetadataWriterLeavesNothingBehindInANewFolder() {
        MetadataWriter broken = new MetadataWriter() {
            @Override
            public String fileName() {
                return "broken.json";
            }

            @Override
            public void write(List<Table<?>> definitions, Path folder, Path file) throws IOException {
                throw new IOException("cannot describe " + definitions.size() + " tables");
            }
        };

        assertThatThrownBy(() -> new Exporter(List.of(new CsvTableWriter()), List.of(broken)).export(tables, out))
                .hasMessage("cannot describe 7 tables");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void writesTheMetadataFilesAfterTheTablesAndMovesEverythingIntoPlace() throws IOException {
        List<Exporter.WrittenFile> written = new Exporter(List.of(new CsvTableWriter(), JsonTableWriter.array()),
                List.of(new DataPackageWriter(), new Checksums())).export(tables, out);

        assertThat(written).map(f -> out.relativize(f.file()).toString()).containsExactly("quotes.csv", "quotes.json",
                "claims.csv", "claims.json", "speakers.csv", "speakers.json", "outlets.csv", "outlets.json",
                "documents.csv", "documents.json", "utterances.csv", "utterances.json", "claim_groups.csv",
                "claim_groups.json", "datapackage.json", "SHA256SUMS");
        assertThat(written.get(0).rows()).hasValue(2);
        assertThat(written.get(written.size() - 1).rows()).isEmpty();
        assertThat(contents(out)).hasSize(16);
        assertThat(Files.readAllLines(out.resolve("SHA256SUMS"))).hasSize(15)
                .contains(Checksums.sha256(out.resolve("datapackage.json")) + "  datapackage.json");
    }

    @Test
    void checkNamesEveryDifferingMissingAndExtraFile() throws IOException {
        Exporter exporter = new Exporter(List.of(new CsvTableWriter()), List.of(new Checksums()));
        exporter.export(tables, out);
        assertThat(exporter.check(tables, out).none()).isTrue();

        Files.write(out.resolve("quotes.csv"), new byte[] {'x'}, StandardOpenOption.APPEND);
        Files.delete(out.resolve("claims.csv"));
        Files.writeString(out.resolve("notes.txt"), "stale");

        FolderDifferences differences = exporter.check(tables, out);
        assertThat(differences).isEqualTo(new FolderDifferences(8, List.of("quotes.csv"),
                List.of("claims.csv"), List.of("notes.txt")));
        assertThat(differences.count()).isEqualTo(3);
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.toList()) {
                files.put(p.getFileName().toString(), Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0]);
            }
        }
        return files;
    }
}
