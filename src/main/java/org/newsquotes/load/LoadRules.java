package org.newsquotes.load;

import java.util.List;
import org.newsquotes.schema.RuleDescriptor;
import org.newsquotes.schema.Severity;

/** The checks the loader makes on the shape of the dataset's files. */
public final class LoadRules {

    /** A file is not well-formed YAML, or is not valid UTF-8. */
    public static final RuleDescriptor YAML = new RuleDescriptor("structure.yaml", Severity.ERROR,
            "Each dataset file must be one well-formed YAML document in UTF-8. Nothing else in a file that is not"
                    + " can be checked, so fix this first.");

    /** A field the format does not define. */
    public static final RuleDescriptor FIELD_UNKNOWN = new RuleDescriptor("structure.field.unknown", Severity.ERROR,
            "Every field must be one the format defines (see dataset/FORMAT.md); a misspelt field name would"
                    + " otherwise be silently ignored.");

    /** A key given twice in one mapping. */
    public static final RuleDescriptor FIELD_DUPLICATE = new RuleDescriptor("structure.field.duplicate",
            Severity.ERROR, "A field may appear only once in a record; YAML readers disagree on which copy wins.");

    /** A required field is absent or null. */
    public static final RuleDescriptor FIELD_REQUIRED = new RuleDescriptor("structure.field.required", Severity.ERROR,
            "Fields that every record needs (ids, text, offsets, kinds) must be present and not null.");

    /** A value of the wrong type. */
    public static final RuleDescriptor FIELD_TYPE = new RuleDescriptor("structure.field.type", Severity.ERROR,
            "Each field has one type: text, whole number, number, date, list or record. Offsets are whole numbers;"
                    + " text that looks like a number or a date must be quoted.");

    /** A value outside a closed set. */
    public static final RuleDescriptor FIELD_ENUM = new RuleDescriptor("structure.field.enum", Severity.ERROR,
            "Fields with a closed set of values (kind, type, voice, confidence…) must use one of the listed codes.");

    /** A date that is not an ISO calendar date. */
    public static final RuleDescriptor FIELD_DATE = new RuleDescriptor("structure.field.date", Severity.ERROR,
            "Dates are written YYYY-MM-DD and must exist in the calendar (no 2022-02-30).");

    /** A file the dataset needs is missing or unreadable. */
    public static final RuleDescriptor FILE_MISSING = new RuleDescriptor("structure.file.missing", Severity.ERROR,
            "The registries (outlets.yaml, speakers.yaml, utterances.yaml, claim-groups.yaml), the documents folder"
                    + " and every document's source file must exist and be readable.");

    /** A dataset file that is a folder, a FIFO or a device. */
    public static final RuleDescriptor FILE_TYPE = new RuleDescriptor("structure.file.type", Severity.ERROR,
            "Dataset files are regular files: a folder, FIFO, socket or device in their place is refused before"
                    + " it is read, since reading one fails or never ends.");

    /** A dataset file that leads outside its folder through a link. */
    public static final RuleDescriptor FILE_OUTSIDE = new RuleDescriptor("structure.file.outside", Severity.ERROR,
            "A source must be a file in dataset/sources/ and a document a file in dataset/documents/, once links are"
                    + " followed: a link to a file elsewhere would make the dataset depend on, and show, a file"
                    + " that is not part of it.");

    /** A dataset file larger than its kind's limit. */
    public static final RuleDescriptor FILE_SIZE = new RuleDescriptor("structure.file.size", Severity.ERROR,
            "A YAML file holds at most " + (DatasetFiles.YAML_LIMIT >> 20) + " MiB (" + DatasetFiles.YAML_LIMIT
                    + " bytes) and a source text at most " + (DatasetFiles.SOURCE_LIMIT >> 20) + " MiB ("
                    + DatasetFiles.SOURCE_LIMIT + " bytes), checked before it is read, so that no file can make the"
                    + " reader run for minutes.");

    /** A YAML anchor or alias. */
    public static final RuleDescriptor YAML_ALIAS = new RuleDescriptor("structure.yaml.alias", Severity.ERROR,
            "Dataset files use no YAML aliases (*name), nor anchors (&name) on lists or mappings: every value is"
                    + " written where it applies, so that each has its own line to point at, and no reader takes an"
                    + " alias for text.");

    /** Text that is not Unicode: a lone surrogate. */
    public static final RuleDescriptor TEXT_UNICODE = new RuleDescriptor("structure.text.unicode", Severity.ERROR,
            "Text is Unicode: an escape of half a surrogate pair (\\uD800 alone) is not a character, and CSV,"
                    + " JSON and Parquet would each write it differently.");

    /** A field a curator has still to check, named in its record's review list. */
    public static final RuleDescriptor REVIEW_OPEN = new RuleDescriptor("draft.review.open", Severity.WARNING,
            "A field named in a record's review list holds a value that quotes draft proposed and no curator has"
                    + " checked yet. Check it against the source, then remove its name from review (and review when"
                    + " empty); --warnings-as-errors keeps a draft from being merged unreviewed.");

    /** Every rule the loader applies. */
    public static final List<RuleDescriptor> ALL = List.of(YAML, YAML_ALIAS, TEXT_UNICODE, FIELD_UNKNOWN,
            FIELD_DUPLICATE, FIELD_REQUIRED, FIELD_TYPE, FIELD_ENUM, FIELD_DATE, FILE_MISSING, FILE_TYPE,
            FILE_OUTSIDE, FILE_SIZE, REVIEW_OPEN);

    private LoadRules() {
    }
}
