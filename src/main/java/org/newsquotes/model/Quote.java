package org.newsquotes.model;

import java.time.LocalDate;

/**
 * A quotation: the exact characters between a pair of quotation marks in a source (or, for
 * {@link QuoteKind#INDIRECT}, a span of reported speech), and who said them.
 *
 * @param id stable id, such as {@code d002-q01}
 * @param documentId the document the quote is in
 * @param text the verbatim text, quotation marks excluded
 * @param charStart first code point of the text in the source
 * @param charEnd code point after the last
 * @param kind how the quotation is used
 * @param speaker speaker id, or null (scare quotes)
 * @param speakerAsWritten how the document names the speaker here, or null
 * @param speakerAsWrittenStart first code point of {@code speakerAsWritten}, or null
 * @param speakerAsWrittenEnd code point after its last, or null
 * @param cue the reporting verb or phrase, or null
 * @param cueStart first code point of {@code cue} in the source, or null when the cue is not located
 *        (no cue, or a cue in two pieces)
 * @param cueEnd code point after its last, or null
 * @param utterance utterance group id, or null
 * @param utteranceDate when the words were spoken, or null
 * @param utteranceDateBasis why that date, or null
 * @param note free text, or null
 * @param origin where the record was read
 */
public record Quote(String id, String documentId, String text, int charStart, int charEnd, QuoteKind kind,
        String speaker, String speakerAsWritten, Integer speakerAsWrittenStart, Integer speakerAsWrittenEnd,
        String cue, Integer cueStart, Integer cueEnd, String utterance, LocalDate utteranceDate, String utteranceDateBasis, String note,
        Origin origin) {
}
