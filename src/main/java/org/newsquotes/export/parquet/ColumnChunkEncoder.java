package org.newsquotes.export.parquet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsquotes.export.Column;
import org.newsquotes.export.ColumnType;

/**
 * Encodes one column's values into the pages of a column chunk: levels in the hybrid encoding,
 * values dictionary-encoded while the dictionary stays small and pays off, plain otherwise, each page
 * compressed with zstd as it fills. Decides as parquet-java does: the dictionary is dropped after
 * the first page when the page and the dictionary together are not smaller than the plain page, and
 * the rest of the chunk is plain once the dictionary passes {@link #MAX_DICTIONARY_BYTES}.
 */
final class ColumnChunkEncoder {

    /** A page is closed at the end of the row that brings its values to this size. */
    static final int PAGE_BYTES = 1024 * 1024;
    /** A page is closed at this many rows whatever its size, as parquet-java does. */
    static final int PAGE_ROWS = 20_000;
    /** The plain size of the dictionary beyond which the chunk's values are stored plain. */
    static final int MAX_DICTIONARY_BYTES = 1024 * 1024;
    private final String name;
    private final ColumnType type;
    private final boolean binary;
    private final int maxDefinition;
    private final int maxRepetition;
    private final boolean dictionaryAllowed;

    private final IntSink definitions = new IntSink();
    private final IntSink repetitions = new IntSink();
    private final IntSink indices = new IntSink();
    private final ByteSink plain = new ByteSink(64 * 1024);
    private final ByteSink encodedValues = new ByteSink(64 * 1024);
    private final ByteSink page = new ByteSink(64 * 1024);
    private final byte[] scratch = new byte[8];
    private final PageCompressor compressor;

    private int pageValues;
    private int pageRows;
    private int pageNulls;
    /** The plain size of the page's values, whatever their encoding. */
    private long pagePlainBytes;
    private boolean inList;
    private boolean listEmpty;
    private boolean filled;

    private final ValueDictionary dictionary = new ValueDictionary();
    /** The dictionary entry of the previous value, or -1. */
    private int last = -1;
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

    ColumnChunkEncoder(Column<?> column, boolean dictionaryAllowed, PageCompressor compressor) {
        this.compressor = compressor;
        this.name = column.name();
        this.type = column.type();
        this.binary = type == ColumnType.STRING || type == ColumnType.STRING_LIST;
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
        value(utf8, offset, length);
    }

    void int32(int value) {
        if (type != ColumnType.INT32 && type != ColumnType.DATE) {
            throw wrongType("a whole number or a date");
        }
        fill();
        level(0, maxDefinition);
        scratch[0] = (byte) value;
        scratch[1] = (byte) (value >>> 8);
        scratch[2] = (byte) (value >>> 16);
        scratch[3] = (byte) (value >>> 24);
        value(scratch, 0, 4);
    }

    void float64(double value) {
        expect(ColumnType.DOUBLE);
        fill();
        level(0, maxDefinition);
        long bits = Double.doubleToLongBits(value);
        for (int i = 0; i < 8; i++) {
            scratch[i] = (byte) (bits >>> (8 * i));
        }
        value(scratch, 0, 8);
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
        value(utf8, offset, length);
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
            for (int i = 0; i < dictionary.size(); i++) {
                if (binary) {
                    page.writeIntLittleEndian(dictionary.length(i));
                }
                page.write(dictionary.data(), dictionary.start(i), dictionary.length(i));
            }
            chunk = new EncodedColumnChunk(compress(page), page.size(), dictionary.size(), pages);
        } else {
            chunk = new EncodedColumnChunk(null, 0, 0, pages);
        }
        pages.clear();
        dictionary.clear();
        last = -1;
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

    private void value(byte[] bytes, int offset, int length) {
        pagePlainBytes += binary ? 4 + length : length;
        if (dictionaryEncoding) {
            if (isLast(bytes, offset, length)) {
                indices.add(last);
                return;
            }
            int entries = dictionary.size();
            last = dictionary.indexOf(bytes, offset, length);
            indices.add(last);
            if (dictionary.size() > entries) {
                dictionaryBytes += binary ? 4 + length : length;
                if (dictionaryBytes > MAX_DICTIONARY_BYTES) {
                    fallBackToPlain();
                }
            }
        } else {
            writePlain(bytes, offset, length);
        }
    }

    /**
     * Whether the value is the dictionary entry of the column's previous value: a comparison that
     * spares the lookup where rows repeat a value, as rows of one document repeat its outlet and date.
     */
    private boolean isLast(byte[] bytes, int offset, int length) {
        if (last < 0 || dictionary.length(last) != length) {
            return false;
        }
        int start = dictionary.start(last);
        return Arrays.equals(dictionary.data(), start, start + length, bytes, offset, offset + length);
    }

    private void writePlain(byte[] bytes, int offset, int length) {
        if (binary) {
            plain.writeIntLittleEndian(length);
        }
        plain.write(bytes, offset, length);
    }

    /** Stores the page's values so far, and all later values of the chunk, plain. */
    private void fallBackToPlain() {
        dictionaryEncoding = false;
        for (int i = 0; i < indices.size(); i++) {
            int entry = indices.get(i);
            writePlain(dictionary.data(), dictionary.start(entry), dictionary.length(entry));
        }
        indices.clear();
    }

    private void closePage() {
        encodedValues.clear();
        if (dictionaryEncoding) {
            int bitWidth = HybridEncoding.bitWidth(dictionary.size() - 1);
            encodedValues.write(bitWidth);
            HybridEncoding.encode(indices.array(), indices.size(), bitWidth, encodedValues);
            if (firstPage && encodedValues.size() + dictionaryBytes >= pagePlainBytes) {
                fallBackToPlain();
            }
        }
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
        minArray = null;
        maxArray = null;
        if (dictionaryPage) {
            dictionaryStatistics();
        } else {
            plainStatistics();
        }
        byte[] min = minArray == null ? null : Arrays.copyOfRange(minArray, minOffset, minOffset + minLength);
        byte[] max = maxArray == null ? null : Arrays.copyOfRange(maxArray, maxOffset, maxOffset + maxLength);
        pages.add(new EncodedPage(compress(page), page.size(), pageValues, pageRows, dictionaryPage, min, max,
                pageNulls));
        definitions.clear();
        repetitions.clear();
        indices.clear();
        plain.clear();
        pageValues = 0;
        pageRows = 0;
        pageNulls = 0;
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

    /** Minimum and maximum over the dictionary entries the page uses, each looked at once. */
    private void dictionaryStatistics() {
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

    private void plainStatistics() {
        byte[] bytes = plain.array();
        int end = plain.size();
        int width = type == ColumnType.DOUBLE ? 8 : 4;
        for (int at = 0; at < end;) {
            if (binary) {
                int length = (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16
                        | (bytes[at + 3] & 0xFF) << 24;
                offer(bytes, at + 4, length);
                at += 4 + length;
            } else {
                offer(bytes, at, width);
                at += width;
            }
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
        } else if (compare(bytes, offset, length, minArray, minOffset, minLength) < 0) {
            minArray = bytes;
            minOffset = offset;
            minLength = length;
        } else if (compare(bytes, offset, length, maxArray, maxOffset, maxLength) > 0) {
            maxArray = bytes;
            maxOffset = offset;
            maxLength = length;
        }
    }

    /** Parquet's order of the column's values: unsigned bytes for text, signed numbers otherwise. */
    private int compare(byte[] a, int aOffset, int aLength, byte[] b, int bOffset, int bLength) {
        if (binary) {
            return Arrays.compareUnsigned(a, aOffset, aOffset + aLength, b, bOffset, bOffset + bLength);
        }
        long x = littleEndian(a, aOffset, aLength);
        long y = littleEndian(b, bOffset, bLength);
        if (type == ColumnType.DOUBLE) {
            return Double.compare(Double.longBitsToDouble(x), Double.longBitsToDouble(y));
        }
        return Integer.compare((int) x, (int) y);
    }

    private static long littleEndian(byte[] bytes, int offset, int length) {
        long value = 0;
        for (int i = length - 1; i >= 0; i--) {
            value = value << 8 | (bytes[offset + i] & 0xFF);
        }
        return value;
    }

    private byte[] compress(ByteSink source) {
        return compressor.compress(source, name);
    }
}
