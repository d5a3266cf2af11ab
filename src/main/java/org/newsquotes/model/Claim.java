package org.newsquotes.model;

import java.math.BigDecimal;

/**
 * A factual assertion that a document makes in its own voice or attributes to a speaker.
 *
 * @param id stable id, such as {@code d002-c01}
 * @param documentId the document the claim is in
 * @param text the verbatim span
 * @param charStart first code point of the span in the source
 * @param charEnd code point after the last
 * @param kind what the claim asserts
 * @param voice the document's own voice, or attributed
 * @param claimant speaker id when attributed, else null
 * @param statement a short normalised statement of the claim
 * @param value the number the claim states, or null
 * @param unit the unit of {@code value}, or null
 * @param claimGroup claim group id, or null
 * @param position id of the position the claim takes in its claim group, or null without a group
 * @param note free text, or null
 * @param origin where the record was read
 */
public record Claim(String id, String documentId, String text, int charStart, int charEnd, ClaimKind kind,
        Voice voice, String claimant, String statement, BigDecimal value, String unit, String claimGroup,
        String position, String note, Origin origin) {
}
