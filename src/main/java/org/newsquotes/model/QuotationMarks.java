package org.newsquotes.model;

/**
 * The characters that open or close a quotation in the texts this tool reads: straight and curly,
 * single and double, low-9, guillemets. One list, so that what the Citron export puts around a quote
 * and what {@code quotes evaluate} strips from a span's ends are the same marks.
 */
public final class QuotationMarks {

    private static final String MARKS = "\"'\u00AB\u00BB\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u2039\u203A";

    private QuotationMarks() {
    }

    /** Whether the code point {@code c} is a quotation mark. */
    public static boolean is(int c) {
        return MARKS.indexOf(c) >= 0;
    }
}
