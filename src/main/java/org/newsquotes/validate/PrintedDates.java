package org.newsquotes.validate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the calendar date out of a date as a page prints it: "January 21, 2022",
 * "21 Jan, 2022 13:10", "Saturday، 22 January 2022 12:28 AM". It looks for exactly one English
 * month name (in full, or its first three letters), one four-digit year and one day of one or two
 * digits that is not part of a time (not next to a colon); weekday names, commas and times are
 * ignored. Anything else (two month names, a numeric date such as 21/01/2022) is not read: a date
 * that cannot be read for sure is not guessed.
 */
final class PrintedDates {

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};

    private PrintedDates() {
    }

    /** The date {@code printed} gives, or empty when it cannot be read for sure. */
    static Optional<LocalDate> parse(String printed) {
        int month = 0;
        int year = 0;
        int day = 0;
        int i = 0;
        int n = printed.length();
        while (i < n) {
            char c = printed.charAt(i);
            int end = i;
            if (Character.isLetter(c)) {
                while (end < n && Character.isLetter(printed.charAt(end))) {
                    end++;
                }
                int m = month(printed.substring(i, end));
                if (m > 0) {
                    if (month != 0) {
                        return Optional.empty();
                    }
                    month = m;
                }
            } else if (c >= '0' && c <= '9') {
                while (end < n && printed.charAt(end) >= '0' && printed.charAt(end) <= '9') {
                    end++;
                }
                boolean partOfTime = (i > 0 && printed.charAt(i - 1) == ':') || (end < n && printed.charAt(end) == ':');
                int digits = end - i;
                if (digits == 4 && !partOfTime) {
                    if (year != 0) {
                        return Optional.empty();
                    }
                    year = Integer.parseInt(printed.substring(i, end));
                } else if (digits <= 2 && !partOfTime) {
                    if (day != 0) {
                        return Optional.empty();
                    }
                    day = Integer.parseInt(printed.substring(i, end));
                }
            } else {
                end = i + 1;
            }
            i = end;
        }
        if (month == 0 || year == 0 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    /** 1 to 12 for an English month name or its three-letter abbreviation, else 0. */
    private static int month(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (int m = 0; m < MONTHS.length; m++) {
            if (lower.equals(MONTHS[m]) || lower.length() == 3 && MONTHS[m].startsWith(lower)) {
                return m + 1;
            }
        }
        return 0;
    }
}
