package org.newsquotes.export.parquet;

/**
 * Parquet's RLE / bit-packing hybrid encoding of small whole numbers (levels and dictionary
 * indices): a run of at least eight equal values becomes one repeated run, the rest are bit-packed
 * in groups of eight, least significant bit first. A final group is padded with zeros; the page's
 * value count tells readers where the values end.
 */
final class HybridEncoding {

    /** The shortest run worth a repeated run: a bit-packed group holds eight values. */
    private static final int MIN_REPEAT = 8;
    /** Bit-packed groups per run header, so that the header fits in one byte as parquet-java writes it. */
    private static final int MAX_GROUPS = 63;

    private HybridEncoding() {
    }

    /** The number of bits that {@code maxValue}, zero or more, needs. */
    static int bitWidth(int maxValue) {
        return 32 - Integer.numberOfLeadingZeros(maxValue);
    }

    /** Appends the first {@code count} of {@code values}, each below {@code 2^bitWidth}, to {@code out}. */
    static void encode(int[] values, int count, int bitWidth, ByteSink out) {
        int literalStart = 0;
        int i = 0;
        while (i < count) {
            int value = values[i];
            int end = i + 1;
            while (end < count && values[end] == value) {
                end++;
            }
            int run = end - i;
            if (run < MIN_REPEAT) {
                i = end;
                continue;
            }
            int pending = i - literalStart;
            if (pending > 0) {
                // Bit-packed runs hold whole groups of eight: the repeated values fill the last one.
                int fill = (MIN_REPEAT - pending % MIN_REPEAT) % MIN_REPEAT;
                bitPack(values, literalStart, i + fill, bitWidth, out);
                i += fill;
                run -= fill;
            }
            if (run >= MIN_REPEAT) {
                repeat(value, run, bitWidth, out);
                i += run;
                literalStart = i;
            } else {
                literalStart = i;
                i += run;
            }
        }
        if (literalStart < count) {
            bitPack(values, literalStart, count, bitWidth, out);
        }
    }

    private static void repeat(int value, int count, int bitWidth, ByteSink out) {
        out.writeUnsignedVarInt(count << 1);
        for (int written = 0; written < bitWidth; written += 8) {
            out.write(value >>> written);
        }
    }

    /** Bit-packs values {@code from} (inclusive) to {@code to}, zero-padded to a multiple of eight. */
    private static void bitPack(int[] values, int from, int to, int bitWidth, ByteSink out) {
        int groups = (to - from + MIN_REPEAT - 1) / MIN_REPEAT;
        int index = from;
        while (groups > 0) {
            int chunk = Math.min(groups, MAX_GROUPS);
            out.writeUnsignedVarInt(chunk << 1 | 1);
            // Eight values of bitWidth bits make bitWidth bytes.
            int at = out.reserve(chunk * bitWidth);
            byte[] bytes = out.array();
            int whole = bitWidth <= 8 ? Math.min(chunk, (to - index) / MIN_REPEAT) : 0;
            for (int group = 0; group < whole; group++, index += MIN_REPEAT) {
                long bits = 0;
                for (int k = 0; k < MIN_REPEAT; k++) {
                    bits |= (long) values[index + k] << (k * bitWidth);
                }
                for (int b = 0; b < bitWidth; b++) {
                    bytes[at++] = (byte) (bits >>> (8 * b));
                }
            }
            long bits = 0;
            int bitCount = 0;
            for (int n = (chunk - whole) * MIN_REPEAT; n > 0; n--, index++) {
                long value = index < to ? values[index] : 0;
                bits |= value << bitCount;
                bitCount += bitWidth;
                while (bitCount >= 8) {
                    bytes[at++] = (byte) bits;
                    bits >>>= 8;
                    bitCount -= 8;
                }
            }
            groups -= chunk;
        }
    }
}
