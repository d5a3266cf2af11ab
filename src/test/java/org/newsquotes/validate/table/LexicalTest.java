package org.newsquotes.validate.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LexicalTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|0", "7|7", "007|7", "2147483647|2147483647", "0000000001|1",
        "2147483648|-1", "9999999999|-1", "00000000001|-1", "-1|-1", "+1|-1", "'1 '|-1", "' 1'|-1", "1.0|-1", "1e3|-1",
        "''|-1", "\u0661\u0662|-1", "1\u0662|-1", "\uff11|-1", "1\u00b9|-1", "\ud835\udfcf|-1"})
    void readsWholeNumbersFromStringsAndUtf8Alike(String text, long expected) {
        byte[] utf8 = ("\"" + text + "\"").getBytes(StandardCharsets.UTF_8);

        assertThat(Lexical.wholeNumber(text)).isEqualTo(expected);
        assertThat(Lexical.wholeNumber(utf8, 1, utf8.length - 1)).isEqualTo(expected);
    }

    @Test
    void readsEveryDayFrom1900To2100AsLocalDateDoes() {
        int days = 0;
        for (LocalDate date = LocalDate.of(1900, 1, 1); date.getYear() <= 2100; date = date.plusDays(1)) {
            String text = date.toString();
            byte[] utf8 = ("[" + text + "]").getBytes(StandardCharsets.UTF_8);

            assertThat(Lexical.isIsoDate(text)).as(text).isTrue();
            assertThat(Lexical.isIsoDate(utf8, 1, 11)).as(text).isTrue();
            assertThat(Lexical.isoDate(text)).isEqualTo(date);
            assertThat(Lexical.epochDay(utf8, 1)).as(text).isEqualTo(date.toEpochDay());
            days++;
        }
        assertThat(days).isEqualTo(73_414);
    }

    @Test
    void countsDaysAsLocalDateDoesInEveryYearItWrites() {
        for (int year = 0; year <= 9999; year++) {
            for (LocalDate date : List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 2, 28), LocalDate.of(year, 3, 1),
                    LocalDate.of(year, 12, 31))) {
                String text = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, date.getMonthValue(),
                        date.getDayOfMonth());
                byte[] utf8 = text.getBytes(StandardCharsets.US_ASCII);

                assertThat(Lexical.isIsoDate(utf8, 0, 10)).as(text).isTrue();
                assertThat(Lexical.epochDay(utf8, 0)).as(text).isEqualTo(date.toEpochDay());
            }
        }
    }

    @Test
    void acceptsExactlyTheDaysOfTheCalendar() {
        int refused = 0;
        for (int year : yearsToTry()) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String text = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
                    boolean exists = exists(year, month, day);

                    assertThat(Lexical.isIsoDate(text)).as(text).isEqualTo(exists);
                    assertThat(Lexical.isIsoDate(text.getBytes(StandardCharsets.US_ASCII), 0, 10)).as(text)
                            .isEqualTo(exists);
                    refused += exists ? 0 : 1;
                }
            }
        }
        assertThat(refused).isGreaterThan(200 * 14 * 33 - 200 * 366);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-2-01", "2022-02-1", "22-02-01", "2022/02/01", "2022-02-01 ", " 2022-02-01",
        "20220201", "2022-02-011", "2022--2-01", "-022-02-01", "+022-02-01", "2022-0a-01", "2022-02-0\u00e9",
        "\uff12022-02-01", "2\u0660\u0662\u0662-02-01", "2022-02\u201001", "2022-\ud835\udfce2-01", ""})
    void refusesWhatIsNotYearMonthDayInAsciiDigits(String text) {
        byte[] utf8 = ("\"" + text + "\"").getBytes(StandardCharsets.UTF_8);

        assertThat(Lexical.isIsoDate(text)).isFalse();
        assertThat(Lexical.isIsoDate(utf8, 1, utf8.length - 1)).isFalse();
    }

    private static int[] yearsToTry() {
        int[] years = new int[201 + 8];
        for (int i = 0; i <= 200; i++) {
            years[i] = 1900 + i;
        }
        int[] more = {0, 4, 100, 400, 1600, 1700, 9996, 9999};
        System.arraycopy(more, 0, years, 201, more.length);
        return years;
    }

    private static boolean exists(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
