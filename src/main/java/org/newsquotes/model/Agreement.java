package org.newsquotes.model;

/** Whether the members of a claim group agree. */
public enum Agreement implements Coded {
    /** Every member says the same. */
    AGREE("agree"),

    /** Members contradict each other. */
    DISAGREE("disagree"),

    /** Members overlap but differ in detail or precision. */
    PARTIAL("partial");

    private final String code;

    Agreement(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
