package org.newsquotes.export.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsquotes.export.MetadataWriter;
import org.newsquotes.model.Dataset;
import org.newsquotes.model.Document;
import org.newsquotes.model.QuotationMarks;
import org.newsquotes.model.Quote;
import org.newsquotes.model.SourceText;
import org.newsquotes.schema.Table;

/**
 * The folder {@code citron/}: the dataset's quotes in the annotation format of BBC R&amp;D's Citron, one
 * file per document, {@code <document_id>.json}, so that Citron's own scripts and
 * {@code quotes evaluate} can read them.
 *
 * <p>The format is Citron's ({@code bbc/citron}, {@code docs/data_format.md}; read by
 * {@code citron/data.py}, {@code CitronParser.parse}): an object with {@code text}, the whole source
 * text, and {@code quotes}, each with the optional {@code id}, a {@code cue} span, a list of
 * {@code sources} and a list of {@code contents}, every span {@code {"start", "end", "text"}} with
 * character indexes into {@code text} (Python string indexes, which are code points, the dataset's
 * offsets). The files are laid out as Citron's PARC converter writes them
 * ({@code scripts/preprocess/parc_extractor.py}: {@code json.dumps(data, indent=4, sort_keys=False,
 * ensure_ascii=False) + "\n"}, keys in the order {@code id}, {@code cue}, {@code sources},
 * {@code contents}), in UTF-8.
 *
 * <p>Each quote of the dataset is one Citron quote with one content span, which includes the quotation
 * marks around it (the characters just before and after it, when they are quotation marks), as
 * Citron's content spans do. The source is the quote's {@code speaker_as_written} span; a quote
 * without one (scare quotes, unknown speakers) has no sources. The cue is the quote's cue span where
 * the dataset locates it, else null: Citron's annotations always have a cue (its PARC converter
 * drops attributions without one, and {@code CitronParser} reads {@code cue["start"]}), so Citron's
 * own reader cannot read a file with a null cue, while {@code quotes evaluate} can. Indirect speech
 * has no marks, and its content span is the reported words.
 */
public final class CitronWriter implements MetadataWriter {

    /** The folder's name. */
    public static final String FOLDER = "citron";

    private final Dataset dataset;

    /** A writer of {@code dataset}'s quotes. */
    public CitronWriter(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    public String fileName() {
        return FOLDER;
    }

    @Override
    public void write(List<Table<?>> tables, Path folder, Path file) throws IOException {
        Files.createDirectory(file);
        for (Document d : dataset.documents()) {
            SourceText source = dataset.sourceOf(d).orElseThrow(
                    () -> new IllegalStateException("document " + d.id() + " has no source text"));
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("text", source.text());
            List<Object> quotes = new ArrayList<>();
            for (Quote q : d.quotes()) {
                quotes.add(quote(q, source));
            }
            root.put("quotes", quotes);
            Files.write(file.resolve(d.id() + ".json"), (PythonJson.dumps(root) + "\n").getBytes(StandardCharsets.UTF_8),
                    StandardOpenOption.CREATE_NEW);
        }
    }

    private static Map<String, Object> quote(Quote q, SourceText source) {
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("id", q.id());
        quote.put("cue", q.cue() != null && q.cueStart() != null && q.cueEnd() != null
                ? span(q.cueStart(), q.cueEnd(), source) : null);
        quote.put("sources", q.speakerAsWrittenStart() != null && q.speakerAsWrittenEnd() != null
                ? List.of(span(q.speakerAsWrittenStart(), q.speakerAsWrittenEnd(), source)) : List.of());
        int start = q.charStart();
        int end = q.charEnd();
        if (start > 0 && end < source.length() && QuotationMarks.is(source.codePointAt(start - 1))
                && QuotationMarks.is(source.codePointAt(end))) {
            start--;
            end++;
        }
        quote.put("contents", List.of(span(start, end, source)));
        return quote;
    }

    private static Map<String, Object> span(int start, int end, SourceText source) {
        Map<String, Object> span = new LinkedHashMap<>();
        span.put("start", start);
        span.put("end", end);
        span.put("text", source.slice(start, end));
        return span;
    }
}
