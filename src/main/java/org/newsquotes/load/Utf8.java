package org.newsquotes.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.newsquotes.schema.Utf8Check;

/** Strict UTF-8 decoding that says where the first bytes that are not UTF-8 are. */
final class Utf8 {

    private Utf8() {
    }

    /** The text of {@code bytes}, or where they stop being UTF-8. */
    static DecodedOrBad decode(byte[] bytes) {
        try {
            return new DecodedOrBad(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString(), null);
        } catch (CharacterCodingException e) {
            try {
                return new DecodedOrBad(null, Utf8Check.firstMalformed(new ByteArrayInputStream(bytes)).orElseThrow());
            } catch (IOException inMemory) {
                throw new UncheckedIOException("reading bytes in memory cannot fail", inMemory);
            }
        }
    }

    /**
     * The text, or where it is not UTF-8.
     *
     * @param text the decoded text, or null
     * @param bad where the bytes stop being UTF-8, or null
     */
    record DecodedOrBad(String text, Utf8Check.Place bad) {
    }
}
