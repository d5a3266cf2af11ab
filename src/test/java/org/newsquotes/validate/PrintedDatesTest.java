package org.newsquotes.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrintedDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "January 21, 2022|2022-01-21",
        "21 Jan, 2022 13:10|2022-01-21",
        "Saturday، 22 January 2022 12:28 AM|2022-01-22",
        "3 SEP 2021|2021-09-03",
        "29 February 2024|2024-02-29"})
    void readsTheDateOutOfThePrintedForms(String printed, String date) {
        assertThat(PrintedDates.parse(printed)).hasValue(LocalDate.parse(date));
    }

    @ParameterizedTest
    @ValueSource(strings = {"21/01/2022", "January 2022", "21 January", "21 January February 2022",
        "21 22 January 2022", "30 February 2022", "Mayday 21 2022", "Sept 3 2021", "13:10 January 2022"})
    void refusesWhatItCannotReadForSure(String printed) {
        assertThat(PrintedDates.parse(printed)).isEmpty();
    }
}
