package org.newsquotes.export.parquet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsquotes.schema.Column;
import org.newsquotes.schema.ColumnType;

/**
 * Encodes one column's values into the pages of a column chunk: levels in the hybrid encoding,
 * values dictionary-encoded while the dictionary stays small and pays off, plain otherwise, each page
 * compressed with zstd as it fills. Decides as parquet-java does: the dictionary is dropped after
 * the first page when the page and the dictionary together are not smaller than the plain page, and
 * the rest of the chunk is plain once the dictionary passes {@link #MAX_DICTIONARY_BYTES}. One more
 * rule spares the dictionary of a column of distinct values (quotation texts, offsets) its cost: when
 * more than seven in eight of the chunk's first {@link #PROBE_VALUES} values are distinct, the chunk
 * is plain from then on. Every decision depends on the chunk's own values only, so that a row group
 * encodes to the same bytes whatever was encoded before it. Numbers are kept as numbers, in a
 * dictionary keyed by the number and with their page's minimum and maximum updated as they come.
 */
final class ColumnChunkEncoder {

    /** A page is closed at the end of the row that brings its values to this size. */
    static final int PAGE_BYTES = 1024 * 1024;
    /** A page is closed at this many rows whatever its size, as parquet-java does. */
    static final int PAGE_ROWS = 20_000;
    /** The plain size of the dictionary beyond which the chunk's values are stored plain. */
    static final int MAX_DICTIONARY_BYTES = 1024 * 1024;
    /** The number of a chunk's first values that decide whether they are distinct enough to store plain. */
    static final int PROBE_VALUES = 1024;
    private final String name;
    private final ColumnType type;
    private final boolean binary;
    private final boolean float64;
    /** The plain size of a number: 4 or 8 bytes. */
    private final int numberWidth;
    private final int maxDefinition;
    private final int maxRepetition;
    private final boolean dictionaryAllowed;

    private final IntSink definitions = new IntSink();
    private final IntSink repetitions = new IntSink();
    private final IntSink indices = new IntSink();
    private final ByteSink plain = new ByteSink(64 * 1024);
    private final ByteSink encodedValues = new ByteSink(64 * 1024);
    private final ByteSink page = new ByteSink(64 * 1024);
    private final PageCompressor compressor;

    private int pageValues;
    private int pageRows;
    private int pageNulls;
    /** NaN values of the page, which its minimum and maximum leave out, as the Parquet format asks. */
    private int pageNans;
    /** The plain size of the page's values, whatever their encoding. */
    private long pagePlainBytes;
    private boolean inList;
    private boolean listEmpty;
    private boolean filled;

    private final ValueDictionary dictionary = new ValueDictionary();
    private final NumberDictionary numbers = new NumberDictionary();
    /** The dictionary entry of the previous value, or -1. */
    private int last = -1;
    /** The previous value of a column of numbers, when {@link #last} is an entry. */
    private long lastNumber;
    /** Values of the chunk given to the dictionary. */
    private int chunkValues;
    private long dictionaryBytes;
    private boolean dictionaryEncoding;
    private boolean dictionaryUsed;
    private boolean firstPage = true;
    /** Per dictionary entry, the number of the last page whose statistics took it into account. */
    private int[] seenOnPage = new int[256];
    private int pageNumber;
    private final List<EncodedPage> pages = new ArrayList<>();

    private byte[] minArray;
    private int minOffset;
    private int minLength;
    private byte[] maxArray;
    private int maxOffset;
    private int maxLength;
    /** Whether the page has a number yet: then {@link #pageMin} and {@link #pageMax} are its extremes. */
    private boolean pageHasNumber;
    private long pageMin;
    private long pageMax;

    ColumnChunkEncoder(Column<?> column, boolean dictionaryAllowed, PageCompressor compressor) {
        this.compressor = compressor;
        this.name = column.name();
        this.type = column.type();
        this.binary = type == ColumnType.STRING || type == ColumnType.STRING_LIST;
        this.float64 = type == ColumnType.DOUBLE;
        this.numberWidth = float64 ? Double.BYTES : Integer.BYTES;
        boolean list = type == ColumnType.STRING_LIST;
        this.maxRepetition = list ? 1 : 0;
        this.maxDefinition = (column.nullable() ? 1 : 0) + maxRepetition;
        this.dictionaryAllowed = dictionaryAllowed;
        this.dictionaryEncoding = dictionaryAllowed;
    }

    void nullValue() {
        if (!(maxDefinition > maxRepetition)) {
            throw new IllegalArgumentException("column " + name + " is required but was given a null");
        }
        fill();
        level(0, 0);
        pageNulls++;
    }

    void text(byte[] utf8, int offset, int length) {
        expect(ColumnType.STRING);
        fill();
        level(0, maxDefinition);
        binaryValue(utf8, offset, length);
    }

    void int32(int value) {
        if (type != ColumnType.INT32 && type != ColumnType.DATE) {
            throw wrongType("a whole number or a date");
        }
        fill();
        level(0, maxDefinition);
        numberValue(value, true);
    }

    void float64(double value) {
        expect(ColumnType.DOUBLE);
        fill();
        level(0, maxDefinition);
        boolean nan = Double.isNaN(value);
        if (nan) {
            pageNans++;
        }
        numberValue(Double.doubleToLongBits(value), !nan);
    }

    void listStart() {
        expect(ColumnType.STRING_LIST);
        fill();
        inList = true;
        listEmpty = true;
    }

    void listItem(byte[] utf8, int offset, int length) {
        if (!inList) {
            throw new IllegalStateException("column " + name + ": a list item outside a list");
        }
        level(listEmpty ? 0 : 1, maxDefinition);
        listEmpty = false;
        binaryValue(utf8, offset, length);
    }

    void listEnd() {
        if (!inList) {
            throw new IllegalStateException("column " + name + ": the end of a list that was not started");
        }
        inList = false;
        if (listEmpty) {
            // An empty list is defined up to the list, not to an element: a null to the element's statistics.
            level(0, maxDefinition - 1);
            pageNulls++;
        }
    }

    /** Ends the row; closes the page when it is full. */
    void endRow(long row) {
        if (!filled || inList) {
            throw new IllegalStateException("column " + name + " has no complete value in row " + row);
        }
        filled = false;
        pageRows++;
        long buffered = dictionaryEncoding ? 4L * indices.size() : plain.size();
        if (pageRows >= PAGE_ROWS || buffered >= PAGE_BYTES) {
            closePage();
        }
    }

    /** The chunk of the rows since the last call; the encoder then starts a new chunk. */
    EncodedColumnChunk finish() {
        if (pageValues > 0) {
            closePage();
        }
        EncodedColumnChunk chunk;
        if (dictionaryUsed) {
            page.clear();
            for (int i = 0; i < distinct(); i++) {
                if (binary) {
                    writeBinary(page, dictionary.data(), dictionary.start(i), dictionary.length(i));
                } else {
                    writeNumber(page, numbers.value(i));
                }
            }
            chunk = new EncodedColumnChunk(compress(page), page.size(), distinct(), pages);
        } else {
            chunk = new EncodedColumnChunk(null, 0, 0, pages);
        }
        pages.clear();
        if (binary) {
            dictionary.clear();
        } else {
            numbers.clear();
        }
        last = -1;
        chunkValues = 0;
        dictionaryBytes = 0;
        dictionaryEncoding = dictionaryAllowed;
        dictionaryUsed = false;
        firstPage = true;
        return chunk;
    }

    private void fill() {
        if (filled) {
            throw new IllegalStateException("column " + name + " was given two values in one row");
        }
        filled = true;
    }

    private void expect(ColumnType expected) {
        if (type != expected) {
            throw wrongType(expected.name());
        }
    }

    private IllegalArgumentException wrongType(String given) {
        return new IllegalArgumentException("column " + name + " of type " + type + " was given " + given);
    }

    private void level(int repetition, int definition) {
        if (maxRepetition > 0) {
            repetitions.add(repetition);
        }
        if (maxDefinition > 0) {
            definitions.add(definition);
        }
        pageValues++;
    }

    private void binaryValue(byte[] bytes, int offset, int length) {
        pagePlainBytes += 4 + length;
        if (!dictionaryEncoding) {
            writeBinary(plain, bytes, offset, length);
            return;
        }
        // The previous value's entry, compared first, spares the lookup where rows repeat a value, as
        // rows of one document repeat its outlet and source.
        if (last < 0 || dictionary.length(last) != length
                || !ByteRanges.equal(dictionary.data(), dictionary.start(last), bytes, offset, length)) {
            int entries = dictionary.size();
            last = dictionary.indexOf(bytes, offset, length);
            if (dictionary.size() > entries) {
                dictionaryBytes += 4 + length;
            }
        }
        indices.add(last);
        checkDictionary();
    }

    /** A number; {@code ordered} false for a NaN, which the page's minimum and maximum leave out. */
    private void numberValue(long value, boolean ordered) {
        pagePlainBytes += numberWidth;
        if (ordered) {
            extremes(value);
        }
        if (!dictionaryEncoding) {
            writeNumber(plain, value);
            return;
        }
        if (last < 0 || value != lastNumber) {
            int entries = numbers.size();
            last = numbers.indexOf(value);
            lastNumber = value;
            if (numbers.size() > entries) {
                dictionaryBytes += numberWidth;
            }
        }
        indices.add(last);
        checkDictionary();
    }

    private void extremes(long value) {
        if (!pageHasNumber) {
            pageHasNumber = true;
            pageMin = value;
            pageMax = value;
        } else if (less(value, pageMin)) {
            pageMin = value;
        } else if (less(pageMax, value)) {
            pageMax = value;
        }
    }

    /** Parquet's order of numbers: signed whole numbers, doubles as {@link Double#compare} orders them. */
    private boolean less(long x, long y) {
        if (float64) {
            return Double.compare(Double.longBitsToDouble(x), Double.longBitsToDouble(y)) < 0;
        }
        return x < y;
    }

    /** Drops the dictionary once it is too big, or when the chunk's first values are nearly all distinct. */
    private void checkDictionary() {
        if (dictionaryBytes > MAX_DICTIONARY_BYTES
                || ++chunkValues == PROBE_VALUES && firstPage && distinct() * 8 > PROBE_VALUES * 7) {
            fallBackToPlain();
        }
    }

    private int distinct() {
        return binary ? dictionary.size() : numbers.size();
    }

    private static void writeBinary(ByteSink sink, byte[] bytes, int offset, int length) {
        sink.writeIntLittleEndian(length);
        sink.write(bytes, offset, length);
    }

    private void writeNumber(ByteSink sink, long value) {
        if (float64) {
            sink.writeLongLittleEndian(value);
        } else {
            sink.writeIntLittleEndian((int) value);
        }
    }

    /** Stores the page's values so far, and all later values of the chunk, plain. */
    private void fallBackToPlain() {
        dictionaryEncoding = false;
        int[] entries = indices.array();
        for (int i = 0; i < indices.size(); i++) {
            int entry = entries[i];
            if (binary) {
                writeBinary(plain, dictionary.data(), dictionary.start(entry), dictionary.length(entry));
            } else {
                writeNumber(plain, numbers.value(entry));
            }
        }
        indices.clear();
    }

    private void closePage() {
        encodedValues.clear();
        if (dictionaryEncoding) {
            int bitWidth = HybridEncoding.bitWidth(distinct() - 1);
            encodedValues.write(bitWidth);
            HybridEncoding.encode(indices.array(), indices.size(), bitWidth, encodedValues);
            if (firstPage && encodedValues.size() + dictionaryBytes >= pagePlainBytes) {
                fallBackToPlain();
            }
        }
        boolean chunkStart = firstPage;
        firstPage = false;
        boolean dictionaryPage = dictionaryEncoding;
        dictionaryUsed |= dictionaryPage;
        page.clear();
        levels(repetitions, maxRepetition);
        levels(definitions, maxDefinition);
        if (dictionaryPage) {
            page.write(encodedValues.array(), 0, encodedValues.size());
        } else {
            page.write(plain.array(), 0, plain.size());
        }
        byte[] min;
        byte[] max;
        if (binary) {
            minArray = null;
            maxArray = null;
            if (dictionaryPage) {
                dictionaryStatistics(chunkStart);
            } else {
                plainStatistics();
            }
            min = minArray == null ? null : Arrays.copyOfRange(minArray, minOffset, minOffset + minLength);
            max = maxArray == null ? null : Arrays.copyOfRange(maxArray, maxOffset, maxOffset + maxLength);
        } else {
            min = pageHasNumber ? plainNumber(pageMin) : null;
            max = pageHasNumber ? plainNumber(pageMax) : null;
            pageHasNumber = false;
        }
        int values = pageValues - pageNulls;
        // Plain text is each value's length (4 bytes) and its bytes: the bytes alone are the unencoded size.
        long unencoded = binary ? pagePlainBytes - 4L * values : 0;
        pages.add(new EncodedPage(compress(page), page.size(), pageValues, pageRows, dictionaryPage, min, max,
                pageNulls, pageNans, new PageSizes(unencoded, PageSizes.histogram(repetitions, maxRepetition, 0),
                        PageSizes.histogram(definitions, maxDefinition, 1))));
        definitions.clear();
        repetitions.clear();
        indices.clear();
        plain.clear();
        pageValues = 0;
        pageRows = 0;
        pageNulls = 0;
        pageNans = 0;
        pagePlainBytes = 0;
    }

    private void levels(IntSink levels, int maxLevel) {
        if (maxLevel == 0) {
            return;
        }
        int lengthAt = page.size();
        page.writeIntLittleEndian(0);
        HybridEncoding.encode(levels.array(), levels.size(), HybridEncoding.bitWidth(maxLevel), page);
        page.setIntLittleEndian(lengthAt, page.size() - lengthAt - 4);
    }

    /**
     * Minimum and maximum over the dictionary entries the page uses, each looked at once. The chunk's
     * first page uses every entry, as entries are made by the values that use them: it looks at
     * the entries rather than at each value.
     */
    private void dictionaryStatistics(boolean chunkStart) {
        if (chunkStart) {
            for (int entry = 0; entry < dictionary.size(); entry++) {
                offer(dictionary.data(), dictionary.start(entry), dictionary.length(entry));
            }
            return;
        }
        pageNumber++;
        if (seenOnPage.length < dictionary.size()) {
            seenOnPage = Arrays.copyOf(seenOnPage, Math.max(dictionary.size(), seenOnPage.length * 2));
        }
        int[] values = indices.array();
        for (int i = 0; i < indices.size(); i++) {
            int entry = values[i];
            if (seenOnPage[entry] != pageNumber) {
                seenOnPage[entry] = pageNumber;
                offer(dictionary.data(), dictionary.start(entry), dictionary.length(entry));
            }
        }
    }

    /** Minimum and maximum over the plain text of the page. */
    private void plainStatistics() {
        byte[] bytes = plain.array();
        int end = plain.size();
        for (int at = 0; at < end;) {
            int length = (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16
                    | (bytes[at + 3] & 0xFF) << 24;
            offer(bytes, at + 4, length);
            at += 4 + length;
        }
    }

    private void offer(byte[] bytes, int offset, int length) {
        if (minArray == null) {
            minArray = bytes;
            minOffset = offset;
            minLength = length;
            maxArray = bytes;
            maxOffset = offset;
            maxLength = length;
        } else if (ByteRanges.compareUnsigned(bytes, offset, length, minArray, minOffset, minLength) < 0) {
            minArray = bytes;
            minOffset = offset;
            minLength = length;
        } else if (ByteRanges.compareUnsigned(bytes, offset, length, maxArray, maxOffset, maxLength) > 0) {
            maxArray = bytes;
            maxOffset = offset;
            maxLength = length;
        }
    }

    /** A number in plain encoding: four or eight bytes, little-endian. */
    private byte[] plainNumber(long value) {
        byte[] bytes = new byte[numberWidth];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (value >>> (8 * i));
        }
        return bytes;
    }

    private byte[] compress(ByteSink source) {
        return compressor.compress(source, name);
    }
}
