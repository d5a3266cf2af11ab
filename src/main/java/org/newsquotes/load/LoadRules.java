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

    /** Every rule the loader applies. */
    public static final List<RuleDescriptor> ALL = List.of(YAML, FIELD_UNKNOWN, FIELD_DUPLICATE, FIELD_REQUIRED,
            FIELD_TYPE, FIELD_ENUM, FIELD_DATE, FILE_MISSING);

    private LoadRules() {
    }
}
