package org.newsquotes.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class UnitsTest {

    /** Minutes in a unit of time, and the things that are counted, written out again here. */
    private static final Map<String, Integer> MINUTES = Map.of("minute", 1, "hour", 60, "day", 24 * 60);
    private static final List<String> COUNTED = List.of("aircraft", "call", "death", "person", "proposal", "round",
            "territory", "treaty", "troop", "warship");

    private static Map<String, String> expected() {
        Map<String, String> expected = new TreeMap<>();
        MINUTES.forEach((unit, minutes) -> expected.put(unit, "minute ×" + minutes));
        expected.put("year", "year ×1");
        COUNTED.forEach(unit -> expected.put(unit, "count ×1"));
        return expected;
    }

    private static Map<String, String> of(List<Units.Conversion> conversions) {
        Map<String, String> table = new TreeMap<>();
        conversions.forEach(c -> table.put(c.unit(), c.normalised().code() + " ×" + c.factor().toPlainString()));
        return table;
    }

    @Test
    void convertsDurationsToMinutesYearsToYearsAndCountsToPlainNumbers() {
        assertThat(of(Units.all())).isEqualTo(expected());
        assertThat(Units.all()).extracting(Units.Conversion::unit).doesNotHaveDuplicates();
    }

    @Test
    void convertsAValueExactly() {
        assertThat(Units.of("hour").orElseThrow().apply(new BigDecimal("1.5"))).isEqualByComparingTo("90");
        assertThat(Units.of("day").orElseThrow().apply(new BigDecimal("11"))).isEqualByComparingTo("15840");
        assertThat(Units.of("troop").orElseThrow().apply(new BigDecimal("100000"))).isEqualByComparingTo("100000");
    }

    @Test
    void knowsNoOtherUnit() {
        assertThat(Units.of("hours")).isEmpty();
        assertThat(Units.of("Minute")).isEmpty();
        assertThat(Units.of(null)).isEmpty();
    }

    @Test
    void theFormatPrintsTheSameTable() throws IOException {
        Map<String, String> printed = new TreeMap<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(Path.of("dataset/FORMAT.md"), StandardCharsets.UTF_8)) {
            if (line.equals("| unit | normalised unit | factor |")) {
                inTable = true;
            } else if (inTable && line.startsWith("| `")) {
                String[] cells = line.split("\\|");
                String target = cells[2].trim().replace("`", "");
                for (String unit : cells[1].split(",")) {
                    printed.put(unit.trim().replace("`", ""), target + " ×" + cells[3].trim());
                }
            } else if (inTable && !line.startsWith("|---")) {
                inTable = false;
            }
        }

        assertThat(printed).isEqualTo(expected());
    }
}
