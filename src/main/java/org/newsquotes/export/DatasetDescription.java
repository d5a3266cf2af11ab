package org.newsquotes.export;

/** The words that every metadata file uses to name and describe the dataset. */
public final class DatasetDescription {

    /** The dataset's title. */
    public static final String TITLE = "Geneva 2022 quotes and claims";

    /** A one-paragraph description. */
    public static final String SUMMARY = "Every quotation and the main claims in five news reports (Saudi Gazette,"
            + " RT, The Moscow Times, Gulf Times, and a blog reposting a BBC News article) of the talks between"
            + " Antony Blinken and Sergey Lavrov in Geneva on 21 January 2022: verbatim text with Unicode"
            + " code-point offsets into the stored sources, speakers from a registry with stable ids, outlets,"
            + " publication dates, segments, and groups joining the same statement or claim across outlets."
            + " Annotations are licensed CC BY 4.0; the source texts remain their publishers'.";

    /** Who maintains it, as named in CITATION.cff. */
    public static final String CREATOR = "The Geneva 2022 quotes and claims maintainers";

    /** The licence of the annotations and exports. */
    public static final String LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/";

    /** How to cite version {@code version} of the dataset, in a sentence. */
    public static String citeAs(String version) {
        return CREATOR + ". " + TITLE + ", version " + version + ". See CITATION.cff.";
    }

    private DatasetDescription() {
    }
}
