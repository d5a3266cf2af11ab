package org.newsquotes.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquotes.extract.ExtractedQuote.SpeakerBasis;
import org.newsquotes.model.Location;
import org.newsquotes.model.Origin;
import org.newsquotes.model.QuoteKind;
import org.newsquotes.model.SourceText;
import org.newsquotes.model.Speaker;
import org.newsquotes.model.SpeakerType;

/**
 * The extractor on a report written for the test, in the style of a news report, against records
 * made by hand: which quotes, their kinds, cues and speakers. Offsets are found in the text by a
 * plain search and counted in code points here, apart from the extractor.
 */
class QuoteExtractorTest {

    /** U+1F6A2 SHIP: one code point, two UTF-16 units. */
    private static final String SHIP = "\uD83D\uDEA2";

    private static final String REPORT = String.join("\n",
            "Harbour plan approved after long debate",
            "",
            "LONDON — The city’s harbour plan was approved on Monday. \"This is a good day for the port,\" Ms Berg"
                    + " told reporters. She added that the vote was \"only the start\".",
            "",
            "“We don't want Russia's ships or anyone else’s to stop here without checks,” she said. “Safety comes"
                    + " first.”",
            "",
            "Asked about the critics, Anna Berg said: “They called the plan ‘a gift to developers’, but they are"
                    + " wrong.”",
            "",
            "“The harbour has waited forty years for this.",
            "",
            "“Now the work begins,” said Tom Reed, a local councillor.",
            "",
            "One resident posted " + SHIP + " \"vanity project\" under the council’s notice.",
            "");

    private static final Speaker BERG = new Speaker("anna-berg", "Anna Berg", SpeakerType.PERSON,
            List.of("Anna Berg", "Berg", "Ms Berg", "the minister"), "Minister", null, null, null, null,
            Origin.of(Location.ofFile("speakers.yaml")));

    /** What a record should say, by hand. */
    private record Expected(String text, QuoteKind kind, String speakerId, String speakerName, String asWritten,
            String cue, SpeakerBasis basis, int part, int parts, boolean nested) {
    }

    @Test
    void findsTheQuotesOfANewsReportAsAReaderWould() {
        List<Expected> expected = List.of(
                new Expected("This is a good day for the port,", QuoteKind.FULL, "anna-berg", "Anna Berg", "Ms Berg",
                        "told", SpeakerBasis.ALIAS, 1, 1, false),
                new Expected("only the start", QuoteKind.FRAGMENT, "anna-berg", "Anna Berg", "She", "added",
                        SpeakerBasis.PRONOUN, 1, 1, false),
                new Expected("We don't want Russia's ships or anyone else’s to stop here without checks,",
                        QuoteKind.FULL, "anna-berg", "Anna Berg", "she", "said", SpeakerBasis.PRONOUN, 1, 1, false),
                new Expected("Safety comes first.", QuoteKind.FULL, "anna-berg", "Anna Berg", null, null,
                        SpeakerBasis.CARRIED, 1, 1, false),
                new Expected("They called the plan ‘a gift to developers’, but they are wrong.", QuoteKind.FULL,
                        "anna-berg", "Anna Berg", "Anna Berg", "said", SpeakerBasis.ALIAS, 1, 1, false),
                new Expected("a gift to developers", QuoteKind.SCARE, null, null, null, null, SpeakerBasis.NONE, 1, 1,
                        true),
                new Expected("The harbour has waited forty years for this.", QuoteKind.FULL, null, "Tom Reed",
                        "Tom Reed", "said", SpeakerBasis.NAME, 1, 2, false),
                new Expected("Now the work begins,", QuoteKind.FULL, null, "Tom Reed", "Tom Reed", "said",
                        SpeakerBasis.NAME, 2, 2, false),
                new Expected("vanity project", QuoteKind.SCARE, null, null, null, null, SpeakerBasis.NONE, 1, 1,
                        false));

        List<ExtractedQuote> found = new QuoteExtractor(List.of(BERG)).extract(source());

        assertThat(found).extracting(q -> new Expected(q.text(), q.kind(), q.speakerId(), q.speakerName(),
                q.speakerAsWritten(), q.cue(), q.basis(), q.part(), q.parts(), q.nested()))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void offsetsAreCodePointsAndCutTheTextWithoutItsMarks() {
        SourceText source = source();
        List<ExtractedQuote> found = new QuoteExtractor(List.of(BERG)).extract(source);

        for (ExtractedQuote q : found) {
            assertThat(source.slice(q.charStart(), q.charEnd())).isEqualTo(q.text());
            assertThat(q.charStart()).isEqualTo(codePointIndexOf(q.text(), q.part() > 1 ? "\n“" : ""));
        }
        ExtractedQuote last = found.get(found.size() - 1);
        int utf16 = REPORT.indexOf("vanity project");
        assertThat(last.charStart()).as("one less than the UTF-16 index, for the ship before it").isEqualTo(utf16 - 1);
        ExtractedQuote first = found.get(0);
        assertThat(List.of(first.speakerAsWrittenStart(), first.speakerAsWrittenEnd(), first.cueStart(),
                first.cueEnd())).containsExactly(codePointIndexOf("Ms Berg", ""), codePointIndexOf("Ms Berg", "") + 7,
                codePointIndexOf("told reporters", ""), codePointIndexOf("told reporters", "") + 4);
    }

    @Test
    void theSpeakerIsTheMentionBeforeTheCueRatherThanAfter() {
        Speaker council = new Speaker("city-council", "City Council", SpeakerType.ORGANISATION,
                List.of("the council"), null, null, null, null, null, Origin.of(Location.ofFile("speakers.yaml")));
        SourceText text = new SourceText("t.txt", "0", "Ms Berg said the council had \"run out of time\".");
        List<ExtractedQuote> found = new QuoteExtractor(List.of(BERG, council)).extract(text);

        assertThat(found).extracting(ExtractedQuote::speakerId, ExtractedQuote::speakerAsWritten)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("anna-berg", "Ms Berg"));
    }

    @Test
    void anApostropheIsNoQuotationMark() {
        SourceText text = new SourceText("t.txt", "0", "The council’s view: Russia's envoys' plans 'don't matter', he said.");
        List<ExtractedQuote> found = new QuoteExtractor(List.of()).extract(text);

        assertThat(found).extracting(ExtractedQuote::text).containsExactly("don't matter");
    }

    @Test
    void aMarkLeftOpenIsDroppedWhenTheNextParagraphDoesNotReopen() {
        SourceText text = new SourceText("t.txt", "0", "He said \"we will see.\n\nThe talks \"ended\" early.");
        List<ExtractedQuote> found = new QuoteExtractor(List.of()).extract(text);

        assertThat(found).extracting(ExtractedQuote::text, ExtractedQuote::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ended", QuoteKind.SCARE));
    }

    private static SourceText source() {
        return new SourceText("001_test.txt", "0", REPORT);
    }

    /** The code-point index of {@code text} in the report, after {@code after} when it is not empty. */
    private static int codePointIndexOf(String text, String after) {
        int from = after.isEmpty() ? 0 : REPORT.indexOf(after) + after.length();
        int at = REPORT.indexOf(text, from);
        return REPORT.codePointCount(0, at);
    }
}
