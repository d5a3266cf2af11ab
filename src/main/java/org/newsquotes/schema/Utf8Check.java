package org.newsquotes.schema;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where bytes stop being UTF-8, found by decoding them in order, so that a file that is not UTF-8 is
 * reported at the line that holds the bad bytes, not where a reader's buffer happened to be.
 */
public final class Utf8Check {

    private Utf8Check() {
    }

    /**
     * Where the first bytes that are not UTF-8 are.
     *
     * @param line the 1-based line, counting line feeds
     * @param column the 1-based column, in code points of the characters before them on that line
     */
    public record Place(int line, int column) {
    }

    /**
     * The text of {@code bytes}, or where they stop being UTF-8.
     *
     * @param text the decoded text, or null
     * @param bad where the bytes stop being UTF-8, or null
     */
    public record Decoded(String text, Place bad) {
    }

    /** The text of {@code bytes}, decoded strictly, or where they stop being UTF-8. */
    public static Decoded decode(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        try {
            Optional<Place> bad = scan(new ByteArrayInputStream(bytes), text);
            return bad.isPresent() ? new Decoded(null, bad.get()) : new Decoded(text.toString(), null);
        } catch (IOException inMemory) {
            throw new UncheckedIOException("reading bytes in memory cannot fail", inMemory);
        }
    }

    /** The place of the first bytes of {@code in} that are not UTF-8, or empty when all are. */
    public static Optional<Place> firstMalformed(InputStream in) throws IOException {
        return scan(in, null);
    }

    /** Decodes {@code in} in order, adding its characters to {@code text} when it is not null. */
    private static Optional<Place> scan(InputStream in, StringBuilder text) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        int line = 1;
        int column = 1;
        boolean atEnd = false;
        while (true) {
            int n = atEnd ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
            atEnd = n < 0;
            bytes.position(bytes.position() + Math.max(n, 0)).flip();
            CoderResult result = decoder.decode(bytes, chars, atEnd);
            chars.flip();
            if (text != null) {
                text.append(chars, 0, chars.remaining());
            }
            while (chars.hasRemaining()) {
                char c = chars.get();
                if (c == '\n') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
            chars.clear();
            if (result.isError()) {
                return Optional.of(new Place(line, column));
            }
            bytes.compact();
            if (atEnd && !result.isOverflow()) {
                return Optional.empty();
            }
        }
    }
}
