package org.newsquotes.export.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.testing.DuckDb.literal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.apache.parquet.column.statistics.SizeStatistics;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.model.DatasetVersion;
import org.newsquotes.testing.DuckDb;
import org.newsquotes.testing.ParquetJava;

/**
 * The footer of the own encoder's files, read by parquet-java and DuckDB: the double column's NaN
 * count (which the Parquet format requires for IEEE 754 total order, and without which parquet-java
 * ignores the column's statistics), the tool's name as {@code created_by}, and the size statistics
 * parquet-java's own writer gives (checked against the rows that went in).
 */
class ParquetFooterTest {

    @TempDir
    Path temp;

    @Test
    void theDoubleColumnHasANanCountParquetJavaUses() throws IOException {
        Path file = write("own", 100);

        Statistics<?> value = column(ParquetJava.footer(file), "value").getStatistics();
        assertThat(value.isNanCountSet()).isTrue();
        assertThat(value.getNanCount()).isZero();
        assertThat(value.hasNonNullValue()).isTrue();
        assertThat((Object) value.genericGetMin()).isEqualTo(-1.5);
    }

    @Test
    void createdByNamesTheToolForItsOwnPagesAndParquetJavaForItsColumnWriters() throws IOException, SQLException {
        Path own = write("own", 10);
        Path library = write("parquet-java", 10);

        String tool = "geneva-quotes version " + DatasetVersion.current();
        assertThat(ParquetJava.footer(own).getFileMetaData().getCreatedBy()).isEqualTo(tool);
        assertThat(ParquetJava.footer(library).getFileMetaData().getCreatedBy()).startsWith("parquet-mr version ");
        try (DuckDb db = new DuckDb()) {
            assertThat(db.value("SELECT created_by FROM parquet_file_metadata(" + literal(own) + ")")).isEqualTo(tool);
        }
    }

    @Test
    void sizeStatisticsAreThoseOfParquetJavasOwnWriter() throws IOException {
        int count = ParquetTableWriter.ROWS_PER_GROUP + 1;
        List<ParquetReadersTest.Row> rows = ParquetReadersTest.rows(count);
        Path own = write("own", count);
        Path library = write("parquet-java", count);

        long noteBytes = rows.stream().filter(r -> r.note() != null).mapToLong(r -> utf8(r.note())).sum();
        long aliases = rows.stream().filter(r -> r.aliases() != null).mapToLong(r -> r.aliases().size()).sum();
        for (Path file : List.of(own, library)) {
            ParquetMetadata footer = ParquetJava.footer(file);
            assertThat(footer.getBlocks().stream().mapToLong(b -> sizes(b, "note").getUnencodedByteArrayDataBytes()
                    .orElseThrow()).sum()).as("%s", file).isEqualTo(noteBytes);
            SizeStatistics first = sizes(footer.getBlocks().get(0), "aliases");
            SizeStatistics last = sizes(footer.getBlocks().get(1), "aliases");
            // Levels of a nullable list of required strings: 0 a null list, 1 an empty one, 2 an element.
            assertThat(first.getDefinitionLevelHistogram()).hasSize(3);
            assertThat(first.getDefinitionLevelHistogram().get(2) + last.getDefinitionLevelHistogram().get(2))
                    .isEqualTo(aliases);
            assertThat(first.getRepetitionLevelHistogram().get(0) + last.getRepetitionLevelHistogram().get(0))
                    .isEqualTo(count);
            assertThat(sizes(footer.getBlocks().get(0), "count").getDefinitionLevelHistogram()).isEmpty();
        }
    }

    private Path write(String pages, int count) throws IOException {
        Path file = temp.resolve(pages + "-" + count + ".parquet");
        LibraryPages.writer(pages, ParquetTableWriter.ROWS_PER_GROUP).write(ParquetReadersTest.TABLE,
                ParquetReadersTest.rows(count).iterator(), file);
        return file;
    }

    private static ColumnChunkMetaData column(ParquetMetadata footer, String name) {
        return footer.getBlocks().get(0).getColumns().stream().filter(c -> c.getPath().toDotString().startsWith(name))
                .findFirst().orElseThrow();
    }

    private static SizeStatistics sizes(BlockMetaData block, String name) {
        return block.getColumns().stream().filter(c -> c.getPath().toDotString().startsWith(name)).findFirst()
                .orElseThrow().getSizeStatistics();
    }

    private static long utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
