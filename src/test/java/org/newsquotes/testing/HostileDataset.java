package org.newsquotes.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A valid dataset whose source and quotes hold markup, a script, {@code </textarea>}, ampersands,
 * quotation marks and right-to-left text: the small fixture with its first quote replaced by
 * {@link #QUOTE} (which holds a scare quote, {@link #INNER}, in curly marks) and its furniture line by
 * {@link #FURNITURE}, the offsets found again in the new text.
 */
public final class HostileDataset {

    /** The first quote's text: a script that would set a global and the title, and Arabic. */
    public static final String QUOTE = "<script>window.pwned = 1; document.title = 'pwned';</script></textarea> & &amp;"
            + " \u201csafe\u201d \u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645,";

    /** The scare quote inside {@link #QUOTE}. */
    public static final String INNER = "safe";

    /** The last line of the source, in a furniture segment: straight quotes, an image that would run a script, Hebrew. */
    public static final String FURNITURE = "Related: \"<img src=x onerror=\"window.pwned=2\">\" & </textarea>"
            + "<script>document.title='owned'</script> \u05e9\u05dc\u05d5\u05dd";

    private HostileDataset() {
    }

    /** Writes the dataset under {@code folder}; its folder. */
    public static Path write(Path folder) throws IOException {
        Path dataset = Fixtures.copyOfValid(folder);
        Path sourceFile = dataset.resolve("sources/001_fixture.txt");
        String source = Files.readString(sourceFile, StandardCharsets.UTF_8)
                .replace("We will answer in writing next week,", QUOTE)
                .replace("Related: \u201cOther story\u201d", FURNITURE);
        Files.writeString(sourceFile, source, StandardCharsets.UTF_8);
        int q1 = at(source, QUOTE);
        int inner = at(source, "\u201c" + INNER) + 1;
        int related = at(source, FURNITURE);
        String yaml = """
                id: d001
                source: 001_fixture.txt
                sha256: %s
                outlet: example-times
                outlet_confidence: high
                outlet_evidence: Made up for tests.
                headline: "Talks in Genève 🌍 end"
                published: 2022-01-21
                published_as_printed: 21 January 2022
                dateline: null
                wire_credit: null
                language: en
                url: null
                note: null
                segments:
                  - {id: headline, kind: headline, char_start: 0, char_end: 21, derived_from: null, note: null}
                  - {id: body, kind: body, char_start: 23, char_end: %d, derived_from: null, note: null}
                  - {id: related, kind: furniture, char_start: %d, char_end: %d, derived_from: null, note: null}
                quotes:
                  - id: d001-q01
                    text: "%s"
                    char_start: %d
                    char_end: %d
                    kind: full
                    speaker: ada-example
                    speaker_as_written: Minister Ada Example
                    speaker_as_written_start: %d
                    speaker_as_written_end: %d
                    cue: said
                    utterance: u-ada-written-answer
                    utterance_date: null
                    utterance_date_basis: null
                    note: null
                  - id: d001-q02
                    text: a 𝔾ood start
                    char_start: %d
                    char_end: %d
                    kind: fragment
                    speaker: example-ministry
                    speaker_as_written: The ministry
                    speaker_as_written_start: %d
                    speaker_as_written_end: %d
                    cue: called it
                    utterance: null
                    utterance_date: 2022-01-21
                    utterance_date_basis: The text's own date.
                    note: null
                  - id: d001-q03
                    text: %s
                    char_start: %d
                    char_end: %d
                    kind: scare
                    speaker: null
                    speaker_as_written: null
                    speaker_as_written_start: null
                    speaker_as_written_end: null
                    cue: null
                    utterance: null
                    utterance_date: null
                    utterance_date_basis: null
                    note: A scare quote inside a quote.
                claims:
                  - id: d001-c01
                    text: after 90 minutes
                    char_start: %d
                    char_end: %d
                    kind: quantity
                    voice: outlet
                    claimant: null
                    statement: The talks ended after 90 minutes.
                    value: 90
                    unit: minute
                    claim_group: cg-talks-duration
                    position: ninety-minutes
                    note: null
                """.formatted(sha256(sourceFile), at(source, "minutes.") + "minutes.".length(), related,
                related + length(FURNITURE), QUOTE, q1, q1 + length(QUOTE),
                at(source, "Minister Ada Example"), at(source, "Minister Ada Example") + 20,
                at(source, "a 𝔾ood start"), at(source, "a 𝔾ood start") + length("a 𝔾ood start"),
                at(source, "The ministry"), at(source, "The ministry") + 12,
                INNER, inner, inner + INNER.length(),
                at(source, "after 90 minutes"), at(source, "after 90 minutes") + 16);
        Files.writeString(dataset.resolve("documents/d001.yaml"), yaml, StandardCharsets.UTF_8);
        return dataset;
    }

    /** The code-point offset of the one occurrence of {@code needle} in {@code text}. */
    private static int at(String text, String needle) {
        int at = text.indexOf(needle);
        if (at < 0 || text.indexOf(needle, at + 1) >= 0) {
            throw new IllegalArgumentException(needle + " does not occur once");
        }
        return text.codePointCount(0, at);
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
