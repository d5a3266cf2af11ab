package org.newsquotes.evaluate;

/** How a prediction's speaker is compared with the dataset's. */
public enum SpeakerComparison {
    /** The predictions give registry ids ({@code speaker_id}). */
    ID("by id"),
    /** The predictions give names, resolved through the registry's names and aliases. */
    NAME("by name, resolved through the registry's names and aliases"),
    /** The predictions give no speaker at all. */
    NONE("not compared: the predictions give no speaker");

    private final String description;

    SpeakerComparison(String description) {
        this.description = description;
    }

    /** The words the report uses. */
    public String description() {
        return description;
    }
}
