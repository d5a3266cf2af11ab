package org.newsquotes.bulk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.newsquotes.schema.Tables;
import org.newsquotes.export.parquet.LibraryPages;
import org.newsquotes.export.parquet.ParquetTableWriter;
import org.newsquotes.export.parquet.GroupEncoder;
import org.newsquotes.validate.table.JsonLinesScanner;
import org.newsquotes.validate.table.RowPrecheck;
import org.newsquotes.validate.table.RowSpans;

/**
 * The stages of the bulk pipeline's work on a quotes JSON Lines file, timed one after the other on
 * one thread, in nanoseconds per row: scanning a piece into byte ranges, the quick test of each row,
 * handing the accepted rows' values to a {@link ValueBuffer}, and encoding them into Parquet row
 * groups, by this tool's encoder and by parquet-java's column writers. Six rounds over the same bytes, into the same buffers (emptied by a hold and a release);
 * the last rounds show the compiled code. Usage (class path as
 * in bench/run.sh): {@code java -Xmx3g -cp "$cp" org.newsquotes.bulk.PipelineStages FILE [BYTES]},
 * BYTES being how much of the file to read (default 200,000,000).
 */
public final class PipelineStages {

    private static final int CHUNK_BYTES = 1 << 18;

    private PipelineStages() {
    }

    public static void main(String[] args) throws IOException {
        byte[] file = Files.readAllBytes(Path.of(args[0]));
        int limit = (int) Math.min(file.length, args.length > 1 ? Long.parseLong(args[1]) : 200_000_000L);
        List<byte[]> pieces = pieces(file, limit);
        JsonLinesScanner scanner = new JsonLinesScanner(Tables.QUOTES);
        RowPrecheck precheck = new RowPrecheck(Tables.QUOTES);
        List<ValueBuffer> buffers = new ArrayList<>();
        for (byte[] piece : pieces) {
            buffers.add(new ValueBuffer(piece.length));
        }
        for (int round = 1; round <= 6; round++) {
            long rows = 0;
            long accepted = 0;
            long scanning = 0;
            long testing = 0;
            long handing = 0;
            for (int p = 0; p < pieces.size(); p++) {
                byte[] piece = pieces.get(p);
                long start = System.nanoTime();
                if (!scanner.scanSpans(piece, piece.length)) {
                    continue;
                }
                long scanned = System.nanoTime();
                RowSpans spans = scanner.spans();
                boolean[] valid = new boolean[spans.rows()];
                for (int r = 0; r < valid.length; r++) {
                    valid[r] = precheck.accepts(spans, r);
                }
                long tested = System.nanoTime();
                ValueBuffer values = buffers.get(p);
                values.hold();
                values.release();
                for (int r = 0; r < valid.length; r++) {
                    if (valid[r]) {
                        spans.values(r, values);
                        accepted++;
                    }
                }
                long handed = System.nanoTime();
                rows += valid.length;
                scanning += scanned - start;
                testing += tested - scanned;
                handing += handed - tested;
            }
            long encoding = encode(buffers, new ParquetTableWriter());
            long library = encode(buffers, LibraryPages.writer(ParquetTableWriter.ROWS_PER_GROUP));
            System.out.printf(Locale.ROOT, "round %d: %d rows, %d accepted; ns per row: scan %.0f, quick test %.0f,"
                    + " values %.0f, Parquet encoding %.0f (parquet-java's column writers %.0f)%n", round, rows,
                    accepted, scanning / (double) rows, testing / (double) rows, handing / (double) rows,
                    encoding / (double) accepted, library / (double) accepted);
        }
    }

    /** Pieces of whole lines of about {@link #CHUNK_BYTES}, as the pipeline's reader cuts them. */
    private static List<byte[]> pieces(byte[] file, int limit) {
        List<byte[]> pieces = new ArrayList<>();
        for (int at = 0; at < limit;) {
            int end = Math.min(limit, at + CHUNK_BYTES);
            while (end < limit && file[end - 1] != '\n') {
                end--;
            }
            pieces.add(Arrays.copyOfRange(file, at, end));
            at = end;
        }
        return pieces;
    }

    /**
     * Nanoseconds to encode every row of {@code buffers} into row groups, as the workers do, with the
     * encoder of {@code writer}.
     */
    private static long encode(List<ValueBuffer> buffers, ParquetTableWriter writer) {
        long start = System.nanoTime();
        try (GroupEncoder encoder = writer.encoder(Tables.QUOTES)) {
            for (ValueBuffer values : buffers) {
                for (int i = 0; i < values.rows(); i++) {
                    values.replay(i, encoder);
                    if (encoder.rowCount() == ParquetTableWriter.ROWS_PER_GROUP) {
                        encoder.finish();
                    }
                }
            }
            if (encoder.rowCount() > 0) {
                encoder.finish();
            }
        }
        return System.nanoTime() - start;
    }
}
