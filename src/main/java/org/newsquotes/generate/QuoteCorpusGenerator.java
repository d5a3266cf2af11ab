package org.newsquotes.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.RuleDescriptor;
import org.newsquotes.schema.Table;
import org.newsquotes.schema.TableRules;
import org.newsquotes.schema.Tables;

/**
 * Generates rows of the {@code quotes} table, deterministically from a seed: the same options give the
 * same rows, byte for byte once written. A chosen share of rows is invalid in one of several ways
 * (see {@link Defect}), so that validation has something to find.
 */
public final class QuoteCorpusGenerator {

    /**
     * The ways a generated row is made invalid; each invalid row has exactly one, and breaks exactly
     * one table rule, {@link #rule()}, once.
     */
    public enum Defect {
        /** {@code char_end} before {@code char_start}. */
        OFFSETS_REVERSED(TableRules.OFFSETS_ORDER),
        /** A {@code kind} outside the closed set. */
        UNKNOWN_KIND(TableRules.VALUE_ENUM),
        /** An {@code utterance_date} that is not in the calendar. */
        IMPOSSIBLE_DATE(TableRules.VALUE_TYPE),
        /** No {@code text}. */
        MISSING_TEXT(TableRules.VALUE_REQUIRED),
        /** The {@code quote_id} of the previous row again. */
        DUPLICATE_ID(TableRules.ID_UNIQUE),
        /** {@code char_start} written as text. */
        OFFSET_AS_TEXT(TableRules.VALUE_TYPE);

        private final RuleDescriptor rule;

        Defect(RuleDescriptor rule) {
            this.rule = rule;
        }

        /** The rule a row with this defect breaks: a checker reports it, and nothing else, for the row. */
        public RuleDescriptor rule() {
            return rule;
        }
    }

    /**
     * What to generate.
     *
     * @param records how many rows
     * @param seed the seed; the same seed gives the same rows
     * @param invalidRate the share of rows, from 0 to 1, that are invalid
     */
    public record Options(long records, long seed, double invalidRate) {
        public Options {
            if (records < 0) {
                throw new IllegalArgumentException("records must be 0 or more, not " + records);
            }
            if (!(invalidRate >= 0 && invalidRate <= 1)) {
                throw new IllegalArgumentException("invalid rate must be from 0 to 1, not " + invalidRate);
            }
        }
    }

    private static final int QUOTES_PER_DOCUMENT = 10_000;
    /** Document ids have three digits, d000 to d999 ({@link org.newsquotes.model.Ids#DOCUMENT}). */
    private static final int DOCUMENTS = 1000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);

    private static final String[] WORDS = {"talks", "security", "guarantees", "we", "will", "not", "accept",
        "the", "response", "in", "writing", "next", "week", "diplomacy", "remains", "open", "sanctions", "Geneva",
        "Kyiv", "Moscow", "Washington", "alliance", "troops", "border", "agreement", "reciprocal", "basis", "Genève",
        "Zürich", "façade", "naïve", "coöperation", "São", "Paulo", "Kraków", "Ærø", "déjà", "vu", "über", "Ελλάδα",
        "Україна", "Москва", "東京", "frank", "useful", "a", "of", "to", "and", "that", "is", "for", "on", "with",
        "are", "be", "this", "have", "from", "or", "by", "they", "at", "as", "concerns", "positions"};
    private static final String[] FIRST_NAMES = {"Ana", "José", "Łukasz", "Zoë", "Søren", "Chloé", "Jürgen",
        "Ngozi", "Aiko", "Dmitry", "Olena", "Siobhán", "Mehmet", "Priya", "Tomás", "Ilse"};
    private static final String[] LAST_NAMES = {"Álvarez", "Kowalski", "Müller", "Ørsted", "Nakamura", "O'Brien",
        "Petrenko", "Öztürk", "Nguyễn", "Dubois", "Hernández", "Lindqvist", "Adeyemi", "Rossi", "Kim", "Novák"};
    private static final String[] OUTLETS = {"Daily Example", "Le Monde Exemple", "Süddeutsche Beispiel",
        "Gazeta Przykład", "The Sample Post", "Εφημερίδα Δείγμα", "Пример Новости", "Diario Ejemplo"};
    private static final String[] CUES = {"said", "told reporters", "added", "warned", "tweeted",
        "said in a statement", "described … as", "insisted"};
    private static final String[] KINDS = {"full", "full", "fragment", "fragment", "fragment", "scare"};
    private static final String[] SEGMENTS = {"body", "body", "body", "headline", "caption"};

    private final Options options;
    private final Table<Object[]> table;

    /** @param options what to generate */
    public QuoteCorpusGenerator(Options options) {
        this.options = options;
        this.table = asArrays(Tables.QUOTES);
    }

    /**
     * The {@code quotes} table's columns, reading values by position from an array row. Every column
     * is nullable here, since invalid rows must be written as they are.
     */
    public Table<Object[]> table() {
        return table;
    }

    /** The rows, generated as they are read. */
    public Iterator<Object[]> rows() {
        return new Rows();
    }

    /**
     * For each row of {@link #rows()}, in the same order, the defect that makes it invalid, or null
     * for a valid row: what a checker of the generated file should find.
     */
    public Iterator<Defect> defects() {
        Rows rows = new Rows();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Defect next() {
                rows.next();
                return rows.defect;
            }
        };
    }

    /** Generates the rows one by one, remembering the defect of the last. */
    private final class Rows implements Iterator<Object[]> {
        private final SplitMix64 random = new SplitMix64(options.seed());
        private final Row row = new Row(table.columns().size());
        private long next;
        private String previousId;
        private Defect defect;

        @Override
        public boolean hasNext() {
            return next < options.records();
        }

        @Override
        public Object[] next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Object[] values = row.fill(random, next);
            defect = null;
            if (options.invalidRate() > 0 && random.nextDouble() < options.invalidRate()) {
                Defect picked = random.pick(Defect.values());
                defect = picked == Defect.DUPLICATE_ID && previousId == null ? Defect.MISSING_TEXT : picked;
                row.spoil(values, defect, previousId);
            }
            previousId = row.quoteId(values);
            next++;
            return values;
        }
    }

    private static Table<Object[]> asArrays(Table<?> table) {
        List<Column<Object[]>> columns = new ArrayList<>();
        for (Column<Object[]> column : table.positional().columns()) {
            columns.add(Column.optional(column.name(), column.type(), column.description(), column.value()));
        }
        return new Table<>(table.name(), table.description(), columns);
    }

    /** Fills one row's values, each at its column's place in the quotes table, found by the column's name. */
    static final class Row {
        private final int quoteId = column("quote_id");
        private final int documentId = column("document_id");
        private final int outletId = column("outlet_id");
        private final int outletName = column("outlet_name");
        private final int publishedDate = column("published_date");
        private final int speakerId = column("speaker_id");
        private final int speakerName = column("speaker_name");
        private final int speakerType = column("speaker_type");
        private final int speakerAsWritten = column("speaker_as_written");
        private final int speakerAsWrittenStart = column("speaker_as_written_start");
        private final int speakerAsWrittenEnd = column("speaker_as_written_end");
        private final int cue = column("cue");
        private final int kind = column("kind");
        private final int text = column("text");
        private final int charStart = column("char_start");
        private final int charEnd = column("char_end");
        private final int segment = column("segment");
        private final int segmentKind = column("segment_kind");
        private final int segmentDerivedFrom = column("segment_derived_from");
        private final int utteranceId = column("utterance_id");
        private final int utteranceDate = column("utterance_date");
        private final int utteranceDateBasis = column("utterance_date_basis");
        private final int sourceFile = column("source_file");
        private final int note = column("note");
        private final int originalOutletId = column("original_outlet_id");

        private final Object[] values;
        private final StringBuilder sentenceText = new StringBuilder(512);

        Row(int columns) {
            values = new Object[columns];
        }

        /** The place of {@code name} in the quotes table's columns. */
        private static int column(String name) {
            return Tables.QUOTES.indexOf(name);
        }

        /** The quote id of {@code row}, a row this object filled. */
        String quoteId(Object[] row) {
            return (String) row[quoteId];
        }

        /** Makes {@code row} invalid by {@code defect}; {@code previousId} is the quote id of the row before. */
        void spoil(Object[] row, Defect defect, String previousId) {
            switch (defect) {
                case OFFSETS_REVERSED -> row[charEnd] = (Integer) row[charStart] - 1;
                case UNKNOWN_KIND -> row[kind] = "ful";
                case IMPOSSIBLE_DATE -> row[utteranceDate] = "2022-02-30";
                case MISSING_TEXT -> row[text] = null;
                case DUPLICATE_ID -> row[quoteId] = previousId;
                case OFFSET_AS_TEXT -> row[charStart] = "x" + row[charStart];
                default -> throw new IllegalStateException("unhandled defect " + defect);
            }
        }

        Object[] fill(SplitMix64 random, long index) {
            long documentNumber = document(index);
            int outlet = (int) (documentNumber % OUTLETS.length);
            LocalDate published = FIRST_DAY.plusDays(documentNumber % 365);
            String quoteKind = random.pick(KINDS);
            boolean scare = quoteKind.equals("scare");
            int speaker = random.nextInt(FIRST_NAMES.length * LAST_NAMES.length);
            String first = FIRST_NAMES[speaker % FIRST_NAMES.length];
            String last = LAST_NAMES[speaker / FIRST_NAMES.length];
            String quoteText = sentence(random, scare ? 1 + random.nextInt(3) : 3 + random.nextInt(24));
            int start = random.nextInt(20_000);
            int length = quoteText.codePointCount(0, quoteText.length());
            int asWrittenStart = start + length + 2;
            String asWritten = random.nextInt(3) == 0 ? "Mr " + last : first + " " + last;
            String segmentName = random.pick(SEGMENTS);
            String documentName = "d" + padded(documentNumber, 3);

            values[quoteId] = documentName + "-q" + padded(quoteNumber(index), 4);
            values[documentId] = documentName;
            values[outletId] = "outlet-" + outlet;
            values[outletName] = OUTLETS[outlet];
            values[publishedDate] = published;
            values[speakerId] = scare ? null : "speaker-" + speaker;
            values[speakerName] = scare ? null : first + " " + last;
            values[speakerType] = scare ? null : (speaker % 5 == 0 ? "organisation" : "person");
            values[speakerAsWritten] = scare ? null : asWritten;
            values[speakerAsWrittenStart] = scare ? null : asWrittenStart;
            values[speakerAsWrittenEnd] = scare ? null : asWrittenStart + asWritten.codePointCount(0, asWritten.length());
            values[cue] = scare ? null : random.pick(CUES);
            values[kind] = quoteKind;
            values[text] = quoteText;
            values[charStart] = start;
            values[charEnd] = start + length;
            values[segment] = segmentName;
            values[segmentKind] = segmentName;
            values[segmentDerivedFrom] = random.nextInt(20) == 0 ? "outlet-" + random.nextInt(OUTLETS.length) : null;
            boolean grouped = !scare && random.nextInt(8) == 0;
            values[utteranceId] = grouped ? "u-" + Long.toString(index / 7, 36) : null;
            values[utteranceDate] = grouped ? published.minusDays(random.nextInt(3)) : null;
            values[utteranceDateBasis] = grouped ? "The text dates the statement relative to the publication date." : null;
            values[sourceFile] = padded(documentNumber, 3) + "_" + Long.toHexString(documentNumber * 0x9E3779B97F4A7C15L | 1L << 63) + ".txt";
            values[note] = random.nextInt(20) == 0 ? "A \"hard\" case, noted; see the source." : null;
            values[originalOutletId] = values[segmentDerivedFrom] != null ? values[segmentDerivedFrom] : values[outletId];
            return values.clone();
        }

        /**
         * The document of row {@code index}: 10,000 rows each, in turn, d000 to d999, then d000 again
         * for the next 10 million rows.
         */
        static long document(long index) {
            return index / QUOTES_PER_DOCUMENT % DOCUMENTS;
        }

        /**
         * The number of row {@code index} in its document, unique within it: 0000 to 9999 in the first
         * 10 million rows, 10000 to 19999 in the next, and so on.
         */
        static long quoteNumber(long index) {
            long round = index / ((long) QUOTES_PER_DOCUMENT * DOCUMENTS);
            return round * QUOTES_PER_DOCUMENT + index % QUOTES_PER_DOCUMENT;
        }

        /** {@code value} in decimal, with leading zeros up to {@code width} digits. */
        private static String padded(long value, int width) {
            String digits = Long.toString(value);
            return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
        }

        private String sentence(SplitMix64 random, int words) {
            sentenceText.setLength(0);
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    int separator = random.nextInt(40);
                    sentenceText.append(separator == 0 ? ",\n" : separator < 5 ? ", " : separator == 5 ? " – " : " ");
                }
                String word = random.pick(WORDS);
                if (random.nextInt(50) == 0) {
                    sentenceText.append('"').append(word).append('"');
                } else {
                    sentenceText.append(word);
                }
            }
            if (words > 3) {
                sentenceText.setCharAt(0, Character.toUpperCase(sentenceText.charAt(0)));
                sentenceText.append('.');
            }
            return sentenceText.toString();
        }
    }
}
