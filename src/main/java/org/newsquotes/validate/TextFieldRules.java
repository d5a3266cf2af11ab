package org.newsquotes.validate;

import java.text.Normalizer;
import java.util.List;
import java.util.function.Consumer;
import org.newsquotes.model.Dataset;
import org.newsquotes.schema.Violation;
import org.newsquotes.schema.Severity;
import org.newsquotes.schema.RuleDescriptor;
import org.newsquotes.schema.Messages;

/**
 * Rules every text value in the dataset follows, whatever its field:
 * <ul>
 * <li>{@code text.blank}: no empty or blank text. Unknown is written {@code null}, so an empty
 * string would be a second way of saying it (and CSV cannot tell the two apart).</li>
 * <li>{@code text.length}: ids and references at most 64 code points; names, labels, codes and short
 * verbatim phrases (name, aliases, role, affiliation, cue, unit, speaker_as_written, headline,
 * dateline, wire_credit, published_as_printed, language, country, source, sha256) at most 200;
 * prose, verbatim spans and addresses (notes, evidence, statements, summaries, quote and claim text,
 * url) at most 2000. Longer values are almost always a paste gone wrong.</li>
 * <li>{@code text.edge-whitespace}: no white space at the start or end, which is invisible in review
 * and breaks joins.</li>
 * <li>{@code text.nfc}: Unicode Normalization Form C, so that the same word is always the same code
 * points (an "é" is one code point, not "e" plus an accent).</li>
 * <li>{@code text.control-char}: no control characters (tabs, carriage returns, escapes); a quote's
 * or claim's verbatim text may hold line breaks ({@code \n}) when the source does.</li>
 * </ul>
 */
public final class TextFieldRules implements Rule {

    /** Empty or blank text. */
    public static final RuleDescriptor BLANK = new RuleDescriptor("text.blank", Severity.ERROR,
            "Text is never empty or blank: write null for an unknown value.");

    /** Text longer than its field allows. */
    public static final RuleDescriptor LENGTH = new RuleDescriptor("text.length", Severity.ERROR,
            "Ids and references are at most 64 code points long; names, labels, codes and short phrases at most"
                    + " 200; notes, evidence, statements, verbatim spans and addresses at most 2000.");

    /** White space at either end. */
    public static final RuleDescriptor EDGE_WHITESPACE = new RuleDescriptor("text.edge-whitespace", Severity.ERROR,
            "Text has no white space at its start or end.");

    /** Text not in NFC. */
    public static final RuleDescriptor NFC = new RuleDescriptor("text.nfc", Severity.ERROR,
            "Text is in Unicode Normalization Form C (NFC), so that equal words are equal code points.");

    /** A control character. */
    public static final RuleDescriptor CONTROL_CHAR = new RuleDescriptor("text.control-char", Severity.ERROR,
            "Text holds no control characters; only a quote's or claim's verbatim text may hold line breaks (\\n).");

    @Override
    public List<RuleDescriptor> descriptors() {
        return List.of(BLANK, LENGTH, EDGE_WHITESPACE, NFC, CONTROL_CHAR);
    }

    @Override
    public void check(Dataset dataset, Consumer<Violation> violations) {
        TextFields.forEach(dataset, f -> check(f, violations));
    }

    private static void check(TextFields.TextField f, Consumer<Violation> violations) {
        String value = f.value();
        String what = "field " + Messages.quoted(f.field()) + " of " + f.recordKind() + " " + f.recordId();
        if (value.isBlank()) {
            violations.accept(BLANK.violation(f.origin().of(f.field()), f.recordId(), f.field(),
                    what + " is " + (value.isEmpty() ? "empty" : "blank " + Messages.quoted(value))
                            + "; write null when the value is unknown"));
            return;
        }
        int length = value.codePointCount(0, value.length());
        if (length > f.kind().maxLength) {
            violations.accept(LENGTH.violation(f.origin().of(f.field()), f.recordId(), f.field(),
                    what + " is " + length + " code points long; at most " + f.kind().maxLength + " are allowed: "
                            + Messages.quoted(value)));
        }
        int first = value.codePointAt(0);
        int last = value.codePointBefore(value.length());
        if (isWhitespace(first) || isWhitespace(last)) {
            violations.accept(EDGE_WHITESPACE.violation(f.origin().of(f.field()), f.recordId(), f.field(),
                    what + " " + Messages.quoted(value) + " has white space at its "
                            + (isWhitespace(first) ? (isWhitespace(last) ? "start and end" : "start") : "end")
                            + "; remove it" + (f.verbatimSpan() ? " and move the offsets with it" : "")));
        }
        if (!Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
            String nfc = Normalizer.normalize(value, Normalizer.Form.NFC);
            violations.accept(NFC.violation(f.origin().of(f.field()), f.recordId(), f.field(),
                    what + " " + Messages.quoted(value) + " is not in Unicode NFC: it has " + length
                            + " code points where NFC has " + nfc.codePointCount(0, nfc.length())
                            + " (a letter and a separate accent, for example); write it as " + Messages.quoted(nfc)
                            + " in NFC"));
        }
        int control = firstControl(value, f.verbatimSpan());
        if (control >= 0) {
            violations.accept(CONTROL_CHAR.violation(f.origin().of(f.field()), f.recordId(), f.field(),
                    what + " holds the control character " + codePoint(control) + ": " + Messages.quoted(value)));
        }
    }

    /** White space in the broad sense: Java's white space and the no-break spaces. */
    static boolean isWhitespace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** {@code U+0009}: a code point as Unicode writes it. */
    static String codePoint(int cp) {
        return String.format(java.util.Locale.ROOT, "U+%04X", cp);
    }

    private static int firstControl(String value, boolean lineBreaksAllowed) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.getType(c) == Character.CONTROL && !(lineBreaksAllowed && c == '\n')) {
                return c;
            }
        }
        return -1;
    }
}
