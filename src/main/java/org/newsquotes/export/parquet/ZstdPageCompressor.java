package org.newsquotes.export.parquet;

import com.github.luben.zstd.ZstdCompressCtx;
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

    @Override
    public BytesInput compress(BytesInput bytes) throws IOException {
        if (context == null) {
            context = new ZstdCompressCtx().setLevel(PageCompressor.ZSTD_LEVEL);
        }
        return BytesInput.from(context.compress(bytes.toByteArray()));
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
