package org.newsquotes.export.parquet;

import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.Table;

/**
 * The Parquet schema of a table: one field per column, in column order; optional exactly when the
 * column is nullable. Text is {@code BINARY (STRING)}, dates {@code INT32 (DATE)}, lists of text the
 * standard three-level {@code LIST} whose elements are required strings.
 */
final class ParquetSchema {

    /** The name of the repeated group of a three-level list, as the Parquet format specifies it. */
    static final String LIST_GROUP = "list";
    /** The name of a list's element field, as the Parquet format specifies it. */
    static final String LIST_ELEMENT = "element";

    private ParquetSchema() {
    }

    /** The message type of {@code table}. */
    static MessageType of(Table<?> table) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (Column<?> column : table.columns()) {
            message.addField(field(column));
        }
        return message.named(table.name());
    }

    private static Type field(Column<?> column) {
        Type.Repetition repetition = column.nullable() ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED;
        return switch (column.type()) {
            case STRING -> Types.primitive(PrimitiveTypeName.BINARY, repetition)
                    .as(LogicalTypeAnnotation.stringType()).named(column.name());
            case INT32 -> Types.primitive(PrimitiveTypeName.INT32, repetition).named(column.name());
            case DOUBLE -> Types.primitive(PrimitiveTypeName.DOUBLE, repetition).named(column.name());
            case DATE -> Types.primitive(PrimitiveTypeName.INT32, repetition)
                    .as(LogicalTypeAnnotation.dateType()).named(column.name());
            case STRING_LIST -> Types.list(repetition).requiredElement(PrimitiveTypeName.BINARY)
                    .as(LogicalTypeAnnotation.stringType()).named(column.name());
        };
    }
}
