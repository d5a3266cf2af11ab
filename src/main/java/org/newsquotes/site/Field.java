package org.newsquotes.site;

/**
 * One labelled value on a page, with an optional link.
 *
 * @param name the label
 * @param value the value as shown, never null (an unknown value reads "not given")
 * @param href where the value links to, or null
 */
public record Field(String name, String value, String href) {

    /** Shown for a value the dataset leaves null. */
    static final String NOT_GIVEN = "not given";

    /** A field without a link; a null value reads {@value #NOT_GIVEN}. */
    static Field of(String name, Object value) {
        return new Field(name, value == null ? NOT_GIVEN : value.toString(), null);
    }

    /** A field that links to {@code href}, or a plain one when the value is null. */
    static Field linked(String name, String value, String href) {
        return value == null ? of(name, null) : new Field(name, value, href);
    }
}
