package org.newsquotes.model;

/** What kind of publisher an outlet is. */
public enum OutletKind implements Coded {
    /** A newspaper, in print or online. */
    NEWSPAPER("newspaper"),

    /** A news publication that exists only online. */
    NEWS_WEBSITE("news-website"),

    /** A commercial radio or television broadcaster. */
    BROADCASTER("broadcaster"),

    /** A public-service broadcaster with editorial independence by charter. */
    PUBLIC_BROADCASTER("public-broadcaster"),

    /** A broadcaster funded and directed by a state. */
    STATE_FUNDED_BROADCASTER("state-funded-broadcaster"),

    /** A wire service selling copy to other outlets. */
    NEWS_AGENCY("news-agency"),

    /** A personal or small-team blog. */
    BLOG("blog");

    private final String code;

    OutletKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
