package org.newsquotes.model;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The shapes of the dataset's ids (see {@code dataset/FORMAT.md}), written once as regular
 * expressions that both the dataset rules and the exported tables' schemas use. Every expression is
 * also a valid ECMA-262 expression, so that it can stand in a JSON Schema {@code pattern} as is.
 */
public final class Ids {

    /** Any id: lower-case letters and digits in runs joined by single hyphens. */
    public static final String ID = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /** A document id: {@code d} and the three digits that start its source file's name. */
    public static final String DOCUMENT = "^d[0-9]{3}$";

    /** A quote id: its document id, {@code -q} and a sequence number of two or more digits. */
    public static final String QUOTE = "^d[0-9]{3}-q[0-9]{2,}$";

    /** A claim id: its document id, {@code -c} and a sequence number of two or more digits. */
    public static final String CLAIM = "^d[0-9]{3}-c[0-9]{2,}$";

    /** An utterance group id: {@code u-} and an id. */
    public static final String UTTERANCE = "^u-[a-z0-9]+(-[a-z0-9]+)*$";

    /** A claim group id: {@code cg-} and an id. */
    public static final String CLAIM_GROUP = "^cg-[a-z0-9]+(-[a-z0-9]+)*$";

    /** {@link #ID}, compiled. */
    public static final Pattern ID_PATTERN = Pattern.compile(ID);
    /** {@link #DOCUMENT}, compiled. */
    public static final Pattern DOCUMENT_PATTERN = Pattern.compile(DOCUMENT);
    /** {@link #QUOTE}, compiled. */
    public static final Pattern QUOTE_PATTERN = Pattern.compile(QUOTE);
    /** {@link #CLAIM}, compiled. */
    public static final Pattern CLAIM_PATTERN = Pattern.compile(CLAIM);
    /** {@link #UTTERANCE}, compiled. */
    public static final Pattern UTTERANCE_PATTERN = Pattern.compile(UTTERANCE);
    /** {@link #CLAIM_GROUP}, compiled. */
    public static final Pattern CLAIM_GROUP_PATTERN = Pattern.compile(CLAIM_GROUP);

    /** Longest id, in code points. */
    public static final int MAX_LENGTH = 64;

    private Ids() {
    }

    /**
     * A test of whether a whole text matches {@code regex}. For the shapes of this class it is
     * {@link Shape#matches}; for any other expression it is the compiled expression's
     * {@link Pattern#asMatchPredicate()}.
     */
    public static Predicate<String> matcher(String regex) {
        Shape shape = Shape.of(regex);
        return shape != null ? shape::matches : Pattern.compile(regex).asMatchPredicate();
    }

    /**
     * The shapes of this class, tested by hand, since they run on several columns of every row of files
     * of millions of rows and a regular expression costs more than the rest of a row's checks. One
     * method with a switch rather than a lambda a shape, so that a call that meets every shape stays one
     * call the compiler can inline.
     */
    public enum Shape {
        /** {@link #ID}. */
        ID,
        /** {@link #DOCUMENT}. */
        DOCUMENT,
        /** {@link #QUOTE}. */
        QUOTE,
        /** {@link #CLAIM}. */
        CLAIM,
        /** {@link #UTTERANCE}. */
        UTTERANCE,
        /** {@link #CLAIM_GROUP}. */
        CLAIM_GROUP;

        /** The shape written as {@code regex}, or null when it is none of this class's. */
        public static Shape of(String regex) {
            switch (regex) {
                case Ids.ID:
                    return ID;
                case Ids.DOCUMENT:
                    return DOCUMENT;
                case Ids.QUOTE:
                    return QUOTE;
                case Ids.CLAIM:
                    return CLAIM;
                case Ids.UTTERANCE:
                    return UTTERANCE;
                case Ids.CLAIM_GROUP:
                    return CLAIM_GROUP;
                default:
                    return null;
            }
        }

        /** Whether the whole of {@code text} has this shape, as its regular expression has it. */
        public boolean matches(CharSequence text) {
            switch (this) {
                case ID:
                    return isId(text, 0);
                case DOCUMENT:
                    return text.length() == 4 && isDocument(text);
                case QUOTE:
                    return isNumbered(text, 'q');
                case CLAIM:
                    return isNumbered(text, 'c');
                case UTTERANCE:
                    return startsWith(text, 'u', '-') && isId(text, 2);
                case CLAIM_GROUP:
                    return text.length() >= 3 && startsWith(text, 'c', 'g') && text.charAt(2) == '-' && isId(text, 3);
                default:
                    throw new IllegalStateException("no test of shape " + this);
            }
        }
    }

    private static boolean startsWith(CharSequence text, char first, char second) {
        return text.length() >= 2 && text.charAt(0) == first && text.charAt(1) == second;
    }

    /** Whether {@code text} from {@code from} matches {@code [a-z0-9]+(-[a-z0-9]+)*}. */
    private static boolean isId(CharSequence text, int from) {
        boolean afterHyphen = true;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-') {
                if (afterHyphen) {
                    return false;
                }
                afterHyphen = true;
            } else if (isLowerOrDigit(c)) {
                afterHyphen = false;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }

    /** Whether {@code text} starts with {@code d[0-9]{3}}. */
    private static boolean isDocument(CharSequence text) {
        return text.length() >= 4 && text.charAt(0) == 'd' && isDigit(text.charAt(1)) && isDigit(text.charAt(2))
                && isDigit(text.charAt(3));
    }

    /** Whether {@code text} matches {@code d[0-9]{3}-}{@code letter}{@code [0-9]{2,}}. */
    private static boolean isNumbered(CharSequence text, char letter) {
        if (text.length() < 8 || !isDocument(text) || text.charAt(4) != '-' || text.charAt(5) != letter) {
            return false;
        }
        for (int i = 6; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLowerOrDigit(char c) {
        return c >= 'a' && c <= 'z' || isDigit(c);
    }

    /**
     * The document id that a quote or claim id starts with: {@code d002} for {@code d002-q01}; the
     * whole id when it has no hyphen.
     */
    public static String documentPart(String quoteOrClaimId) {
        int hyphen = quoteOrClaimId.indexOf('-');
        return hyphen < 0 ? quoteOrClaimId : quoteOrClaimId.substring(0, hyphen);
    }
}
