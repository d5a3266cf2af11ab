package org.newsquotes.validate.table;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonRowReaderTest {

    /**
     * Bytes that the JSON parser, left to guess, takes for UTF-32 (a zero byte among the first four)
     * or UTF-16 (a byte-order mark): a row error at the start, whether read from a file or a piece,
     * rather than an exception of the parser's own or rows decoded from another encoding.
     */
    @ParameterizedTest
    @ValueSource(strings = {"{\u0000\u0000\u0000\"quote_id\":\"x\"}\n", "\u00ff\u00fe{\u0000}\u0000\n\u0000",
        "\u00fe\u00ff\u0000{\u0000}\u0000\n", "\u0000{}\n", "\u0000_\u0000\u0000\n", "\u0000\u0000\u0005\u0000\n"})
    void reportsBytesThatAreNotUtf8AtTheStart(String latin1, @TempDir Path dir) throws IOException {
        byte[] bytes = latin1.getBytes(StandardCharsets.ISO_8859_1);
        Path file = dir.resolve("rows.jsonl");
        Files.write(file, bytes);
        String expected = String.format("not well-formed JSON: byte 0x%02X is not UTF-8; save the file as UTF-8,"
                + " not UTF-16 or UTF-32", latin1.chars().filter(c -> c == 0 || c >= 0xfe).findFirst().orElseThrow());

        try (RowReader reader = RowReaders.open(file).orElseThrow()) {
            assertThatThrownBy(() -> reader.next(new Row())).isInstanceOf(RowFileException.class)
                    .hasMessage(expected).extracting("line").isEqualTo(1);
        }
        try (RowReader reader = RowReaders.jsonLines(bytes, 0, bytes.length)) {
            assertThatThrownBy(() -> reader.next(new Row())).isInstanceOf(RowFileException.class)
                    .hasMessage(expected);
        }
    }
}
