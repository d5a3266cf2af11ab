package org.newsquotes.validate.table;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Checks of value syntax by hand, without regular expressions or exceptions, because they run on
 * every cell of files of millions of rows. Whole numbers and dates are read from bytes, so that values
 * still in a file's UTF-8 are checked without making a string; a string is checked through its
 * ISO-8859-1 bytes, in which every character these checks accept is the same one byte, and every other
 * one is a byte (or {@code ?}) that they refuse.
 */
final class Lexical {

    /** {@link #wholeNumber} of text that is not one. */
    static final long NOT_A_NUMBER = -1;

    private static final int MAX_DIGITS = 10;
    private static final int DATE_LENGTH = 10;
    /** Days from 0000-01-01 to 1970-01-01 in the proleptic Gregorian calendar, as {@link LocalDate} counts. */
    private static final int DAYS_0000_TO_1970 = 719_528;
    private static final int[] DAYS_IN_MONTH = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private Lexical() {
    }

    /** The value of a run of ASCII digits from 0 to {@link Integer#MAX_VALUE}, else {@link #NOT_A_NUMBER}. */
    static long wholeNumber(String text) {
        if (text.length() > MAX_DIGITS) {
            return NOT_A_NUMBER;
        }
        byte[] bytes = latin1(text);
        return wholeNumber(bytes, 0, bytes.length);
    }

    /** {@link #wholeNumber(String)} of the bytes from {@code from} to {@code to}. */
    static long wholeNumber(byte[] text, int from, int to) {
        if (to == from || to - from > MAX_DIGITS) {
            return NOT_A_NUMBER;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            int digit = text[i] - '0';
            if (digit < 0 || digit > 9) {
                return NOT_A_NUMBER;
            }
            value = value * 10 + digit;
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
    static boolean isIsoDate(String text) {
        if (text.length() != DATE_LENGTH) {
            return false;
        }
        byte[] bytes = latin1(text);
        return isIsoDate(bytes, 0, bytes.length);
    }

    /** {@link #isIsoDate(String)} of the bytes from {@code from} to {@code to}. */
    static boolean isIsoDate(byte[] text, int from, int to) {
        if (to - from != DATE_LENGTH || text[from + 4] != '-' || text[from + 7] != '-') {
            return false;
        }
        int year = number(text, from, from + 4);
        int month = number(text, from + 5, from + 7);
        int day = number(text, from + 8, from + 10);
        return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
    }

    /** The date of {@code text}, which {@link #isIsoDate(String)} accepts. */
    static LocalDate isoDate(String text) {
        byte[] bytes = latin1(text);
        return LocalDate.of(number(bytes, 0, 4), number(bytes, 5, 7), number(bytes, 8, 10));
    }

    /**
     * The date of the bytes from {@code from}, which {@link #isIsoDate(byte[], int, int)} accepts, as
     * days since 1970-01-01: {@link LocalDate#toEpochDay}, by the same arithmetic, without a date.
     */
    static int epochDay(byte[] text, int from) {
        int year = number(text, from, from + 4);
        int month = number(text, from + 5, from + 7);
        int day = number(text, from + 8, from + 10);
        int days = 365 * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400
                + (367 * month - 362) / 12 + day - 1;
        if (month > 2) {
            days -= isLeap(year) ? 1 : 2;
        }
        return days - DAYS_0000_TO_1970;
    }

    private static int daysInMonth(int year, int month) {
        return month == 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month];
    }

    /** Leap years of the proleptic Gregorian calendar, as {@link java.time.Year#isLeap} has them. */
    private static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    /** The value of the ASCII digits from {@code from} to {@code to}; -1 when one of the bytes is not a digit. */
    private static int number(byte[] text, int from, int to) {
        int value = 0;
        int others = 0;
        for (int i = from; i < to; i++) {
            int digit = text[i] - '0';
            others |= digit | 9 - digit;
            value = value * 10 + digit;
        }
        return others < 0 ? -1 : value;
    }
}
