package org.newsquotes.validate.table;

import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import org.newsquotes.model.Ids;

/**
 * A column's pattern as a test of a value still in a file's bytes (its UTF-8, without escapes), with
 * the meaning {@link Ids#matcher} gives it. The id shapes of {@link Ids}, which run on several columns
 * of every row, are tested on the bytes themselves, without making a string; any other expression is
 * tested on the decoded text by {@link Ids#matcher}.
 */
@FunctionalInterface
interface IdBytes {

    /** Whether the bytes from {@code from} to {@code to} match. */
    boolean matches(byte[] utf8, int from, int to);

    /** The test of {@code regex}, as {@link Ids#matcher} has it. */
    static IdBytes of(String regex) {
        switch (regex) {
            case Ids.ID:
                return (b, from, to) -> isId(b, from, to);
            case Ids.DOCUMENT:
                return (b, from, to) -> to - from == 4 && isDocument(b, from, to);
            case Ids.QUOTE:
                return (b, from, to) -> isNumbered(b, from, to, 'q');
            case Ids.CLAIM:
                return (b, from, to) -> isNumbered(b, from, to, 'c');
            case Ids.UTTERANCE:
                return (b, from, to) -> startsWith(b, from, to, 'u', '-') && isId(b, from + 2, to);
            case Ids.CLAIM_GROUP:
                return (b, from, to) -> to - from >= 3 && b[from + 2] == '-' && startsWith(b, from, to, 'c', 'g')
                        && isId(b, from + 3, to);
            default:
                Predicate<String> matcher = Ids.matcher(regex);
                return (b, from, to) -> matcher.test(new String(b, from, to - from, StandardCharsets.UTF_8));
        }
    }

    private static boolean startsWith(byte[] b, int from, int to, char first, char second) {
        return to - from >= 2 && b[from] == first && b[from + 1] == second;
    }

    /** Whether the bytes match {@code [a-z0-9]+(-[a-z0-9]+)*}. */
    private static boolean isId(byte[] b, int from, int to) {
        boolean afterHyphen = true;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '-') {
                if (afterHyphen) {
                    return false;
                }
                afterHyphen = true;
            } else if (c >= 'a' && c <= 'z' || isDigit(c)) {
                afterHyphen = false;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }

    /** Whether the bytes start with {@code d[0-9]{3}}. */
    private static boolean isDocument(byte[] b, int from, int to) {
        return to - from >= 4 && b[from] == 'd' && isDigit(b[from + 1]) && isDigit(b[from + 2]) && isDigit(b[from + 3]);
    }

    /** Whether the bytes match {@code d[0-9]{3}-}{@code letter}{@code [0-9]{2,}}. */
    private static boolean isNumbered(byte[] b, int from, int to, char letter) {
        if (to - from < 8 || !isDocument(b, from, to) || b[from + 4] != '-' || b[from + 5] != letter) {
            return false;
        }
        for (int i = from + 6; i < to; i++) {
            if (!isDigit(b[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
