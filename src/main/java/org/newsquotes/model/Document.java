package org.newsquotes.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One source document: its metadata, the segments its text is cut into, and its quote and claim
 * records.
 *
 * @param id stable id, such as {@code d002}
 * @param source file name of the source text in {@code dataset/sources/}
 * @param sha256 hex sha256 of the source file's bytes
 * @param outlet outlet id
 * @param outletConfidence how sure the outlet identification is
 * @param outletEvidence what identifies the outlet
 * @param headline the headline, verbatim, or null
 * @param published publication date, or null when the document prints none
 * @param publishedAsPrinted the date as printed, or null
 * @param dateline place the story is filed from, as printed, or null
 * @param wireCredit wire credit as printed, or null
 * @param language BCP 47 language tag
 * @param url canonical URL when confirmed, or null
 * @param note free text, or null
 * @param segments the labelled parts of the text
 * @param quotes the quotations, in text order
 * @param claims the claims, in text order
 * @param origin where the record was read
 */
public record Document(String id, String source, String sha256, String outlet, Confidence outletConfidence,
        String outletEvidence, String headline, LocalDate published, String publishedAsPrinted, String dateline,
        String wireCredit, String language, String url, String note, List<Segment> segments, List<Quote> quotes,
        List<Claim> claims, Origin origin) {

    public Document {
        segments = List.copyOf(segments);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
    }

    /** The first segment that contains the code-point span {@code [start, end)}, if any. */
    public Optional<Segment> segmentContaining(int start, int end) {
        return segments.stream().filter(s -> s.contains(start, end)).findFirst();
    }

    /**
     * The outlet that originally published text in {@code segment} of this document: the outlet the
     * segment reposts ({@code derived_from}) when it reposts one, else this document's own outlet.
     *
     * @param segment a segment of this document, or null for text in none
     */
    public String originalOutlet(Segment segment) {
        return segment != null && segment.derivedFrom() != null ? segment.derivedFrom() : outlet;
    }

    /** The outlet that originally published the text at {@code [start, end)}: see {@link #originalOutlet(Segment)}. */
    public String originalOutletAt(int start, int end) {
        return originalOutlet(segmentContaining(start, end).orElse(null));
    }
}
