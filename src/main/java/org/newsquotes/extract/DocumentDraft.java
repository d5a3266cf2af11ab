package org.newsquotes.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.model.QuoteKind;
import org.newsquotes.model.SourceText;

/**
 * A document file for a curator to finish (dataset/FORMAT.md, "Adding a document"): every quotation
 * the extractor found, with its verified offsets and text and the kind, speaker and cue it proposes,
 * each proposal named in the quote's {@code review} list; the document's own fields that the text
 * cannot give are null and named in the document's {@code review} list.
 */
public final class DocumentDraft {

    /**
     * Document fields a curator fills or checks. {@code outlet}, {@code outlet_confidence} and
     * {@code outlet_evidence} are required and drafted as null, so validation fails until they are
     * filled.
     */
    public static final List<String> DOCUMENT_REVIEW = List.of("outlet", "outlet_confidence", "outlet_evidence",
            "headline", "published", "published_as_printed", "dateline", "wire_credit", "language", "url",
            "segments", "quotes", "claims");

    private DocumentDraft() {
    }

    /**
     * The YAML text of a draft of document {@code id} for {@code source}, with {@code quotes} as the
     * extractor found them.
     */
    public static String yaml(String id, SourceText source, List<ExtractedQuote> quotes) {
        StringBuilder y = new StringBuilder();
        line(y, "", "id", id);
        line(y, "", "source", source.name());
        line(y, "", "sha256", source.sha256());
        y.append("review: [").append(String.join(", ", DOCUMENT_REVIEW)).append("]\n");
        for (String field : List.of("outlet", "outlet_confidence", "outlet_evidence", "headline", "published",
                "published_as_printed", "dateline", "wire_credit")) {
            line(y, "", field, null);
        }
        line(y, "", "language", "en");
        line(y, "", "url", null);
        line(y, "", "note", null);
        y.append("segments:\n");
        int[] body = printedSpan(source);
        line(y, "  - ", "id", "body");
        line(y, "    ", "kind", "body");
        y.append("    char_start: ").append(body[0]).append('\n');
        y.append("    char_end: ").append(body[1]).append('\n');
        line(y, "    ", "derived_from", null);
        line(y, "    ", "note", null);
        y.append(quotes.isEmpty() ? "quotes: []\n" : "quotes:\n");
        for (int i = 0; i < quotes.size(); i++) {
            quote(y, ExtractedRows.quoteId(id, i + 1), quotes.get(i));
        }
        y.append("claims: []\n");
        return y.toString();
    }

    private static void quote(StringBuilder y, String id, ExtractedQuote q) {
        String note = note(q);
        List<String> review = new ArrayList<>(List.of("kind"));
        if (q.kind() != QuoteKind.SCARE) {
            review.add("speaker");
        }
        for (String field : List.of("speaker_as_written", "cue", "note")) {
            boolean set = field.equals("note") ? note != null
                    : field.equals("cue") ? q.cue() != null : q.speakerAsWritten() != null;
            if (set) {
                review.add(field);
            }
        }
        line(y, "  - ", "id", id);
        line(y, "    ", "text", q.text());
        y.append("    char_start: ").append(q.charStart()).append('\n');
        y.append("    char_end: ").append(q.charEnd()).append('\n');
        line(y, "    ", "kind", q.kind().code());
        line(y, "    ", "speaker", q.speakerId());
        line(y, "    ", "speaker_as_written", q.speakerAsWritten());
        y.append("    speaker_as_written_start: ").append(YamlScalars.of(q.speakerAsWrittenStart())).append('\n');
        y.append("    speaker_as_written_end: ").append(YamlScalars.of(q.speakerAsWrittenEnd())).append('\n');
        line(y, "    ", "cue", q.cue());
        y.append("    cue_start: ").append(YamlScalars.of(q.cueStart())).append('\n');
        y.append("    cue_end: ").append(YamlScalars.of(q.cueEnd())).append('\n');
        for (String field : List.of("utterance", "utterance_date", "utterance_date_basis")) {
            line(y, "    ", field, null);
        }
        line(y, "    ", "note", note);
        y.append("    review: [").append(String.join(", ", review)).append("]\n");
    }

    /** What the curator should know about how a proposal was made, or null. */
    private static String note(ExtractedQuote q) {
        List<String> says = new ArrayList<>();
        if (q.parts() > 1) {
            says.add("Part " + q.part() + " of " + q.parts() + " of a quotation that runs over paragraphs.");
        }
        if (q.nested()) {
            says.add("Quoted inside another quotation; whose words these are is for the curator to say.");
        }
        if (q.kind() != QuoteKind.SCARE && q.speakerId() == null) {
            says.add(unknownSpeaker(q));
        } else if (q.basis() == ExtractedQuote.SpeakerBasis.CARRIED) {
            says.add("No cue: the speaker is carried over from the quotation before.");
        }
        return says.isEmpty() ? null : String.join(" ", says);
    }

    /**
     * Why a quotation that is not a scare quote has no speaker id: a quote without one needs a note
     * (rule quote.speaker.required), and this one tells the curator what the rules saw.
     */
    private static String unknownSpeaker(ExtractedQuote q) {
        String unknown = "\"" + q.speakerName() + "\", which speakers.yaml does not know: add the speaker or an"
                + " alias, and set speaker.";
        switch (q.basis()) {
            case NAME:
                return "Speaker named " + unknown;
            case PRONOUN:
                return q.speakerName() == null ? "The pronoun has no speaker found before it to stand for."
                        : "The pronoun stands for " + unknown;
            case CARRIED:
                return "No cue: the speaker is carried over from the quotation before, " + unknown;
            default:
                return "No speaker found" + (q.cue() == null ? " and no cue" : " next to the cue") + ".";
        }
    }

    /** The span from the first to the last printed code point of the text: one body segment to cut up. */
    private static int[] printedSpan(SourceText source) {
        int start = 0;
        int end = source.length();
        while (start < end && isSpace(source.codePointAt(start))) {
            start++;
        }
        while (end > start && isSpace(source.codePointAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }

    /** White space as the validator's edge rule sees it, no-break spaces included. */
    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static void line(StringBuilder y, String indent, String field, String value) {
        y.append(indent).append(field).append(": ").append(YamlScalars.of(value)).append('\n');
    }
}
