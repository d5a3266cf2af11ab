package org.newsquotes.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsquotes.model.SourceText;
import org.yaml.snakeyaml.Yaml;

/** The draft's quotes, read back by SnakeYAML: what each proposes, and what it asks the curator to check. */
class DocumentDraftTest {

    private static final String TEXT = "“Now the work begins,” said Tom Reed, a local councillor. “We start in May,”"
            + " he added. Some saw a \"vanity project\".\n";

    @Test
    void everyProposalIsMarkedAndASpeakerWithoutIdIsExplained() {
        SourceText source = new SourceText("009_test.txt", "ab12", TEXT);
        String yaml = DocumentDraft.yaml("d009", source, new QuoteExtractor(List.of()).extract(source));

        Map<String, Object> draft = new Yaml().load(yaml);
        assertThat(draft).containsEntry("id", "d009").containsEntry("source", "009_test.txt")
                .containsEntry("outlet", null).containsEntry("review", DocumentDraft.DOCUMENT_REVIEW);
        List<Map<String, Object>> quotes = quotes(draft);
        assertThat(quotes).<List<Object>>extracting(q -> List.of(q.get("id"), q.get("text"), q.get("kind"),
                q.get("speaker"), q.get("speaker_as_written"), q.get("review"), q.get("note"))).containsExactly(
                        List.of("d009-q01", "Now the work begins,", "full", "", "Tom Reed",
                                List.of("kind", "speaker", "speaker_as_written", "cue", "note"),
                                "Speaker named \"Tom Reed\", which speakers.yaml does not know: add the speaker or an"
                                        + " alias, and set speaker."),
                        List.of("d009-q02", "We start in May,", "full", "", "he",
                                List.of("kind", "speaker", "speaker_as_written", "cue", "note"),
                                "The pronoun stands for \"Tom Reed\", which speakers.yaml does not know: add the"
                                        + " speaker or an alias, and set speaker."),
                        List.of("d009-q03", "vanity project", "scare", "", "", List.of("kind"), ""));
    }

    /** The draft's quotes, null shown as the empty string. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> quotes(Map<String, Object> draft) {
        List<Map<String, Object>> quotes = (List<Map<String, Object>>) draft.get("quotes");
        quotes.forEach(q -> q.replaceAll((k, v) -> v == null ? "" : v));
        return quotes;
    }
}
