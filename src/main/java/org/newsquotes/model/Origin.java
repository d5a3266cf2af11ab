package org.newsquotes.model;

import java.util.Map;
import java.util.Objects;

/**
 * Where a record was read: the location of the record itself and of each of its fields, so that a
 * rule can point at the exact value it rejects.
 *
 * @param record where the record starts
 * @param fields where each field's value starts, by field name
 */
public record Origin(Location record, Map<String, Location> fields) {

    public Origin {
        Objects.requireNonNull(record, "record");
        fields = Map.copyOf(fields);
    }

    /** An origin that knows only the record's location (records built in code, bulk rows). */
    public static Origin of(Location record) {
        return new Origin(record, Map.of());
    }

    /** The location of a field's value, or of the record when the field was absent. */
    public Location of(String field) {
        return fields.getOrDefault(field, record);
    }
}
