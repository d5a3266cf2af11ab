package org.newsquotes.model;

/** How sure an identification is. */
public enum Confidence implements Coded {
    /** Confirmed by a named reference. */
    HIGH("high"),

    /** Strong evidence in the text, not confirmed by a named reference. */
    MEDIUM("medium"),

    /** Weak evidence; treat as a lead, not a fact. */
    LOW("low");

    private final String code;

    Confidence(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
