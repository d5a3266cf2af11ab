package org.newsquotes.load;

import com.fasterxml.jackson.core.JsonToken;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.newsquotes.model.Coded;
import org.newsquotes.model.Location;
import org.newsquotes.model.Origin;
import org.newsquotes.schema.Messages;
import org.newsquotes.schema.Violation;

/**
 * Reads the fields of one YAML mapping as typed values, reporting every problem it meets. A record
 * is built only when {@link #isComplete()}: all its required fields were present and well typed.
 */
final class FieldReader {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The field that lists a record's fields still to be checked by a curator. */
    private static final String REVIEW = "review";

    private final YamlNode.Mapping mapping;
    private final String recordKind;
    private final Consumer<Violation> problems;
    private final Map<String, Location> fieldLocations = new HashMap<>();
    private String recordId;
    private boolean complete = true;

    /**
     * @param mapping the record's mapping
     * @param recordKind what the record is, for messages ("quote", "speaker")
     * @param knownFields every field the format defines for it, in documented order
     * @param problems where problems go
     */
    FieldReader(YamlNode.Mapping mapping, String recordKind, List<String> knownFields,
            Consumer<Violation> problems) {
        this.mapping = mapping;
        this.recordKind = recordKind;
        this.problems = problems;
        mapping.entries().forEach((name, entry) -> fieldLocations.put(name, entry.value().location()));
        YamlNode id = value("id");
        if (id instanceof YamlNode.Scalar scalar && scalar.token() == JsonToken.VALUE_STRING) {
            recordId = scalar.text();
        }
        for (var e : mapping.entries().entrySet()) {
            if (!knownFields.contains(e.getKey())) {
                problems.accept(LoadRules.FIELD_UNKNOWN.violation(e.getValue().keyLocation(), recordId, e.getKey(),
                        "unknown field " + Messages.quoted(e.getKey()) + " in " + recordKind
                                + (recordId == null ? "" : " " + recordId) + Messages.suggestion(e.getKey(), knownFields) + "; known fields: "
                                + String.join(", ", knownFields)));
            }
        }
    }

    /** Whether every required field was present and valid, so that the record can be built. */
    boolean isComplete() {
        return complete;
    }

    /** Where the record and each of its fields were read. */
    Origin origin() {
        return new Origin(mapping.location(), fieldLocations);
    }

    /** The record's id as written, or null. */
    String recordId() {
        return recordId;
    }

    String requiredString(String name) {
        return string(name, true);
    }

    String optionalString(String name) {
        return string(name, false);
    }

    private String string(String name, boolean required) {
        YamlNode.Scalar scalar = scalar(name, required, "text");
        if (scalar == null) {
            return null;
        }
        if (scalar.token() != JsonToken.VALUE_STRING) {
            return typeError(name, "text", scalar, " (put it in double quotes to keep it as text)");
        }
        return scalar.text();
    }

    Integer requiredInt(String name) {
        return integer(name, true);
    }

    Integer optionalInt(String name) {
        return integer(name, false);
    }

    private Integer integer(String name, boolean required) {
        YamlNode.Scalar scalar = scalar(name, required, "whole number");
        if (scalar == null) {
            return null;
        }
        if (scalar.token() == JsonToken.VALUE_NUMBER_INT) {
            try {
                return Integer.valueOf(scalar.text().replace("_", ""));
            } catch (NumberFormatException e) {
                return typeError(name, "whole number from 0 to " + Integer.MAX_VALUE, scalar, "");
            }
        }
        return typeError(name, "whole number", scalar, "");
    }

    BigDecimal optionalDecimal(String name) {
        YamlNode.Scalar scalar = scalar(name, false, "number");
        if (scalar == null) {
            return null;
        }
        if (scalar.token() == JsonToken.VALUE_NUMBER_INT || scalar.token() == JsonToken.VALUE_NUMBER_FLOAT) {
            try {
                return new BigDecimal(scalar.text().replace("_", ""));
            } catch (NumberFormatException e) {
                return typeError(name, "decimal number such as 1.5 or 100000", scalar, "");
            }
        }
        return typeError(name, "number", scalar, "");
    }

    LocalDate optionalDate(String name) {
        YamlNode.Scalar scalar = scalar(name, false, "date");
        if (scalar == null) {
            return null;
        }
        String text = scalar.text();
        if (scalar.token() == JsonToken.VALUE_STRING && ISO_DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problems.accept(LoadRules.FIELD_DATE.violation(scalar.location(), recordId, name,
                        "field " + Messages.quoted(name) + " is " + Messages.quoted(text)
                                + ", which is not a date in the calendar"));
                complete = false;
                return null;
            }
        }
        problems.accept(LoadRules.FIELD_DATE.violation(scalar.location(), recordId, name,
                "field " + Messages.quoted(name) + " must be an ISO date (YYYY-MM-DD), found " + scalar.describe()));
        complete = false;
        return null;
    }

    <E extends Enum<E> & Coded> E requiredEnum(String name, Class<E> type) {
        return enumeration(name, type, true);
    }

    <E extends Enum<E> & Coded> E optionalEnum(String name, Class<E> type) {
        return enumeration(name, type, false);
    }

    private <E extends Enum<E> & Coded> E enumeration(String name, Class<E> type, boolean required) {
        String code = string(name, required);
        if (code == null) {
            return null;
        }
        var value = Coded.parse(type, code);
        if (value.isEmpty()) {
            List<String> allowed = Coded.codes(type);
            problems.accept(LoadRules.FIELD_ENUM.violation(fieldLocations.get(name), recordId, name,
                    "field " + Messages.quoted(name) + " has unknown value " + Messages.quoted(code)
                            + Messages.suggestion(code, allowed) + "; allowed: " + String.join(", ", allowed)));
            complete = false;
            return null;
        }
        return value.get();
    }

    /** A list of strings; absent or null reads as the empty list. */
    List<String> stringList(String name) {
        YamlNode node = value(name);
        if (node == null || node instanceof YamlNode.Scalar s && s.isNull()) {
            return List.of();
        }
        if (!(node instanceof YamlNode.Sequence sequence)) {
            typeError(name, "list of text", node, "");
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            if (item instanceof YamlNode.Scalar s && s.token() == JsonToken.VALUE_STRING) {
                values.add(s.text());
            } else {
                problems.accept(LoadRules.FIELD_TYPE.violation(item.location(), recordId, name,
                        "items of field " + Messages.quoted(name) + " must be text, found " + item.describe()));
                complete = false;
            }
        }
        return values;
    }

    /**
     * Reports each field named in the record's {@code review} list (see dataset/FORMAT.md) as an open
     * review mark, a warning; a name that is not one of {@code fields} (nor {@code id} or
     * {@code review} itself) is an error. Neither keeps the record from being built.
     */
    void reviewMarks(List<String> fields) {
        YamlNode node = value(REVIEW);
        if (node == null || node instanceof YamlNode.Scalar s && s.isNull()) {
            return;
        }
        if (!(node instanceof YamlNode.Sequence sequence)) {
            problems.accept(LoadRules.FIELD_TYPE.violation(node.location(), recordId, REVIEW, "field "
                    + Messages.quoted(REVIEW) + " must be a list of field names, found " + node.describe()));
            return;
        }
        List<String> reviewable = fields.stream().filter(f -> !f.equals("id") && !f.equals(REVIEW)).toList();
        String record = recordKind + (recordId == null ? "" : " " + recordId);
        for (YamlNode item : sequence.items()) {
            if (!(item instanceof YamlNode.Scalar s && s.token() == JsonToken.VALUE_STRING)) {
                problems.accept(LoadRules.FIELD_TYPE.violation(item.location(), recordId, REVIEW,
                        "items of field " + Messages.quoted(REVIEW) + " must be field names, found " + item.describe()));
            } else if (!reviewable.contains(s.text())) {
                problems.accept(LoadRules.FIELD_ENUM.violation(item.location(), recordId, REVIEW, "review names "
                        + Messages.quoted(s.text()) + ", which is not a field of " + record
                        + Messages.suggestion(s.text(), reviewable) + "; name one of: " + String.join(", ", reviewable)));
            } else {
                problems.accept(LoadRules.REVIEW_OPEN.violation(item.location(), recordId, s.text(),
                        "open review mark on " + Messages.quoted(s.text()) + " of " + record + ": its value is a"
                                + " proposal; check it against the source, then remove " + Messages.quoted(s.text())
                                + " from review"));
            }
        }
    }

    /** The mappings of a list of records; absent or null reads as the empty list. */
    List<YamlNode.Mapping> mappingList(String name) {
        YamlNode node = value(name);
        if (node == null || node instanceof YamlNode.Scalar s && s.isNull()) {
            return List.of();
        }
        if (!(node instanceof YamlNode.Sequence sequence)) {
            typeError(name, "list of records", node, "");
            return List.of();
        }
        List<YamlNode.Mapping> mappings = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            if (item instanceof YamlNode.Mapping m) {
                mappings.add(m);
            } else {
                problems.accept(LoadRules.FIELD_TYPE.violation(item.location(), recordId, name,
                        "items of field " + Messages.quoted(name) + " must be records (\"- id: …\"), found "
                                + item.describe()));
            }
        }
        return mappings;
    }

    private YamlNode value(String name) {
        YamlNode.Entry entry = mapping.entries().get(name);
        return entry == null ? null : entry.value();
    }

    private YamlNode.Scalar scalar(String name, boolean required, String expected) {
        YamlNode node = value(name);
        if (node == null || node instanceof YamlNode.Scalar s && s.isNull()) {
            if (required) {
                Location where = node == null ? mapping.location() : node.location();
                problems.accept(LoadRules.FIELD_REQUIRED.violation(where, recordId, name,
                        (node == null ? "missing required field " : "required field is null: ")
                                + Messages.quoted(name) + " in " + recordKind
                                + (recordId == null ? "" : " " + recordId) + " (a " + expected + ")"));
                complete = false;
            }
            return null;
        }
        if (node instanceof YamlNode.Scalar scalar) {
            return scalar;
        }
        typeError(name, expected, node, "");
        return null;
    }

    private <T> T typeError(String name, String expected, YamlNode found, String hint) {
        problems.accept(LoadRules.FIELD_TYPE.violation(found.location(), recordId, name,
                "field " + Messages.quoted(name) + " must be a " + expected + ", found " + found.describe() + hint));
        complete = false;
        return null;
    }

}
