package org.newsquotes.export.parquet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.Util;
import org.newsquotes.model.DatasetVersion;

/**
 * The {@code created_by} field of a Parquet footer. parquet-java's file writer always names itself
 * there ({@code parquet-mr version …}); readers take the field for the writer of the pages, and some
 * judge a file's statistics by it. When this tool's encoder made the pages, the finished file's
 * footer is read back, given this tool's name and written again in place: it is the file's last
 * part, so nothing before it moves.
 */
final class CreatedBy {

    /**
     * This tool, in the form the Parquet format asks for, {@code <application> version <version>}; the
     * format's optional {@code (build <hash>)} is left out, as the same rows must give the same bytes
     * whatever commit built the tool.
     */
    static final String TOOL = "geneva-quotes version " + DatasetVersion.current();

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    private CreatedBy() {
    }

    /** Sets the {@code created_by} of the finished Parquet file {@code file} to {@code createdBy}. */
    static void rewrite(Path file, String createdBy) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            ByteBuffer tail = read(channel, size - 8, 8).order(ByteOrder.LITTLE_ENDIAN);
            byte[] magic = Arrays.copyOfRange(tail.array(), 4, 8);
            int length = tail.getInt(0);
            if (!Arrays.equals(magic, MAGIC) || length < 0 || length > size - 12) {
                throw new IOException(file + " does not end with a Parquet footer");
            }
            long start = size - 8 - length;
            FileMetaData footer = Util.readFileMetaData(new ByteArrayInputStream(read(channel, start, length).array()));
            footer.setCreated_by(createdBy);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(length + 64);
            Util.writeFileMetaData(footer, bytes);
            ByteBuffer written = ByteBuffer.allocate(bytes.size() + 8).order(ByteOrder.LITTLE_ENDIAN);
            written.put(bytes.toByteArray()).putInt(bytes.size()).put(MAGIC).flip();
            channel.truncate(start);
            while (written.hasRemaining()) {
                channel.write(written, start + written.position());
            }
        }
    }

    private static ByteBuffer read(FileChannel channel, long at, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, at + buffer.position()) < 0) {
                throw new IOException("a Parquet file ends before its footer");
            }
        }
        return buffer;
    }
}
