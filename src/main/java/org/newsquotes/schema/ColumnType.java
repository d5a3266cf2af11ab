package org.newsquotes.schema;

/** The type of an exported column, and the Java type its values have. */
public enum ColumnType {
    /** Text: {@link String}. */
    STRING,
    /** A 32-bit whole number: {@link Integer}. */
    INT32,
    /** A decimal number, stored as a double where a format needs one: {@link java.math.BigDecimal}. */
    DOUBLE,
    /** A calendar date: {@link java.time.LocalDate}. */
    DATE,
    /** A list of text values: {@code List<String>}. */
    STRING_LIST
}
