package org.newsquotes.bulk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.newsquotes.model.Location;
import org.newsquotes.schema.ReadLimits;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.TableRules;
import org.newsquotes.schema.Violation;
import org.newsquotes.validate.table.JsonLinesScanner;
import org.newsquotes.validate.table.Row;
import org.newsquotes.validate.table.RowFileException;
import org.newsquotes.validate.table.RowReader;
import org.newsquotes.validate.table.RowReaders;
import org.newsquotes.validate.table.RowSpans;
import org.newsquotes.validate.table.RowRules;
import org.newsquotes.validate.table.RowValues;
import org.newsquotes.validate.table.RowViolation;

/**
 * Checks the rows of a chunk against every rule that needs only the row itself, on one worker thread,
 * which keeps its checker from chunk to chunk. The usual JSON Lines row is read and checked straight
 * from its bytes ({@link RowSpans}, {@link RowRules#accepts}); any other row, and every row the quick
 * test does not accept, is checked in full ({@link RowRules#check(Row)}), which alone finds what is
 * wrong: the rules are those of the public row API, as any other engine calls them. The valid rows go to
 * each output's {@link Output.Batch}; keys are kept for the uniqueness check, which the
 * {@link OrderedReporter} does in file order.
 */
final class RowChecker {

    private final String shownAs;
    private final RowRules rules;
    private final List<Violation> found = new ArrayList<>();
    private final Table<?> table;
    private final JsonLinesScanner scanner;
    private final List<Output> outputs;
    /** The worker's row, refilled for each row checked in full. */
    private final Row row = new Row();
    private final ValidRow validRow;

    /**
     * @param shownAs the file as shown in locations
     * @param header the names of the file's header, or null when its rows name their own columns
     * @param outputs the outputs whose batches take the valid rows
     */
    RowChecker(Table<?> table, String shownAs, List<String> header, List<Output> outputs) {
        this.table = table;
        this.shownAs = shownAs;
        this.rules = RowRules.of(table);
        if (header != null) {
            // The header's own violations are reported once, by the reporter's validator.
            rules.header(header);
        }
        this.scanner = new JsonLinesScanner(table);
        this.validRow = new ValidRow(new RowValues(table));
        this.outputs = outputs;
    }

    /**
     * Checks a chunk of whole lines of JSON Lines as the fast scanner reads them or, when it gives up
     * on the chunk, as the JSON parser reads them; no row is checked before the scanner has read the
     * whole chunk, so a chunk is never checked twice. A row that the quick test accepts is valid as it
     * is read; every other row is checked in full through the same {@link RowRules}, and reported.
     *
     * @param bytesRead bytes of the file read up to the chunk's end
     */
    CheckedChunk checkLines(byte[] bytes, int length, long bytesRead) throws IOException {
        CheckedChunk chunk = chunk(length / 256 + 1, length);
        chunk.bytesRead = bytesRead;
        if (scanner.scanSpans(bytes, length)) {
            RowSpans spans = scanner.spans();
            for (int r = 0; r < spans.rows(); r++) {
                if (rules.accepts(spans, r)) {
                    accepted(chunk, bytes, spans, r);
                } else {
                    check(chunk, spans.toRow(r, row));
                }
            }
            chunk.lines = scanner.lineEnds();
            return chunk;
        }
        try (RowReader reader = RowReaders.jsonLines(bytes, 0, length, table)) {
            while (reader.next(row)) {
                check(chunk, row);
            }
        } catch (RowFileException e) {
            chunk.error = e;
        }
        chunk.lines = ChunkReader.lineEnds(bytes, length);
        return chunk;
    }

    /**
     * A line of JSON Lines longer than {@link ReadLimits#MAX_LINE_BYTES}, which the reader skipped: one
     * row, past a limit, at the chunk's first line.
     *
     * @param lines the line ends in the line, as the JSON parser counts them
     * @param bytesRead bytes of the file read up to the line's end
     */
    CheckedChunk tooLong(int lines, long bytesRead) {
        CheckedChunk chunk = chunk(1, 0);
        chunk.bytesRead = bytesRead;
        chunk.add(1, false, List.of(TableRules.READ_LIMIT.violation(new Location(shownAs, 1, Location.NOT_AVAILABLE),
                null, null, "the row's line is longer than " + ReadLimits.MAX_LINE_BYTES + " bytes, the longest line"
                        + " read; it is not checked")));
        chunk.lines = lines;
        return chunk;
    }

    /**
     * Checks rows that the reader read (CSV, a JSON array), which carry their lines in the file.
     *
     * @param error where the file stopped being readable after these rows, or null
     */
    CheckedChunk checkRows(List<Row> rows, RowFileException error) {
        CheckedChunk chunk = chunk(rows.size(), 256 * rows.size());
        for (Row r : rows) {
            check(chunk, r);
        }
        chunk.error = error;
        return chunk;
    }

    private CheckedChunk chunk(int rows, int bytes) {
        Output.Batch[] batches = new Output.Batch[outputs.size()];
        for (int i = 0; i < batches.length; i++) {
            batches[i] = outputs.get(i).batch(bytes);
        }
        return new CheckedChunk(rows, batches);
    }

    /** A row that the quick test found valid: its values are taken straight from its bytes. */
    private void accepted(CheckedChunk chunk, byte[] bytes, RowSpans spans, int r) {
        chunk.add(spans.line(r), true, List.of());
        if (spans.keyLength(r) >= 0) {
            chunk.key(bytes, spans.keyStart(r), spans.keyLength(r));
        }
        if (chunk.batches.length > 0) {
            handOn(chunk, validRow.read(spans, r));
        }
    }

    private void check(CheckedChunk chunk, Row r) {
        RowRules.Checked checked = rules.check(r);
        found.clear();
        for (RowViolation v : checked.violations()) {
            found.add(new Violation(v.rule(), v.severity(), new Location(shownAs, v.line(), Location.NOT_AVAILABLE),
                    checked.key(), v.column(), v.message()));
        }
        boolean valid = checked.valid();
        chunk.add(r.line(), valid, found);
        if (checked.key() != null) {
            byte[] utf8 = checked.key().getBytes(StandardCharsets.UTF_8);
            chunk.key(utf8, 0, utf8.length);
        }
        if (valid && chunk.batches.length > 0) {
            handOn(chunk, validRow.checked(r));
        }
    }

    private static void handOn(CheckedChunk chunk, ValidRow valid) {
        for (Output.Batch batch : chunk.batches) {
            batch.add(valid);
        }
    }
}
