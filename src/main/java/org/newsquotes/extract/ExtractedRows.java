package org.newsquotes.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsquotes.model.Document;
import org.newsquotes.model.Location;
import org.newsquotes.model.Origin;
import org.newsquotes.model.Quote;
import org.newsquotes.model.SourceText;
import org.newsquotes.model.Speaker;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.TableRows.QuoteRow;
import org.newsquotes.schema.Tables;

/**
 * The extractor's quotes as rows of the quotes table, with what the extractor knows filled in and
 * the rest null: no outlet, date, segment or utterance group.
 */
public final class ExtractedRows {

    /** A source file named as the dataset names them: three digits, then anything. */
    private static final Pattern DATASET_NAME = Pattern.compile("^(\\d{3})(?:[_.].*)?$");

    /**
     * The columns of the quotes table, in its order, each of which may be null here: the extractor
     * cannot know a quote's outlet, nor its id when the source's name gives no document id.
     */
    public static final Table<QuoteRow> COLUMNS = new Table<>(Tables.QUOTES.name(), Tables.QUOTES.description(),
            Tables.QUOTES.columns().stream().map(c -> new Column<>(c.name(), c.type(), true, c.description(),
                    c.value(), c.codes(), c.pattern())).toList());

    private ExtractedRows() {
    }

    /**
     * The document id that the dataset's naming convention gives a source file ({@code d002} for
     * {@code 002_7490f935fa1dc7f3.txt}), or null when the name does not follow it.
     */
    public static String documentIdOf(String fileName) {
        Matcher m = DATASET_NAME.matcher(fileName);
        return m.matches() ? "d" + m.group(1) : null;
    }

    /** The id of the {@code n}th quote (from 1) of {@code documentId}: {@code d002-q07}. */
    public static String quoteId(String documentId, int n) {
        return String.format(java.util.Locale.ROOT, "%s-q%02d", documentId, n);
    }

    /**
     * Rows of the quotes table for {@code quotes}, found in {@code source}.
     *
     * @param documentId the document's id, or null when unknown (quote ids are then null too)
     * @param speakers the registry, by id
     */
    public static List<QuoteRow> of(SourceText source, String documentId, List<ExtractedQuote> quotes,
            Map<String, Speaker> speakers) {
        Origin origin = Origin.of(Location.ofFile(source.shownPath()));
        Document document = new Document(documentId, source.name(), source.sha256(), null, null, null, null, null,
                null, null, null, null, null, null, List.of(), List.of(), List.of(), origin);
        List<QuoteRow> rows = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            ExtractedQuote q = quotes.get(i);
            String id = documentId == null ? null : quoteId(documentId, i + 1);
            Speaker speaker = q.speakerId() != null ? speakers.get(q.speakerId())
                    : q.speakerName() == null ? null
                    : new Speaker(null, q.speakerName(), null, List.of(), null, null, null, null, null, origin);
            rows.add(new QuoteRow(toQuote(q, id, documentId, origin), document, null, speaker, null));
        }
        return rows;
    }

    /** {@code q} as a quote record with id {@code id}. */
    static Quote toQuote(ExtractedQuote q, String id, String documentId, Origin origin) {
        return new Quote(id, documentId, q.text(), q.charStart(), q.charEnd(), q.kind(), q.speakerId(),
                q.speakerAsWritten(), q.speakerAsWrittenStart(), q.speakerAsWrittenEnd(), q.cue(), q.cueStart(), q.cueEnd(),
                null, null, null, null, origin);
    }
}
