package org.newsquotes.validate;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.newsquotes.model.Claim;
import org.newsquotes.model.ClaimGroup;
import org.newsquotes.model.ClaimPosition;
import org.newsquotes.model.Dataset;
import org.newsquotes.model.Document;
import org.newsquotes.model.Ids;
import org.newsquotes.model.Origin;
import org.newsquotes.model.Outlet;
import org.newsquotes.model.Quote;
import org.newsquotes.model.Segment;
import org.newsquotes.model.Speaker;
import org.newsquotes.model.UtteranceGroup;
import org.newsquotes.schema.Violation;
import org.newsquotes.schema.Severity;
import org.newsquotes.schema.RuleDescriptor;
import org.newsquotes.schema.Messages;

/**
 * The shape of ids, so that they sort, join and read the same everywhere (dataset/FORMAT.md):
 * <ul>
 * <li>{@code id.pattern}: every id is lower-case letters and digits joined by single hyphens;
 * document ids are {@code d} and three digits ({@code d002}), quote ids the document id, {@code -q} and
 * two or more digits ({@code d002-q01}), claim ids the same with {@code -c}, utterance groups start
 * with {@code u-} and claim groups with {@code cg-}; segment ids and the positions of a claim group
 * are lower-case words.</li>
 * <li>{@code id.document-prefix}: a quote's or claim's id starts with the id of the document it is
 * in, so that the id alone says where to find it.</li>
 * <li>{@code document.id.source-prefix}: a document's three digits are the three digits its source
 * file's name starts with ({@code d002} for {@code 002_7490f935fa1dc7f3.txt}).</li>
 * <li>{@code document.file-name}: a document's file is named after its id ({@code d002.yaml}).</li>
 * </ul>
 */
public final class IdRules implements Rule {

    /** An id of the wrong shape. */
    public static final RuleDescriptor PATTERN = new RuleDescriptor("id.pattern", Severity.ERROR,
            "Ids are lower-case letters and digits joined by single hyphens; documents are d + 3 digits (d002),"
                    + " quotes d002-q01, claims d002-c01, utterance groups u-…, claim groups cg-….");

    /** A quote or claim whose id names another document. */
    public static final RuleDescriptor DOCUMENT_PREFIX = new RuleDescriptor("id.document-prefix", Severity.ERROR,
            "A quote's or claim's id starts with the id of the document it is in.");

    /** A document id that does not match its source file. */
    public static final RuleDescriptor SOURCE_PREFIX = new RuleDescriptor("document.id.source-prefix",
            Severity.ERROR, "A document's id is d and the three digits its source file's name starts with.");

    /** A document file not named after its id. */
    public static final RuleDescriptor FILE_NAME = new RuleDescriptor("document.file-name", Severity.ERROR,
            "A document's file is named after its id: documents/d002.yaml holds id d002.");

    @Override
    public List<RuleDescriptor> descriptors() {
        return List.of(PATTERN, DOCUMENT_PREFIX, SOURCE_PREFIX, FILE_NAME);
    }

    @Override
    public void check(Dataset dataset, Consumer<Violation> violations) {
        for (Outlet o : dataset.outlets()) {
            pattern("outlet", o.id(), o.origin(), Ids.ID_PATTERN, "lower-case letters and digits joined by single"
                    + " hyphens", violations);
        }
        for (Speaker s : dataset.speakers()) {
            pattern("speaker", s.id(), s.origin(), Ids.ID_PATTERN, "lower-case letters and digits joined by single"
                    + " hyphens", violations);
        }
        for (UtteranceGroup u : dataset.utterances()) {
            pattern("utterance group", u.id(), u.origin(), Ids.UTTERANCE_PATTERN, "u- and lower-case words joined by"
                    + " hyphens, such as u-lavrov-written-response", violations);
        }
        for (ClaimGroup g : dataset.claimGroups()) {
            pattern("claim group", g.id(), g.origin(), Ids.CLAIM_GROUP_PATTERN, "cg- and lower-case words joined by"
                    + " hyphens, such as cg-meeting-duration", violations);
            for (ClaimPosition p : g.positions()) {
                pattern("position", p.id(), p.origin(), Ids.ID_PATTERN, "lower-case letters and digits joined by"
                        + " single hyphens", violations);
            }
        }
        for (Document d : dataset.documents()) {
            checkDocument(d, violations);
        }
    }

    private static void checkDocument(Document d, Consumer<Violation> violations) {
        boolean wellFormed = pattern("document", d.id(), d.origin(), Ids.DOCUMENT_PATTERN,
                "d and three digits, such as d002", violations);
        if (wellFormed && !d.source().startsWith(d.id().substring(1))) {
            violations.accept(SOURCE_PREFIX.violation(d.origin().of("id"), d.id(), "id", "document id "
                    + Messages.quoted(d.id()) + " does not match its source file " + Messages.quoted(d.source())
                    + ": the id is d and the three digits the file's name starts with"
                    + sourceDigits(d.source())));
        }
        String file = d.origin().record().file();
        String fileName = file.substring(file.lastIndexOf('/') + 1);
        if (!fileName.equals(d.id() + ".yaml")) {
            violations.accept(FILE_NAME.violation(d.origin().of("id"), d.id(), "id", "document "
                    + Messages.quoted(d.id()) + " is in " + fileName + "; rename the file to " + d.id() + ".yaml"));
        }
        for (Segment s : d.segments()) {
            pattern("segment", s.id(), s.origin(), Ids.ID_PATTERN, "lower-case letters and digits joined by single"
                    + " hyphens", violations);
        }
        for (Quote q : d.quotes()) {
            if (pattern("quote", q.id(), q.origin(), Ids.QUOTE_PATTERN, "the document id, -q and two or more digits,"
                    + " such as " + d.id() + "-q01", violations)) {
                documentPrefix("quote", q.id(), d, q.origin(), violations);
            }
        }
        for (Claim c : d.claims()) {
            if (pattern("claim", c.id(), c.origin(), Ids.CLAIM_PATTERN, "the document id, -c and two or more digits,"
                    + " such as " + d.id() + "-c01", violations)) {
                documentPrefix("claim", c.id(), d, c.origin(), violations);
            }
        }
    }

    private static String sourceDigits(String source) {
        return source.length() >= 3 && source.substring(0, 3).chars().allMatch(c -> c >= '0' && c <= '9')
                ? " (d" + source.substring(0, 3) + ")"
                : "";
    }

    private static boolean pattern(String recordKind, String id, Origin origin, Pattern pattern, String shape,
            Consumer<Violation> violations) {
        if (pattern.matcher(id).matches()) {
            return true;
        }
        violations.accept(PATTERN.violation(origin.of("id"), id, "id", recordKind + " id " + Messages.quoted(id)
                + " is not " + shape));
        return false;
    }

    private static void documentPrefix(String recordKind, String id, Document d, Origin origin,
            Consumer<Violation> violations) {
        if (!Ids.documentPart(id).equals(d.id())) {
            String fixed = d.id() + id.substring(id.indexOf('-'));
            violations.accept(DOCUMENT_PREFIX.violation(origin.of("id"), id, "id", recordKind + " id "
                    + Messages.quoted(id) + " is in document " + d.id() + "; its id starts with " + d.id()
                    + " (such as " + fixed + ")"));
        }
    }
}
