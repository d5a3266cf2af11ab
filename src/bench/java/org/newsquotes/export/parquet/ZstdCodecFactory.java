package org.newsquotes.export.parquet;

import com.github.luben.zstd.Zstd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Compresses pages with zstd-jni directly. Parquet's own codec factory loads Hadoop's codec classes
 * whatever the codec, so it cannot run without Hadoop. This factory only compresses: the exports are
 * written, never read back, by this program.
 */
final class ZstdCodecFactory implements CompressionCodecFactory {

    /** zstd's default level: the same bytes on every run and every machine for the same input. */
    static final int LEVEL = 3;

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codecName) {
        if (codecName != CompressionCodecName.ZSTD) {
            throw new IllegalArgumentException("only ZSTD is supported, not " + codecName);
        }
        return new BytesInputCompressor() {
            @Override
            public BytesInput compress(BytesInput bytes) throws IOException {
                ByteArrayOutputStream page = new ByteArrayOutputStream(Math.toIntExact(bytes.size()));
                bytes.writeAllTo(page);
                return BytesInput.from(Zstd.compress(page.toByteArray(), LEVEL));
            }

            @Override
            public CompressionCodecName getCodecName() {
                return CompressionCodecName.ZSTD;
            }

            @Override
            public void release() {
                // Nothing is pooled.
            }
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codecName) {
        throw new UnsupportedOperationException("this codec factory only compresses; asked for a "
                + codecName + " decompressor");
    }

    @Override
    public void release() {
        // Nothing is pooled.
    }
}
