package org.newsquotes.schema;

import java.util.List;

/**
 * The rules for a table file (an export, or a file derived from one), checked row by row against
 * the table's definition in {@link org.newsquotes.schema.Tables}.
 */
public final class TableRules {

    /** The file cannot be read as its format. */
    public static final RuleDescriptor UNREADABLE = new RuleDescriptor("row.file.unreadable", Severity.ERROR,
            "A table file is well-formed CSV (RFC 4180, UTF-8, header row), a JSON array of row objects, or JSON"
                    + " Lines; rows after a syntax error cannot be checked.");

    /** A row holds a value past one of the read limits. */
    public static final RuleDescriptor READ_LIMIT = new RuleDescriptor("row.read-limit", Severity.ERROR,
            "A JSON row keeps within the read limits: " + ReadLimits.described() + ". A JSON Lines row past one is"
                    + " not checked; the rows after it are.");

    /** A required column is absent. */
    public static final RuleDescriptor COLUMN_MISSING = new RuleDescriptor("row.column.missing", Severity.ERROR,
            "Every column that is never null (quote_id, text, kind, char_start…) is present: in the CSV header,"
                    + " or as a key of every JSON row.");

    /** A column the table does not define. */
    public static final RuleDescriptor COLUMN_UNKNOWN = new RuleDescriptor("row.column.unknown", Severity.WARNING,
            "Columns the table does not define are reported once per file; a derived file may add its own.");

    /** A column named twice in one row or header. */
    public static final RuleDescriptor COLUMN_DUPLICATE = new RuleDescriptor("row.column.duplicate",
            Severity.ERROR, "A column is named once in a CSV header or a JSON row.");

    /** Null in a column that is never null. */
    public static final RuleDescriptor VALUE_REQUIRED = new RuleDescriptor("row.value.required", Severity.ERROR,
            "Columns that are never null hold a value in every row (in CSV an empty field is null).");

    /** A value of the wrong type. */
    public static final RuleDescriptor VALUE_TYPE = new RuleDescriptor("row.value.type", Severity.ERROR,
            "Each value has its column's type: text; a whole number from 0 to 2147483647; a decimal number; a date"
                    + " YYYY-MM-DD that is in the calendar; a list of text (a JSON array, also inside a CSV field).");

    /** Text that is not Unicode. */
    public static final RuleDescriptor VALUE_UNICODE = new RuleDescriptor("row.value.unicode", Severity.ERROR,
            "Text is Unicode: an escape of half a surrogate pair without its other half (\\uD800 alone) is not a"
                    + " character, and CSV, JSON and Parquet would each write it differently.");

    /** An empty string. */
    public static final RuleDescriptor VALUE_BLANK = new RuleDescriptor("row.value.blank", Severity.ERROR,
            "Text is never the empty string: null stands for no value.");

    /** A value outside a closed set. */
    public static final RuleDescriptor VALUE_ENUM = new RuleDescriptor("row.value.enum", Severity.ERROR,
            "Columns with a closed set of codes (kind, speaker_type, segment_kind, voice…) hold one of them.");

    /** A value that does not match its column's pattern. */
    public static final RuleDescriptor VALUE_PATTERN = new RuleDescriptor("row.value.pattern", Severity.ERROR,
            "Id columns match the id shapes of dataset/FORMAT.md (d002, d002-q01, u-…, lower-case words).");

    /** An end offset before its start. */
    public static final RuleDescriptor OFFSETS_ORDER = new RuleDescriptor("row.offsets.order", Severity.ERROR,
            "A span's start is not after its end: char_start <= char_end, speaker_as_written_start <="
                    + " speaker_as_written_end, cue_start <= cue_end.");

    /** A quote or claim id naming another document. */
    public static final RuleDescriptor ID_DOCUMENT_PREFIX = new RuleDescriptor("row.id.document-prefix",
            Severity.ERROR, "A quote_id or claim_id starts with the row's document_id.");

    /** Two rows with one key. */
    public static final RuleDescriptor ID_UNIQUE = new RuleDescriptor("row.id.unique", Severity.ERROR,
            "The table's first column (quote_id, claim_id…) is unique across the file's rows.");

    /** Every table rule, in report order. */
    public static final List<RuleDescriptor> ALL = List.of(UNREADABLE, READ_LIMIT, COLUMN_MISSING, COLUMN_UNKNOWN,
            COLUMN_DUPLICATE, VALUE_REQUIRED, VALUE_TYPE, VALUE_UNICODE, VALUE_BLANK, VALUE_ENUM, VALUE_PATTERN, OFFSETS_ORDER,
            ID_DOCUMENT_PREFIX, ID_UNIQUE);

    private TableRules() {
    }
}
