package org.newsquotes.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything loaded from a dataset folder: the registries, the documents and their source texts.
 *
 * @param outlets outlets registry, in file order
 * @param speakers speakers registry, in file order
 * @param utterances utterance groups, in file order
 * @param claimGroups claim groups, in file order
 * @param documents documents, ordered by id
 * @param sources source texts by file name
 */
public record Dataset(List<Outlet> outlets, List<Speaker> speakers, List<UtteranceGroup> utterances,
        List<ClaimGroup> claimGroups, List<Document> documents, Map<String, SourceText> sources) {

    public Dataset {
        outlets = List.copyOf(outlets);
        speakers = List.copyOf(speakers);
        utterances = List.copyOf(utterances);
        claimGroups = List.copyOf(claimGroups);
        documents = List.copyOf(documents);
        sources = Map.copyOf(sources);
    }

    /** The source text of {@code document}, if it was read. */
    public Optional<SourceText> sourceOf(Document document) {
        return Optional.ofNullable(sources.get(document.source()));
    }
}
