package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.schema.TableRows;
import org.newsquotes.export.FolderDifferences;
import org.newsquotes.schema.Tables;

/** The same dataset gives the same bytes: twice in a row, and in a JVM with other defaults. */
class ExportDeterminismTest {

    private static final Path DATASET = Path.of("dataset");
    /** Four formats of every table, datapackage.json, croissant.json, SHA256SUMS and the five Citron files. */
    private static final int FILES = Tables.definitions().size() * 4 + 3 + 5;

    @TempDir
    Path temp;

    @Test
    void exportingTwiceGivesTheSameBytes() throws IOException {
        Path first = export(temp.resolve("first"));
        Path second = export(temp.resolve("second"));

        FolderDifferences differences = FolderDifferences.between(first, second);
        assertThat(differences.none()).as(differences.toString()).isTrue();
        assertThat(differences.expectedFiles()).isEqualTo(FILES);
    }

    @Test
    void aJvmWithTurkishLocaleAnotherTimeZoneAndLatin1DefaultsWritesTheSameBytes()
            throws IOException, InterruptedException {
        Path here = export(temp.resolve("here"));
        Path there = temp.resolve("there");
        Path log = temp.resolve("child.log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati",
                "-Dfile.encoding=ISO-8859-1",
                "-cp", System.getProperty("java.class.path"),
                ChildDefaults.class.getName(),
                "export", "--dataset", DATASET.toString(), "--output", there.toString());

        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();

        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).startsWith("defaults: tr_TR Pacific/Kiritimati ISO-8859-1\n")
                .contains("wrote " + there.resolve("quotes.parquet") + " (" + quoteCount() + " rows)\n");
        FolderDifferences differences = FolderDifferences.between(here, there);
        assertThat(differences.none()).as(differences.toString()).isTrue();
        assertThat(differences.expectedFiles()).isEqualTo(FILES);
    }

    private static long quoteCount() throws IOException {
        return new TableRows(DatasetCheck.run(DATASET, Clock.systemUTC()).dataset()).quotes().count();
    }

    private static Path export(Path folder) throws IOException {
        DatasetCheck check = DatasetCheck.run(DATASET, Clock.systemUTC());
        ExportCommand.exporter(check.dataset()).export(Tables.all(new TableRows(check.dataset())), folder);
        return folder;
    }

    /** Prints the JVM's defaults, so the test can see the child really has them, then runs the command. */
    static final class ChildDefaults {
        public static void main(String[] args) {
            System.out.print("defaults: " + java.util.Locale.getDefault() + " " + java.util.TimeZone.getDefault().getID()
                    + " " + java.nio.charset.Charset.defaultCharset() + "\n");
            System.out.flush();
            Main.main(args);
        }
    }
}
