package org.newsquotes.export.parquet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.Table;

/**
 * Turns a table's rows into Parquet records, column by column, following {@link ParquetSchema}. Text
 * may come as a {@link String} or already encoded, as {@link RecordConsumerTableWriter#prepare} leaves it.
 * Parquet calls only the {@link ParquetConfiguration} variant of {@code init} when the writer is
 * given a plain configuration; the Hadoop variant exists for the compiler alone.
 */
final class RowWriteSupport<R> extends WriteSupport<R> {

    private final Table<R> table;
    private final MessageType schema;
    private final Map<String, String> metadata;
    private RecordConsumer consumer;

    RowWriteSupport(Table<R> table, Map<String, String> metadata) {
        this.table = table;
        this.schema = ParquetSchema.of(table);
        // Insertion order, not Map.copyOf, whose iteration order changes from one run to the next.
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(schema, metadata);
    }

    @Override
    @SuppressWarnings("deprecation")
    public WriteContext init(Configuration configuration) {
        throw new UnsupportedOperationException("Hadoop configurations are not supported");
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    @Override
    public void write(R row) {
        consumer.startMessage();
        List<Column<R>> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            Column<R> column = columns.get(i);
            Object value = column.valueOf(row);
            if (value != null) {
                consumer.startField(column.name(), i);
                writeValue(value);
                consumer.endField(column.name(), i);
            }
        }
        consumer.endMessage();
    }

    private void writeValue(Object value) {
        if (value instanceof String s) {
            consumer.addBinary(Binary.fromString(s));
        } else if (value instanceof Binary text) {
            consumer.addBinary(text);
        } else if (value instanceof Integer n) {
            consumer.addInteger(n);
        } else if (value instanceof BigDecimal d) {
            consumer.addDouble(d.doubleValue());
        } else if (value instanceof LocalDate date) {
            consumer.addInteger(Math.toIntExact(date.toEpochDay()));
        } else if (value instanceof List<?> list) {
            writeList(list);
        } else {
            throw new IllegalArgumentException("no Parquet form for " + value.getClass().getName());
        }
    }

    private void writeList(List<?> list) {
        consumer.startGroup();
        if (!list.isEmpty()) {
            consumer.startField(ParquetSchema.LIST_GROUP, 0);
            for (Object element : list) {
                consumer.startGroup();
                consumer.startField(ParquetSchema.LIST_ELEMENT, 0);
                writeValue(element);
                consumer.endField(ParquetSchema.LIST_ELEMENT, 0);
                consumer.endGroup();
            }
            consumer.endField(ParquetSchema.LIST_GROUP, 0);
        }
        consumer.endGroup();
    }
}
