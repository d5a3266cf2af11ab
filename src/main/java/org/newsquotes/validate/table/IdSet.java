package org.newsquotes.validate.table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The set of key values seen in a table file, exact and compact: the uniqueness check of a file of
 * millions of rows keeps every id, and a {@code HashSet<String>} spends about 100 bytes on each.
 * Here an id costs its UTF-8 bytes and a length byte or two in an arena of fixed-size blocks, plus
 * one {@code long} slot of an open-addressing table kept at most three quarters full: about 25
 * bytes for an id of ten ASCII characters ({@link #bytesUsed()} says what it holds). The table is
 * cut into 256 segments by the hash's top bits, each growing on its own, so that growing never
 * needs twice the table's memory at once.
 */
public final class IdSet {

    private static final int BLOCK_BITS = 22;
    private static final int BLOCK_SIZE = 1 << BLOCK_BITS;
    private static final int TAG_BITS = 16;
    private static final long TAG_MASK = (1L << TAG_BITS) - 1;
    private static final int SEGMENT_BITS = 8;
    private static final int INITIAL_CAPACITY = 1 << 8;

    /**
     * The segments of the table; each slot is 0 when empty, else (address + 1) << 16 | the low 16
     * bits of the id's hash.
     */
    private final long[][] segments = new long[1 << SEGMENT_BITS][INITIAL_CAPACITY];
    private final int[] segmentSizes = new int[1 << SEGMENT_BITS];
    private final List<byte[]> blocks = new ArrayList<>();
    private byte[] block;
    private int blockUsed;
    private int size;
    private byte[] scratch = new byte[64];

    /** How many ids the set holds. */
    public int size() {
        return size;
    }

    /** The bytes of the set's arrays: its memory cost, without the few objects around them. */
    public long bytesUsed() {
        long arena = 0;
        for (byte[] b : blocks) {
            arena += b.length;
        }
        long slots = 0;
        for (long[] segment : segments) {
            slots += segment.length;
        }
        return 8 * slots + arena;
    }

    /**
     * Adds {@code id}.
     *
     * @return true when the set did not hold it yet
     */
    public boolean add(String id) {
        int length = encode(id);
        return add(scratch, 0, length);
    }

    /**
     * Adds the id whose UTF-8 is the {@code length} bytes of {@code utf8} from {@code offset}: the same
     * as adding {@code new String(utf8, offset, length, UTF_8)} when they are well-formed UTF-8.
     *
     * @return true when the set did not hold it yet
     */
    public boolean add(byte[] utf8, int offset, int length) {
        long hash = hash(utf8, offset, length);
        int segment = (int) (hash >>> (64 - SEGMENT_BITS));
        long[] slots = segments[segment];
        int mask = slots.length - 1;
        long tag = hash & TAG_MASK;
        for (int i = slotIndex(hash) & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) {
                slots[i] = (store(utf8, offset, length) + 1) << TAG_BITS | tag;
                size++;
                if (++segmentSizes[segment] > slots.length / 4 * 3) {
                    segments[segment] = grown(slots);
                }
                return true;
            }
            if ((slot & TAG_MASK) == tag && equalsStored((slot >>> TAG_BITS) - 1, utf8, offset, length)) {
                return false;
            }
        }
    }

    /** Writes the UTF-8 bytes of {@code id} into {@link #scratch}, growing it when needed; returns their number. */
    private int encode(String id) {
        int n = id.length();
        if (scratch.length < n) {
            scratch = new byte[Math.max(n, scratch.length * 2)];
        }
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            if (c >= 0x80) {
                byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
                if (scratch.length < utf8.length) {
                    scratch = new byte[utf8.length];
                }
                System.arraycopy(utf8, 0, scratch, 0, utf8.length);
                return utf8.length;
            }
            scratch[i] = (byte) c;
        }
        return n;
    }

    /** Stores length and bytes in the arena; returns the entry's address (block index, offset). */
    private long store(byte[] bytes, int offset, int length) {
        int entry = lengthBytes(length) + length;
        if (block == null || blockUsed + entry > block.length) {
            block = new byte[Math.max(BLOCK_SIZE, entry)];
            blocks.add(block);
            blockUsed = 0;
        }
        long address = (long) (blocks.size() - 1) << BLOCK_BITS | blockUsed;
        int at = blockUsed;
        int rest = length;
        while (rest >= 0x80) {
            block[at++] = (byte) (rest & 0x7F | 0x80);
            rest >>>= 7;
        }
        block[at++] = (byte) rest;
        System.arraycopy(bytes, offset, block, at, length);
        blockUsed = at + length;
        return address;
    }

    private boolean equalsStored(long address, byte[] bytes, int offset, int length) {
        byte[] b = blocks.get((int) (address >>> BLOCK_BITS));
        int at = (int) (address & (BLOCK_SIZE - 1));
        if (storedLength(b, at) != length) {
            return false;
        }
        at += lengthBytes(length);
        return Arrays.equals(b, at, at + length, bytes, offset, offset + length);
    }

    /** The length written at {@code at}: seven bits a byte, low bits first, the high bit saying more follow. */
    private static int storedLength(byte[] b, int at) {
        int length = 0;
        for (int shift = 0; ; shift += 7) {
            int x = b[at++];
            length |= (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                return length;
            }
        }
    }

    /** Which slot of its segment a hash starts looking at: bits that neither the segment nor the tag use. */
    private static int slotIndex(long hash) {
        return (int) (hash >>> 16);
    }

    private long[] grown(long[] old) {
        long[] slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long slot : old) {
            if (slot != 0) {
                int i = slotIndex(rehash(slot)) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = slot;
            }
        }
        return slots;
    }

    /** The hash of a stored entry, read back from the arena, to place it in the grown table. */
    private long rehash(long slot) {
        long address = (slot >>> TAG_BITS) - 1;
        byte[] b = blocks.get((int) (address >>> BLOCK_BITS));
        int at = (int) (address & (BLOCK_SIZE - 1));
        int length = storedLength(b, at);
        at += lengthBytes(length);
        return hash(b, at, length);
    }

    private static int lengthBytes(int length) {
        int n = 1;
        while (length >= 0x80) {
            length >>>= 7;
            n++;
        }
        return n;
    }

    /** FNV-1a over the bytes, then the 64-bit finaliser of MurmurHash3 to spread every bit. */
    private static long hash(byte[] bytes, int from, int length) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < from + length; i++) {
            h = (h ^ (bytes[i] & 0xFF)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
