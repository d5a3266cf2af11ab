package org.newsquotes.export.parquet;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import java.util.Arrays;

/**
 * Compresses the pages of an encoder's row groups with zstd, through one compression context for
 * all of them: a context per page (what {@code Zstd.compressByteArray} makes) costs its setup on
 * every page, and making and freeing native memory on every group makes the process's memory grow.
 * The context is made at the first page and freed by {@link #release}, which its encoder's
 * {@code close} calls. Used by one thread at a time.
 */
final class PageCompressor {

    /** zstd's default level: the same bytes on every run and every machine for the same input. */
    static final int ZSTD_LEVEL = 3;

    private ZstdCompressCtx context;
    private byte[] compressed = new byte[0];

    /** The zstd frame of the bytes of {@code source}. */
    byte[] compress(ByteSink source, String column) {
        if (context == null) {
            context = new ZstdCompressCtx().setLevel(ZSTD_LEVEL);
        }
        int bound = Math.toIntExact(Zstd.compressBound(source.size()));
        if (compressed.length < bound) {
            compressed = new byte[bound];
        }
        int size;
        try {
            size = context.compressByteArray(compressed, 0, compressed.length, source.array(), 0, source.size());
        } catch (RuntimeException e) {
            throw new IllegalStateException("zstd could not compress a page of column " + column + ": "
                    + e.getMessage(), e);
        }
        return Arrays.copyOf(compressed, size);
    }

    /** Frees the context; the next page makes a new one. */
    void release() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
