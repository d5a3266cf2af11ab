package org.newsquotes.evaluate;

import org.newsquotes.model.QuoteKind;

/**
 * One predicted quotation: a content span in a document of the dataset, and who the system says
 * spoke it.
 *
 * @param documentId the dataset document the span is in
 * @param start first code point of the span (quotation marks may be included)
 * @param end code point after its last
 * @param speakerId the predicted speaker's registry id, or null
 * @param speakerName the predicted speaker's name as the system gives it, or null
 * @param kind the kind the system gives, or null
 * @param where the file and line it was read from, for messages
 */
public record Prediction(String documentId, int start, int end, String speakerId, String speakerName,
        QuoteKind kind, String where) {
}
