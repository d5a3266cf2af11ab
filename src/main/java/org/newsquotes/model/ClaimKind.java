package org.newsquotes.model;

/** What a claim asserts. */
public enum ClaimKind implements Coded {
    /** A number: troops, minutes, deaths, warships. */
    QUANTITY("quantity"),

    /** One party accuses another. */
    ACCUSATION("accusation"),

    /** A party announces what it has done or will do. */
    ANNOUNCEMENT("announcement"),

    /** A party demands something of another. */
    DEMAND("demand"),

    /** A party denies something. */
    DENIAL("denial"),

    /** Any other factual assertion. */
    ASSERTION("assertion");

    private final String code;

    ClaimKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
