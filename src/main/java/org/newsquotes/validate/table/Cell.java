package org.newsquotes.validate.table;

import java.util.List;

/**
 * One value of a row as a file holds it, before it is checked against its column's type.
 *
 * @param kind what the file says the value is
 * @param text the value as written: the text of a string or untyped cell, the digits of a number;
 *     null for null, arrays and objects
 * @param items the items of an array whose items are all strings, else null
 */
public record Cell(Kind kind, String text, List<String> items) {

    /** What a file says a value is. */
    public enum Kind {
        /** No value: JSON null, or an empty CSV field. */
        NULL,
        /** Text whose type the file does not say (every CSV field); the column's type says how to read it. */
        UNTYPED,
        /** A JSON string. */
        STRING,
        /** A JSON number without fraction or exponent. */
        INTEGER,
        /** A JSON number with a fraction or exponent. */
        DECIMAL,
        /** A JSON true or false. */
        BOOLEAN,
        /** A JSON array; {@link Cell#items} holds its items when they are all strings. */
        ARRAY,
        /** A JSON object. */
        OBJECT
    }

    /** The null cell. */
    public static final Cell NULL = new Cell(Kind.NULL, null, null);

    /** A cell of {@code kind} holding {@code text}. */
    public static Cell of(Kind kind, String text) {
        return new Cell(kind, text, null);
    }

    /** What the cell holds, for messages: "null", "a number", "an array"… */
    public String describe() {
        switch (kind) {
            case NULL:
                return "null";
            case INTEGER:
            case DECIMAL:
                return "the number " + text;
            case BOOLEAN:
                return "the boolean " + text;
            case ARRAY:
                return items == null ? "an array holding values other than text" : "an array";
            case OBJECT:
                return "an object";
            default:
                return "the text " + org.newsquotes.schema.Messages.quoted(text);
        }
    }
}
