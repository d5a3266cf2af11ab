package org.newsquotes.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.export.json.JsonTableWriter;
import org.newsquotes.export.parquet.LibraryPages;
import org.newsquotes.export.parquet.ParquetTableWriter;
import org.newsquotes.generate.QuoteCorpusGenerator;
import org.newsquotes.schema.Tables;
import org.newsquotes.testing.ParquetJava;

/**
 * The bulk pipeline's Parquet output with either encoder of pages, on several workers: both files
 * hold, in order, exactly the generated rows that the generator made without a defect, as
 * parquet-java's reader reads them.
 */
class BulkParquetPagesTest {

    private static final int ROWS = 3 * 1000 + 17;
    private static final int ROWS_PER_GROUP = 1000;

    @TempDir
    Path temp;

    @Test
    void bothEncodersWriteTheValidGeneratedRowsInOrder() throws IOException {
        QuoteCorpusGenerator.Options options = new QuoteCorpusGenerator.Options(ROWS, 11, 0.01);
        Path corpus = temp.resolve("corpus.jsonl");
        JsonTableWriter.lines().write(new QuoteCorpusGenerator(options).table(),
                new QuoteCorpusGenerator(options).rows(), corpus);
        List<Object[]> valid = new ArrayList<>();
        Iterator<Object[]> rows = new QuoteCorpusGenerator(options).rows();
        Iterator<QuoteCorpusGenerator.Defect> defects = new QuoteCorpusGenerator(options).defects();
        while (rows.hasNext()) {
            Object[] row = rows.next();
            if (defects.next() == null) {
                valid.add(row);
            }
        }
        Path expected = temp.resolve("expected.parquet");
        new ParquetTableWriter().write(new QuoteCorpusGenerator(options).table(), valid.iterator(), expected);

        for (String pages : LibraryPages.ENCODERS) {
            Path file = temp.resolve(pages + ".parquet");
            BulkPipeline.Result result = new BulkPipeline(BulkPipeline.Settings.withWorkers(3).withChunkBytes(5000))
                    .run(corpus, "corpus.jsonl", Tables.QUOTES,
                            List.of(new ParquetOutput(file, LibraryPages.writer(pages, ROWS_PER_GROUP))),
                            v -> { }, BulkPipeline.Progress.NONE);

            assertThat(result.validRows()).isEqualTo(valid.size()).isLessThan(ROWS);
            assertThat(ParquetJava.rows(file)).as("%s", pages).isEqualTo(ParquetJava.rows(expected));
            assertThat(ParquetJava.footer(file).getBlocks()).hasSize((valid.size() + ROWS_PER_GROUP - 1) / ROWS_PER_GROUP);
        }
    }
}
