package org.newsquotes.model;

import java.util.List;

/**
 * A person or organisation whose words or claims the documents report.
 *
 * @param id stable id
 * @param name canonical name
 * @param type person or organisation
 * @param aliases every form the corpus uses for the speaker, verbatim
 * @param role role at the time of the events, or null
 * @param affiliation country or organisation, or null
 * @param wikidata Wikidata Q-id, or null when not verified
 * @param wikidataSource the named source that verified the Q-id, or null
 * @param note free text, or null
 * @param origin where the record was read
 */
public record Speaker(String id, String name, SpeakerType type, List<String> aliases, String role,
        String affiliation, String wikidata, String wikidataSource, String note, Origin origin) {

    public Speaker {
        aliases = List.copyOf(aliases);
    }
}
