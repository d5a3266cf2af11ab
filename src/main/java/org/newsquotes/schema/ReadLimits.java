package org.newsquotes.schema;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.Locale;

/**
 * The limits on what one value of a file may hold, set here once for every reader of the project's
 * files: the JSON parser of table files, the JSON Lines scanner of the bulk path (which leaves a piece
 * past a limit to the JSON parser, so that both refuse the same rows), lists inside CSV fields, and the
 * YAML parser of the dataset. Each is far past any value of the dataset or its tables, and low enough
 * that a broken or hostile file costs little memory. A JSON Lines row past a limit is an error at its
 * line ({@link TableRules#READ_LIMIT}), and the rows after it are still checked.
 */
public final class ReadLimits {

    /**
     * Longest number, in characters: its digits, those of its fraction and of its exponent (Jackson's
     * count). No column's value needs more than about 20.
     */
    public static final int MAX_NUMBER_LENGTH = 1000;

    /**
     * Longest text, in characters once escapes are read: a thousand times a long quote, and far below
     * what Jackson allows by default (20,000,000).
     */
    public static final int MAX_STRING_LENGTH = 1_000_000;

    /** Longest name of a column (or of a YAML key), in characters. */
    public static final int MAX_NAME_LENGTH = 1000;

    /**
     * Deepest nesting of values: a row object is 1 deep and a list inside it 2; a dataset YAML file a
     * handful.
     */
    public static final int MAX_NESTING_DEPTH = 64;

    /**
     * Longest line of JSON Lines, in bytes: 16 MiB, room for a row with several texts at their limit.
     * A longer line is not held in memory: it is skipped to its end and reported as one row past a
     * limit, so that a file without line ends cannot exhaust the heap.
     */
    public static final int MAX_LINE_BYTES = 16 << 20;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .build();

    private ReadLimits() {
    }

    /** The limits as Jackson's, for every JSON and YAML factory that reads. */
    public static StreamReadConstraints constraints() {
        return CONSTRAINTS;
    }

    /** The limits in words, for the rule's description and the docs. */
    public static String described() {
        return String.format(Locale.ROOT, "numbers of at most %d characters, text of at most %d characters, column"
                + " names of at most %d characters, values nested at most %d deep, lines of JSON Lines of at most"
                + " %d bytes", MAX_NUMBER_LENGTH, MAX_STRING_LENGTH, MAX_NAME_LENGTH, MAX_NESTING_DEPTH,
                MAX_LINE_BYTES);
    }

    /**
     * Which limit Jackson's message of a broken limit names, in words, such as "a number of more than
     * 1000 characters"; Jackson's own message when it names none of these.
     */
    public static String broken(String jacksonMessage) {
        if (jacksonMessage.contains("getMaxNumberLength")) {
            return "a number of more than " + MAX_NUMBER_LENGTH + " characters";
        }
        if (jacksonMessage.contains("getMaxStringLength")) {
            return "text of more than " + MAX_STRING_LENGTH + " characters";
        }
        if (jacksonMessage.contains("getMaxNameLength")) {
            return "a column name of more than " + MAX_NAME_LENGTH + " characters";
        }
        if (jacksonMessage.contains("getMaxNestingDepth")) {
            return "values nested more than " + MAX_NESTING_DEPTH + " deep";
        }
        return jacksonMessage;
    }
}
