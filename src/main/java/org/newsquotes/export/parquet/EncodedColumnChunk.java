package org.newsquotes.export.parquet;

import java.util.List;

/**
 * One column's part of a row group: its data pages and, when a page is dictionary-encoded, the
 * compressed dictionary page. Its arrays are never changed once made.
 *
 * @param dictionary the zstd-compressed plain dictionary page, or null when no page uses one
 * @param dictionaryUncompressedSize the dictionary page's size before compression
 * @param dictionarySize entries in the dictionary
 * @param pages the data pages, in order
 */
record EncodedColumnChunk(byte[] dictionary, int dictionaryUncompressedSize, int dictionarySize,
        List<EncodedPage> pages) {

    EncodedColumnChunk {
        pages = List.copyOf(pages);
    }

    /** Level entries in the chunk: values, nulls and empty lists. */
    long valueCount() {
        long count = 0;
        for (EncodedPage page : pages) {
            count += page.valueCount();
        }
        return count;
    }
}
