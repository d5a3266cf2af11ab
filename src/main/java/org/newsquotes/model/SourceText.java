package org.newsquotes.model;

import java.util.OptionalInt;

/**
 * A source document's text, indexed by Unicode code points (as Python's {@code str} is), not by the
 * UTF-16 units that Java strings use.
 */
public final class SourceText {

    private final String name;
    private final String shownPath;
    private final String sha256;
    private final String text;
    private final int[] charIndexOfCodePoint;

    /**
     * @param name the source's file name
     * @param sha256 hex sha256 of the file's bytes
     * @param text the decoded text
     */
    public SourceText(String name, String sha256, String text) {
        this(name, name, sha256, text);
    }

    /**
     * @param name the source's file name
     * @param shownPath the file's path as shown in report locations, with {@code /} separators
     * @param sha256 hex sha256 of the file's bytes
     * @param text the decoded text
     */
    public SourceText(String name, String shownPath, String sha256, String text) {
        this.name = name;
        this.shownPath = shownPath;
        this.sha256 = sha256;
        this.text = text;
        int count = text.codePointCount(0, text.length());
        this.charIndexOfCodePoint = new int[count + 1];
        int charIndex = 0;
        for (int cp = 0; cp < count; cp++) {
            charIndexOfCodePoint[cp] = charIndex;
            charIndex += Character.charCount(text.codePointAt(charIndex));
        }
        charIndexOfCodePoint[count] = text.length();
    }

    /** The source's file name. */
    public String name() {
        return name;
    }

    /** The file's path as shown in report locations, such as {@code dataset/sources/002_x.txt}. */
    public String shownPath() {
        return shownPath;
    }

    /** Hex sha256 of the file's bytes. */
    public String sha256() {
        return sha256;
    }

    /** The whole text. */
    public String text() {
        return text;
    }

    /** Length in code points. */
    public int length() {
        return charIndexOfCodePoint.length - 1;
    }

    /** Whether {@code [start, end)} is a valid code-point span of this text. */
    public boolean isSpan(int start, int end) {
        return 0 <= start && start <= end && end <= length();
    }

    /**
     * The text between code points {@code start} (inclusive) and {@code end} (exclusive).
     *
     * @throws IndexOutOfBoundsException when {@link #isSpan} is false
     */
    public String slice(int start, int end) {
        if (!isSpan(start, end)) {
            throw new IndexOutOfBoundsException(
                    "span " + start + ".." + end + " is outside 0.." + length() + " of " + name);
        }
        return text.substring(charIndexOfCodePoint[start], charIndexOfCodePoint[end]);
    }

    /** The code point at code-point index {@code index}. */
    public int codePointAt(int index) {
        return text.codePointAt(charIndexOfCodePoint[index]);
    }

    /** The code-point index of the first occurrence of {@code needle} at or after {@code from}, if any. */
    public OptionalInt indexOf(String needle, int from) {
        if (from > length()) {
            return OptionalInt.empty();
        }
        int at = text.indexOf(needle, charIndexOfCodePoint[Math.max(0, from)]);
        return at < 0 ? OptionalInt.empty() : OptionalInt.of(text.codePointCount(0, at));
    }

    /** The 1-based line of the code point at {@code index}. */
    public int lineOf(int index) {
        int line = 1;
        int end = charIndexOfCodePoint[Math.min(index, length())];
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The 1-based column, in code points, of the code point at {@code index} within its line. */
    public int columnOf(int index) {
        int end = charIndexOfCodePoint[Math.min(index, length())];
        int lineStart = text.lastIndexOf('\n', end - 1) + 1;
        return text.codePointCount(lineStart, end) + 1;
    }

    /** The location of the code point at {@code index}: this file, its line and column. */
    public Location locationOf(int index) {
        return new Location(shownPath, lineOf(index), columnOf(index));
    }
}
