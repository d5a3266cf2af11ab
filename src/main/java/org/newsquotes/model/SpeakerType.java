package org.newsquotes.model;

/** Whether a speaker is a person or an institution. */
public enum SpeakerType implements Coded {
    /** A natural person. */
    PERSON("person"),

    /** An institution that speaks as one: a government, a ministry, an alliance. */
    ORGANISATION("organisation");

    private final String code;

    SpeakerType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
