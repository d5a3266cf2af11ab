package org.newsquotes.schema;

import java.math.BigDecimal;

/** Text forms of column values shared by the text formats, so that CSV and JSON print numbers alike. */
public final class Values {

    private Values() {
    }

    /** A decimal in plain notation without trailing zeros: {@code 100000}, {@code 1.5}. */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** The same decimal, normalised as {@link #plain} prints it. */
    public static BigDecimal normalised(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
