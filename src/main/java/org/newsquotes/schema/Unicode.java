package org.newsquotes.schema;

/** What makes text Unicode, checked alike wherever text is read: dataset files and table rows. */
public final class Unicode {

    private Unicode() {
    }

    /**
     * The index of the first UTF-16 unit of {@code text} that is half of a surrogate pair without its
     * other half, or -1 when there is none: such text is not Unicode, and no two formats write it alike
     * (CSV writes "?", JSON an escape, Parquet refuses it).
     */
    public static int loneSurrogate(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What is wrong with {@code text}, whose first lone surrogate is at {@code at}: the unit as an
     * escape, and the code point where it is.
     */
    public static String describeLoneSurrogate(String text, int at) {
        return String.format(java.util.Locale.ROOT, "\\u%04X, half of a surrogate pair without its other half, at"
                + " code point %d", (int) text.charAt(at), text.codePointCount(0, at));
    }
}
