package org.newsquotes.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict UTF-8 decoding that says where the first bytes that are not UTF-8 are. */
final class Utf8 {

    private Utf8() {
    }

    /**
     * Where the first bytes that are not UTF-8 are: the 1-based line, and the 1-based column in code
     * points of the characters before them on that line.
     *
     * @param line the line
     * @param column the column
     */
    record BadBytes(int line, int column) {
    }

    /** The text of {@code bytes}, or where they stop being UTF-8. */
    static DecodedOrBad decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new DecodedOrBad(null, where(out.flip().toString()));
        }
        decoder.flush(out);
        return new DecodedOrBad(out.flip().toString(), null);
    }

    /**
     * The text, or where it is not UTF-8.
     *
     * @param text the decoded text, or null
     * @param bad where the bytes stop being UTF-8, or null
     */
    record DecodedOrBad(String text, BadBytes bad) {

        /** The text, when the bytes were UTF-8. */
        Optional<String> decoded() {
            return Optional.ofNullable(text);
        }
    }

    private static BadBytes where(String before) {
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        String lastLine = before.substring(before.lastIndexOf('\n') + 1);
        return new BadBytes(line, lastLine.codePointCount(0, lastLine.length()) + 1);
    }
}
