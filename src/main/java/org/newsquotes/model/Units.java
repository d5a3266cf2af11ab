package org.newsquotes.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The units a claim's value may have, and how each converts to the normalised unit of its kind of
 * quantity: durations in minutes, calendar years as years, counts of things as plain numbers. The
 * table is fixed and exact (an hour is 60 minutes, a day 1,440), so a claim's normalised value
 * follows from its value and unit and is never curated separately. A unit outside the table is
 * rejected by validation rather than guessed; dataset/FORMAT.md prints the same table.
 */
public final class Units {

    /**
     * One row of the table.
     *
     * @param unit the unit as written in a claim, singular
     * @param normalised the unit the value converts to
     * @param factor what the value is multiplied by
     */
    public record Conversion(String unit, NormalisedUnit normalised, BigDecimal factor) {

        /** {@code value} in the normalised unit. */
        public BigDecimal apply(BigDecimal value) {
            return value.multiply(factor);
        }
    }

    private static final List<Conversion> TABLE = List.of(
            new Conversion("minute", NormalisedUnit.MINUTE, BigDecimal.ONE),
            new Conversion("hour", NormalisedUnit.MINUTE, BigDecimal.valueOf(60)),
            new Conversion("day", NormalisedUnit.MINUTE, BigDecimal.valueOf(1440)),
            new Conversion("year", NormalisedUnit.YEAR, BigDecimal.ONE),
            count("aircraft"), count("call"), count("death"), count("person"), count("proposal"), count("round"),
            count("territory"), count("treaty"), count("troop"), count("warship"));

    private Units() {
    }

    private static Conversion count(String unit) {
        return new Conversion(unit, NormalisedUnit.COUNT, BigDecimal.ONE);
    }

    /** Every unit the table knows, in table order. */
    public static List<Conversion> all() {
        return TABLE;
    }

    /** The names of every unit the table knows, in table order. */
    public static List<String> names() {
        return TABLE.stream().map(Conversion::unit).toList();
    }

    /** The conversion of {@code unit}, or empty when the table does not know it (or it is null). */
    public static Optional<Conversion> of(String unit) {
        return TABLE.stream().filter(c -> c.unit().equals(unit)).findFirst();
    }
}
