package org.newsquotes.model;

/** The role of a stretch of a document's text. */
public enum SegmentKind implements Coded {
    /** The headline. */
    HEADLINE("headline"),

    /** The summary line under a headline. */
    STANDFIRST("standfirst"),

    /** Date lines, timestamps, bylines and credits standing alone. */
    METADATA("metadata"),

    /** A photo caption. */
    CAPTION("caption"),

    /** The article's running text. */
    BODY("body"),

    /** A blogger's or editor's own text added to a reposted article. */
    COMMENTARY("commentary"),

    /** Site menus, related-story lists, comment forms: not part of the article. */
    FURNITURE("furniture");

    private final String code;

    SegmentKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
