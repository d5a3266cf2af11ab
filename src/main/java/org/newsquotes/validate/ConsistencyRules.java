package org.newsquotes.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.newsquotes.model.Claim;
import org.newsquotes.model.Dataset;
import org.newsquotes.model.Document;
import org.newsquotes.model.Quote;
import org.newsquotes.model.QuoteKind;
import org.newsquotes.model.Units;
import org.newsquotes.model.UtteranceGroup;
import org.newsquotes.model.Voice;
import org.newsquotes.schema.Violation;
import org.newsquotes.schema.Severity;
import org.newsquotes.schema.RuleDescriptor;
import org.newsquotes.schema.Messages;

/**
 * Fields of one record, or of a record and its group, that must agree:
 * <ul>
 * <li>{@code utterance.speaker.shared}: every quote in an utterance group has the group's speaker;
 * one statement has one speaker.</li>
 * <li>{@code quote.scare.unattributed}: a scare quote has no speaker, no speaker_as_written and no
 * cue: nobody speaks in it.</li>
 * <li>{@code quote.speaker.required}: every other quote names its speaker, or has a note saying why
 * the speaker is unknown.</li>
 * <li>{@code claim.voice.claimant}: a claim in the document's own voice ({@code outlet}) has no
 * claimant; an {@code attributed} claim names one.</li>
 * <li>{@code claim.value.unit}: a claim's value comes with its unit, and a unit with a value.</li>
 * <li>{@code claim.unit.known}: a claim's unit is one of the table of units ({@link Units}), so that
 * its normalised value and unit follow from its value and unit.</li>
 * </ul>
 */
public final class ConsistencyRules implements Rule {

    /** A member quote with another speaker than its group. */
    public static final RuleDescriptor UTTERANCE_SPEAKER = new RuleDescriptor("utterance.speaker.shared",
            Severity.ERROR, "Every quote in an utterance group has the group's speaker.");

    /** A scare quote with a speaker or cue. */
    public static final RuleDescriptor SCARE = new RuleDescriptor("quote.scare.unattributed", Severity.ERROR,
            "A scare quote has no speaker, no speaker_as_written and no cue.");

    /** A quote without speaker or note. */
    public static final RuleDescriptor SPEAKER_REQUIRED = new RuleDescriptor("quote.speaker.required",
            Severity.ERROR, "A quote that is not a scare quote names its speaker, or its note says why it cannot.");

    /** voice and claimant disagree. */
    public static final RuleDescriptor VOICE = new RuleDescriptor("claim.voice.claimant", Severity.ERROR,
            "An attributed claim names its claimant; a claim in the outlet's own voice has none.");

    /** value without unit, or unit without value. */
    public static final RuleDescriptor VALUE_UNIT = new RuleDescriptor("claim.value.unit", Severity.ERROR,
            "A claim's value and unit are set together or not at all.");

    /** A unit the table of units does not know. */
    public static final RuleDescriptor UNIT_KNOWN = new RuleDescriptor("claim.unit.known", Severity.ERROR,
            "A claim's unit is one the table of units in dataset/FORMAT.md knows (" + String.join(", ", Units.names())
                    + "). The exports derive normalised_value and normalised_unit from value and unit by that table, so"
                    + " the normalised value follows from the value and unit by construction.");

    @Override
    public List<RuleDescriptor> descriptors() {
        return List.of(UTTERANCE_SPEAKER, SCARE, SPEAKER_REQUIRED, VOICE, VALUE_UNIT, UNIT_KNOWN);
    }

    @Override
    public void check(Dataset dataset, Consumer<Violation> violations) {
        Map<String, UtteranceGroup> groups = new HashMap<>();
        dataset.utterances().forEach(u -> groups.putIfAbsent(u.id(), u));
        for (Document d : dataset.documents()) {
            for (Quote q : d.quotes()) {
                quote(q, groups, violations);
            }
            for (Claim c : d.claims()) {
                claim(c, violations);
            }
        }
    }

    private static void quote(Quote q, Map<String, UtteranceGroup> groups, Consumer<Violation> violations) {
        UtteranceGroup group = q.utterance() == null ? null : groups.get(q.utterance());
        if (group != null && q.speaker() != null && !group.speaker().equals(q.speaker())) {
            violations.accept(UTTERANCE_SPEAKER.violation(q.origin().of("speaker"), q.id(), "speaker", "quote "
                    + q.id() + " has speaker " + q.speaker() + " but its utterance group " + group.id() + " has "
                    + group.speaker() + "; one statement has one speaker"));
        }
        if (q.kind() == QuoteKind.SCARE) {
            String field = q.speaker() != null ? "speaker"
                    : q.speakerAsWritten() != null ? "speaker_as_written" : q.cue() != null ? "cue" : null;
            if (field != null) {
                violations.accept(SCARE.violation(q.origin().of(field), q.id(), field, "scare quote " + q.id()
                        + " has a " + field + "; nobody speaks in a scare quote: set speaker, speaker_as_written and"
                        + " cue to null, or change its kind"));
            }
        } else if (q.speaker() == null && q.note() == null) {
            violations.accept(SPEAKER_REQUIRED.violation(q.origin().of("speaker"), q.id(), "speaker", q.kind().code()
                    + " quote " + q.id() + " has no speaker; name the speaker, or say in its note why it is unknown"));
        }
    }

    private static void claim(Claim c, Consumer<Violation> violations) {
        if (c.voice() == Voice.ATTRIBUTED && c.claimant() == null) {
            violations.accept(VOICE.violation(c.origin().of("claimant"), c.id(), "claimant", "claim " + c.id()
                    + " is attributed but has no claimant; name the speaker, or set voice: outlet"));
        } else if (c.voice() == Voice.OUTLET && c.claimant() != null) {
            violations.accept(VOICE.violation(c.origin().of("voice"), c.id(), "voice", "claim " + c.id()
                    + " is in the outlet's own voice but has claimant " + c.claimant()
                    + "; set voice: attributed, or claimant: null"));
        }
        if ((c.value() == null) != (c.unit() == null)) {
            String field = c.value() == null ? "value" : "unit";
            violations.accept(VALUE_UNIT.violation(c.origin().of(field), c.id(), field, "claim " + c.id()
                    + (c.value() == null ? " has unit " + Messages.quoted(c.unit()) + " but no value"
                            : " has value " + c.value().toPlainString() + " but no unit")
                    + "; set both, or neither"));
        }
        if (c.unit() != null && Units.of(c.unit()).isEmpty()) {
            violations.accept(UNIT_KNOWN.violation(c.origin().of("unit"), c.id(), "unit", "claim " + c.id()
                    + " has unit " + Messages.quoted(c.unit()) + ", which the table of units does not know"
                    + Messages.suggestion(c.unit(), Units.names()) + "; use a singular unit from the table in"
                    + " dataset/FORMAT.md, or add the unit and its conversion to the table"));
        }
    }
}
