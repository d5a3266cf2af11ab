package org.newsquotes.export.parquet;

/**
 * One compressed data page (version 1) of a column chunk, and what its header and statistics need.
 * Its arrays are never changed once made.
 *
 * @param bytes the zstd-compressed page: repetition levels, definition levels, values
 * @param uncompressedSize the page's size before compression
 * @param valueCount level entries in the page: values, nulls and empty lists
 * @param rowCount rows the page holds
 * @param dictionaryEncoded whether the values are dictionary indices rather than plain values
 * @param min the smallest value in plain encoding, or null when the page has only nulls
 * @param max the largest value in plain encoding, or null when the page has only nulls
 * @param nulls level entries without a value
 * @param nans NaN values, which {@code min} and {@code max} leave out (always 0 but for doubles)
 * @param sizes the page's size statistics
 */
record EncodedPage(byte[] bytes, int uncompressedSize, int valueCount, int rowCount, boolean dictionaryEncoded,
        byte[] min, byte[] max, int nulls, int nans, PageSizes sizes) {
}
