package org.newsquotes.export.parquet;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * The zstd compressor of parquet-java's page stores, at the level of {@link PageCompressor}, through
 * one context of zstd-jni: parquet-java's own codec factory loads Hadoop's codec classes, which the
 * tool does without. Used by one thread at a time; {@link #release} frees the context.
 */
final class ZstdPageCompressor implements CompressionCodecFactory.BytesInputCompressor {

    private ZstdCompressCtx context;
    /** The page to compress, its buffer reused from page to page. */
    private final Page page = new Page();

    @Override
    public BytesInput compress(BytesInput bytes) throws IOException {
        if (context == null) {
            context = new ZstdCompressCtx().setLevel(PageCompressor.ZSTD_LEVEL);
        }
        page.reset();
        bytes.writeAllTo(page);
        byte[] compressed = new byte[Math.toIntExact(Zstd.compressBound(page.size()))];
        int size = context.compressByteArray(compressed, 0, compressed.length, page.bytes(), 0, page.size());
        return BytesInput.from(compressed, 0, size);
    }

    /** A byte stream whose bytes are read in place. */
    private static final class Page extends ByteArrayOutputStream {
        byte[] bytes() {
            return buf;
        }
    }

    @Override
    public CompressionCodecName getCodecName() {
        return CompressionCodecName.ZSTD;
    }

    @Override
    public void release() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
