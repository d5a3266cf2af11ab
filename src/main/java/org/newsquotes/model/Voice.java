package org.newsquotes.model;

/** Whose assertion a claim is. */
public enum Voice implements Coded {
    /** The document asserts it in its own voice. */
    OUTLET("outlet"),

    /** The document attributes it to a speaker. */
    ATTRIBUTED("attributed");

    private final String code;

    Voice(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
