package org.newsquotes.model;

/** How a quotation is used in the document. */
public enum QuoteKind implements Coded {
    /** A whole clause or sentence offered as someone's words. */
    FULL("full"),

    /** A phrase woven into the reporter's own sentence. */
    FRAGMENT("fragment"),

    /** Quotation marks that keep a word at a distance or mark a term; nobody speaks. */
    SCARE("scare"),

    /** Reported speech without quotation marks; never counted as a direct quote. */
    INDIRECT("indirect");

    private final String code;

    QuoteKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
