package org.newsquotes.site;

/**
 * What the site says about the dataset as a whole.
 *
 * @param title the dataset's title
 * @param version the dataset's version
 * @param citation how to cite it, in a sentence
 */
public record SiteInfo(String title, String version, String citation) {
}
