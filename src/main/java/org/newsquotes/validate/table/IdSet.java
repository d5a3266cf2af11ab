package org.newsquotes.validate.table;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The set of key values seen in a table file, exact and compact: the uniqueness check of a file of
 * millions of rows keeps every id, and a {@code HashSet<String>} spends about 100 bytes on each.
 * Here an id costs its UTF-8 bytes and a length byte or two in an arena of fixed-size blocks, plus
 * one slot of an open-addressing table kept at most three quarters full: the entry's address in an
 * {@code int} and one byte of the id's hash, which spares most comparisons with the arena. About 20
 * bytes for an id of ten ASCII characters ({@link #bytesUsed()} says what it holds). The table is
 * cut into 256 segments by the hash's top bits, each growing on its own, so that growing never
 * needs twice the table's memory at once. The arena holds at most 4 GiB (less 4 MiB) of ids.
 *
 * <p>On a large table nearly every look-up misses the processor's caches, and growing a segment reads
 * every one of its ids back from the arena, at random. Two things spare most of that: {@link #expect}
 * sizes the table once for the ids a file is expected to hold, and {@link #prefetch} touches the slots
 * of a batch of ids, which the processor then fetches all at once rather than one after another, just
 * before they are added.
 */
public final class IdSet {

    /** The bytes of one slot of the table: an entry's address and a byte of its hash. */
    private static final int SLOT_BYTES = Integer.BYTES + 1;
    /** Eight bytes of an array at once, for {@link #hash}. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final int BLOCK_BITS = 22;
    private static final int BLOCK_SIZE = 1 << BLOCK_BITS;
    /** Blocks an {@code int} address can name, but for the one whose last address + 1 would be 0. */
    private static final int MAX_BLOCKS = (1 << (Integer.SIZE - BLOCK_BITS)) - 1;
    private static final int SEGMENT_BITS = 8;
    private static final int INITIAL_CAPACITY = 1 << 8;
    /** The most ids {@link #expect} makes room for in one segment: three quarters of the largest table. */
    private static final int MAX_SEGMENT_IDS = (1 << 30) / 4 * 3;

    /** The segments of the table; each slot is 0 when empty, else the entry's address + 1, unsigned. */
    private final int[][] segments = new int[1 << SEGMENT_BITS][INITIAL_CAPACITY];
    /** For each slot of {@link #segments}, the low byte of its id's hash. */
    private final byte[][] tags = new byte[1 << SEGMENT_BITS][INITIAL_CAPACITY];
    private final int[] segmentSizes = new int[1 << SEGMENT_BITS];
    private final List<byte[]> blocks = new ArrayList<>();
    private byte[] block;
    private int blockUsed;
    private int size;
    private byte[] scratch = new byte[64];
    /** What {@link #prefetch} read, kept so that its reads are not optimised away. */
    private int touched;

    /** How many ids the set holds. */
    public int size() {
        return size;
    }

    /**
     * The bytes of the set's arrays: its memory cost, without the few objects around them. Makes no
     * object, so that it can be asked once the heap has run out.
     */
    public long bytesUsed() {
        long slots = 0;
        for (int segment = 0; segment < segments.length; segment++) {
            slots += segments[segment].length;
        }
        return SLOT_BYTES * slots + (long) BLOCK_SIZE * blocks.size();
    }

    /**
     * About the bytes that {@code ids} ids of the mean size of those held would take, as
     * {@link #bytesUsed} counts them: the arena's blocks for their entries, and a table of the size that
     * adding them grows it to. 0 when the set is empty.
     */
    public long bytesFor(long ids) {
        if (size == 0) {
            return 0;
        }
        double entryBytes = ((double) (blocks.size() - 1) * BLOCK_SIZE + blockUsed) / size;
        long capacity = capacityFor((ids + segments.length - 1) / segments.length);
        long blocksNeeded = ((long) (entryBytes * ids) + BLOCK_SIZE - 1) / BLOCK_SIZE;
        return blocksNeeded * BLOCK_SIZE + SLOT_BYTES * capacity * segments.length;
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
        return add(utf8, offset, length, hash(utf8, offset, length));
    }

    /**
     * {@link #add(byte[], int, int)} with the id's {@link #hash}, worked out beforehand, perhaps on
     * another thread.
     */
    public boolean add(byte[] utf8, int offset, int length, long hash) {
        int segment = segmentOf(hash);
        int[] slots = segments[segment];
        byte[] slotTags = tags[segment];
        int mask = slots.length - 1;
        byte tag = (byte) hash;
        for (int i = slotIndex(hash) & mask; ; i = (i + 1) & mask) {
            int slot = slots[i];
            if (slot == 0) {
                slots[i] = store(utf8, offset, length) + 1;
                slotTags[i] = tag;
                size++;
                if (++segmentSizes[segment] > slots.length / 4 * 3) {
                    resize(segment, slots.length * 2);
                }
                return true;
            }
            if (slotTags[i] == tag && equalsStored(slot - 1, utf8, offset, length)) {
                return false;
            }
        }
    }

    /**
     * Makes room for {@code ids} ids in all, so that adding them does not grow the table, in at most
     * {@code maxTableBytes} bytes of table (less room when that is too little); the arena still grows
     * as ids come. Does nothing to a segment that already has that room.
     */
    public void expect(long ids, long maxTableBytes) {
        long capacity = capacityFor(Math.min(ids >> SEGMENT_BITS, MAX_SEGMENT_IDS));
        while (capacity > INITIAL_CAPACITY && (long) SLOT_BYTES * capacity * segments.length > maxTableBytes) {
            capacity /= 2;
        }
        for (int segment = 0; segment < segments.length; segment++) {
            if (capacity > segments[segment].length) {
                resize(segment, (int) capacity);
            }
        }
    }

    /** The slots of a segment that holds {@code ids} ids at most three quarters full: a power of two. */
    private static long capacityFor(long ids) {
        long capacity = INITIAL_CAPACITY;
        while (capacity / 4 * 3 < ids) {
            capacity *= 2;
        }
        return capacity;
    }

    /**
     * Reads the first slot of each of {@code count} ids about to be added, so that the processor has
     * them in its caches by then: the ids whose {@link #hash} is {@code hashes[i]}, where
     * {@code present[i]} is 0 or more (a value below 0 stands for no id). Changes nothing in the set.
     */
    public void prefetch(long[] hashes, int[] present, int count) {
        int sum = 0;
        for (int i = 0; i < count; i++) {
            if (present[i] >= 0) {
                long hash = hashes[i];
                int segment = segmentOf(hash);
                int[] slots = segments[segment];
                int at = slotIndex(hash) & (slots.length - 1);
                sum += slots[at] + tags[segment][at];
            }
        }
        touched += sum;
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
    private int store(byte[] bytes, int offset, int length) {
        int entry = lengthBytes(length) + length;
        if (block == null || blockUsed + entry > block.length) {
            if (blocks.size() == MAX_BLOCKS || entry > BLOCK_SIZE) {
                throw new IllegalStateException("the uniqueness check holds at most " + MAX_BLOCKS * (long) BLOCK_SIZE
                        + " bytes of ids, and ids of at most " + (BLOCK_SIZE - lengthBytes(BLOCK_SIZE)) + " bytes");
            }
            block = new byte[BLOCK_SIZE];
            blocks.add(block);
            blockUsed = 0;
        }
        int address = (blocks.size() - 1) << BLOCK_BITS | blockUsed;
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

    private boolean equalsStored(int address, byte[] bytes, int offset, int length) {
        byte[] b = blocks.get(address >>> BLOCK_BITS);
        int at = address & (BLOCK_SIZE - 1);
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
    /** The segment of an id: its hash's top bits. */
    private static int segmentOf(long hash) {
        return (int) (hash >>> (64 - SEGMENT_BITS));
    }

    private static int slotIndex(long hash) {
        return (int) (hash >>> 8);
    }

    /** Gives a segment a table of {@code capacity} slots, placing each entry again by its hash, read back from the arena. */
    private void resize(int segment, int capacity) {
        int[] old = segments[segment];
        byte[] oldTags = tags[segment];
        int[] slots = new int[capacity];
        byte[] slotTags = new byte[slots.length];
        int mask = slots.length - 1;
        for (int j = 0; j < old.length; j++) {
            if (old[j] != 0) {
                int i = slotIndex(storedHash(old[j] - 1)) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = old[j];
                slotTags[i] = oldTags[j];
            }
        }
        segments[segment] = slots;
        tags[segment] = slotTags;
    }

    /** The hash of the entry at {@code address}. */
    private long storedHash(int address) {
        byte[] b = blocks.get(address >>> BLOCK_BITS);
        int at = address & (BLOCK_SIZE - 1);
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

    /**
     * The hash by which the set places an id, given as {@code length} bytes of UTF-8 from {@code from}:
     * the bytes eight at a time, each word multiplied in and its high bits folded down, the last few
     * bytes as one word, the length mixed in first; then the 64-bit finaliser of MurmurHash3 to spread
     * every bit.
     */
    public static long hash(byte[] bytes, int from, int length) {
        long h = 0xcbf29ce484222325L ^ length;
        int i = from;
        int end = from + length;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            h = (h ^ (long) LONGS.get(bytes, i)) * 0x9e3779b97f4a7c15L;
            h ^= h >>> 29;
        }
        long last = 0;
        for (int shift = 0; i < end; i++, shift += Byte.SIZE) {
            last |= (bytes[i] & 0xFFL) << shift;
        }
        h = (h ^ last) * 0x9e3779b97f4a7c15L;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
