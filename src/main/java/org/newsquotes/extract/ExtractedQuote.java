package org.newsquotes.extract;

import org.newsquotes.model.QuoteKind;

/**
 * A quotation the extractor found, with what it proposes about it. Offsets are code points of the
 * source, end exclusive; {@code text} is exactly the source's characters between them.
 *
 * @param charStart first code point of the quoted text, right after the opening mark
 * @param charEnd the closing mark's offset, or the end of the paragraph for a quotation that runs on
 * @param text the quoted text, without its quotation marks
 * @param kind full, fragment or scare (never indirect: the extractor reads quotation marks only)
 * @param speakerId the registry's id of the speaker, or null
 * @param speakerName the registry's name of the speaker, or the name as written when it is not in the
 *     registry, or null
 * @param speakerAsWritten how the text names the speaker for this quote, or null
 * @param speakerAsWrittenStart first code point of {@code speakerAsWritten}, or null
 * @param speakerAsWrittenEnd code point after its last, or null
 * @param cue the reporting verb as written, or null
 * @param cueStart first code point of the cue, or null
 * @param cueEnd code point after its last, or null
 * @param basis how the speaker was found
 * @param part which part this is of a quotation that runs over several paragraphs (1 for the first)
 * @param parts how many parts the quotation has (1 when it lies in one paragraph)
 * @param nested whether the quotation lies inside another one
 */
public record ExtractedQuote(int charStart, int charEnd, String text, QuoteKind kind, String speakerId,
        String speakerName, String speakerAsWritten, Integer speakerAsWrittenStart, Integer speakerAsWrittenEnd,
        String cue, Integer cueStart, Integer cueEnd, SpeakerBasis basis, int part, int parts, boolean nested) {

    /** A later part of this quotation: the same cue and speaker, at other offsets. */
    ExtractedQuote part(int start, int end, String partText, QuoteKind partKind, int number) {
        return new ExtractedQuote(start, end, partText, partKind, speakerId, speakerName, speakerAsWritten,
                speakerAsWrittenStart, speakerAsWrittenEnd, cue, cueStart, cueEnd, basis, number, parts, nested);
    }

    /** How the extractor found a quote's speaker. */
    public enum SpeakerBasis {
        /** A name in the cue clause that is one of the registry's aliases. */
        ALIAS,
        /** A capitalised name in the cue clause that the registry does not know. */
        NAME,
        /** A pronoun (he, she, they, it) next to the cue: the last speaker found before. */
        PRONOUN,
        /** No cue, but the quotation opens its paragraph: the last speaker found before, as news reports run. */
        CARRIED,
        /** No speaker: a scare quote, a quotation inside another, or no name or pronoun by the cue. */
        NONE
    }
}
