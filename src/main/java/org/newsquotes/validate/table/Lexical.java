package org.newsquotes.validate.table;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Checks of value syntax by hand, without regular expressions or exceptions, because they run on
 * every cell of files of millions of rows. They take any text, so that values still in a file's bytes
 * (see {@link AsciiText}) are checked by the same code as strings.
 */
final class Lexical {

    /** {@link #wholeNumber} of text that is not one. */
    static final long NOT_A_NUMBER = -1;

    private Lexical() {
    }

    /** The value of a run of ASCII digits from 0 to {@link Integer#MAX_VALUE}, else {@link #NOT_A_NUMBER}. */
    static long wholeNumber(CharSequence text) {
        if (text.isEmpty() || text.length() > 10) {
            return NOT_A_NUMBER;
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_A_NUMBER;
            }
            value = value * 10 + (c - '0');
        }
        return value <= Integer.MAX_VALUE ? value : NOT_A_NUMBER;
    }

    /** Whether {@code text} is a JSON number: {@code -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?}. */
    static boolean isDecimal(String text) {
        int i = 0;
        int n = text.length();
        if (i < n && text.charAt(i) == '-') {
            i++;
        }
        int digits = digits(text, i);
        if (digits == 0 || (digits > 1 && text.charAt(i) == '0')) {
            return false;
        }
        i += digits;
        if (i < n && text.charAt(i) == '.') {
            int fraction = digits(text, i + 1);
            if (fraction == 0) {
                return false;
            }
            i += 1 + fraction;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponent = digits(text, i);
            if (exponent == 0) {
                return false;
            }
            i += exponent;
        }
        return i == n;
    }

    /** Whether {@code text} is {@code YYYY-MM-DD} and a day of the calendar (no 2022-02-30). */
    static boolean isIsoDate(CharSequence text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-' || digits(text, 0) != 4
                || digits(text, 5) != 2 || digits(text, 8) != 2) {
            return false;
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year));
    }

    /** The date of {@code text}, which {@link #isIsoDate} accepts. */
    static LocalDate isoDate(CharSequence text) {
        return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
    }

    private static int digits(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    private static int number(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
