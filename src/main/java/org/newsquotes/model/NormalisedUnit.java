package org.newsquotes.model;

/** The unit a claim's value is normalised to, one for each kind of quantity (see {@link Units}). */
public enum NormalisedUnit implements Coded {
    /** Durations, in minutes. */
    MINUTE("minute"),

    /** Calendar years, as years. */
    YEAR("year"),

    /** Counts of things, as plain numbers; the claim's unit says what is counted. */
    COUNT("count");

    private final String code;

    NormalisedUnit(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
