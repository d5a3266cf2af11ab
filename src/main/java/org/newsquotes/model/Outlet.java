package org.newsquotes.model;

/**
 * A publisher of documents.
 *
 * @param id stable id
 * @param name the outlet's name
 * @param homePage home page URL, or null when not confirmed
 * @param country ISO 3166-1 alpha-2 code, or null
 * @param kind what kind of publisher it is
 * @param note free text, or null
 * @param origin where the record was read
 */
public record Outlet(String id, String name, String homePage, String country, OutletKind kind, String note,
        Origin origin) {
}
