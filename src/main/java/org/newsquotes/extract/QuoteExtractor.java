package org.newsquotes.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsquotes.model.QuoteKind;
import org.newsquotes.model.Speaker;
import org.newsquotes.model.SourceText;

/**
 * The baseline extractor: finds every quotation between quotation marks in a text, with its cue verb,
 * speaker and kind, by the fixed rules below. Nothing is learnt and nothing is fetched; the same text
 * and registry give the same quotes.
 *
 * <ol>
 * <li>Quotation marks are paired as {@link MarkPairing} says.</li>
 * <li>The <em>cue clause</em> of a quotation is the reporter's text around it, up to the end of the
 * sentence or the next quotation: first the text after the closing mark (unless the quotation ends
 * with {@code .}, {@code !} or {@code ?} and the next word is capitalised: a new sentence), then the
 * text before the opening mark. The cue is the first verb of {@link CueVerbs} in the clause after, or
 * the last in the clause before.</li>
 * <li>The speaker is the mention right next to the cue (before it, or right after it: "said
 * Lavrov"; one word may come between, as in "Lavrov also said"): a registry alias (speakers.yaml),
 * else a capitalised name, else a pronoun (he, she, they, it), which stands for the last speaker found.
 * With no mention next to the cue, the registry alias nearest to it in the clause, else the nearest
 * capitalised name. A quotation with no cue that opens its paragraph or its sentence is given the
 * last speaker, as news reports run a speaker's quotes on ("…," he said. "More words.").</li>
 * <li>The kind: {@code full} when the quotation is a whole clause, that is when its first letter is
 * a capital and either it ends with {@code . ! ? … , ;} (before any closing mark or bracket), or runs
 * on into the next paragraph, or a colon introduces it; else {@code scare} when it has no cue and at
 * most {@value #SCARE_MAX_WORDS} words; else {@code fragment}. A quotation inside another has no cue
 * or speaker of its own, and is scare when it is short and not a whole clause.</li>
 * <li>The parts of a quotation that runs over paragraphs share the cue and speaker found for the first
 * part that has a cue.</li>
 * </ol>
 */
public final class QuoteExtractor {

    /** The most words a quotation without a cue may have to be taken for a scare quote. */
    public static final int SCARE_MAX_WORDS = 4;

    private final List<Speaker> speakers;

    /** @param speakers the registry whose aliases name speakers */
    public QuoteExtractor(List<Speaker> speakers) {
        this.speakers = List.copyOf(speakers);
    }

    /** Every quotation in {@code source}, in text order. */
    public List<ExtractedQuote> extract(SourceText source) {
        int[] cps = source.text().codePoints().toArray();
        Words words = new Words(cps);
        List<QuotedSpan> spans = new ArrayList<>();
        for (QuotedSpan s : MarkPairing.spans(cps)) {
            if (!source.slice(s.start(), s.end()).isBlank()) {
                spans.add(s);
            }
        }
        CueClauses clauses = new CueClauses(cps, words, spans, new Mentions(cps, words, speakers));
        Map<Integer, Integer> parts = new HashMap<>();
        spans.forEach(s -> parts.merge(s.chain(), 1, Integer::sum));
        Map<Integer, CueClauses.Attribution> byChain = attributions(spans, clauses);
        List<ExtractedQuote> quotes = new ArrayList<>();
        Map<Integer, Integer> seen = new HashMap<>();
        Speakers last = new Speakers(source);
        Map<Integer, ExtractedQuote> firstOfChain = new HashMap<>();
        for (QuotedSpan s : spans) {
            int part = seen.merge(s.chain(), 1, Integer::sum);
            int count = parts.get(s.chain());
            CueClauses.Attribution a = s.depth() == 0 ? byChain.get(s.chain()) : null;
            String text = source.slice(s.start(), s.end());
            QuoteKind kind = kind(cps, s, text, a != null, count);
            ExtractedQuote first = firstOfChain.get(s.chain());
            ExtractedQuote q = first != null ? first.part(s.start(), s.end(), text, kind, part)
                    : last.attribute(s, text, kind, a, clauses.opensSentence(s), count);
            firstOfChain.putIfAbsent(s.chain(), q);
            quotes.add(q);
        }
        return quotes;
    }

    /** The cue and speaker of each quotation or chain of parts: the first part's that has a cue. */
    private static Map<Integer, CueClauses.Attribution> attributions(List<QuotedSpan> spans, CueClauses clauses) {
        Map<Integer, CueClauses.Attribution> byChain = new HashMap<>();
        for (QuotedSpan s : spans) {
            if (s.depth() == 0) {
                CueClauses.Attribution a = clauses.attribution(s);
                if (a.cue() != null) {
                    byChain.putIfAbsent(s.chain(), a);
                }
            }
        }
        return byChain;
    }

    /** The kind of a quotation, by the rules in the class comment. */
    private static QuoteKind kind(int[] cps, QuotedSpan s, String text, boolean cued, int parts) {
        if (isWholeClause(cps, s)) {
            return QuoteKind.FULL;
        }
        boolean isShort = text.trim().split("\\s+").length <= SCARE_MAX_WORDS;
        return (s.depth() > 0 || !cued && parts == 1) && isShort ? QuoteKind.SCARE : QuoteKind.FRAGMENT;
    }

    /** Whether the quoted text is a whole clause (see the class comment). */
    static boolean isWholeClause(int[] cps, QuotedSpan s) {
        int first = s.start();
        while (first < s.end() && !Character.isLetter(cps[first])) {
            first++;
        }
        if (first == s.end() || !Character.isUpperCase(cps[first])) {
            return false;
        }
        int last = s.end() - 1;
        while (last > first && (Character.isWhitespace(cps[last]) || "”’\"')]".indexOf(cps[last]) >= 0)) {
            last--;
        }
        boolean ends = ".!?…,;".indexOf(cps[last]) >= 0;
        int before = s.open() - 1;
        while (before >= s.paragraphStart() && Character.isWhitespace(cps[before])) {
            before--;
        }
        boolean colon = before >= s.paragraphStart() && cps[before] == ':';
        return ends || !s.closed() || colon;
    }

    /** The last speaker found, which pronouns and run-on quotations stand for. */
    private static final class Speakers {
        private final SourceText source;
        private String id;
        private String name;

        Speakers(SourceText source) {
            this.source = source;
        }

        /** The first (or only) part of a quotation, with the speaker that {@code a} and the rules give it. */
        ExtractedQuote attribute(QuotedSpan s, String text, QuoteKind kind, CueClauses.Attribution a,
                boolean opensSentence, int parts) {
            if (kind == QuoteKind.SCARE || s.depth() > 0) {
                return quote(s, text, kind, null, null, null, null, ExtractedQuote.SpeakerBasis.NONE, parts);
            }
            if (a == null) {
                boolean carried = opensSentence && name != null;
                return carried ? quote(s, text, kind, id, name, null, null, ExtractedQuote.SpeakerBasis.CARRIED, parts)
                        : quote(s, text, kind, null, null, null, null, ExtractedQuote.SpeakerBasis.NONE, parts);
            }
            Mentions.Mention m = a.speaker();
            if (m == null) {
                return quote(s, text, kind, null, null, null, a, ExtractedQuote.SpeakerBasis.NONE, parts);
            }
            if (m.kind() == Mentions.Kind.PRONOUN) {
                return quote(s, text, kind, id, name, m, a, ExtractedQuote.SpeakerBasis.PRONOUN, parts);
            }
            boolean alias = m.kind() == Mentions.Kind.ALIAS;
            id = alias ? m.speaker().id() : null;
            name = alias ? m.speaker().name() : source.slice(m.start(), m.end());
            return quote(s, text, kind, id, name, m, a,
                    alias ? ExtractedQuote.SpeakerBasis.ALIAS : ExtractedQuote.SpeakerBasis.NAME, parts);
        }

        private ExtractedQuote quote(QuotedSpan s, String text, QuoteKind kind, String speakerId,
                String speakerName, Mentions.Mention m, CueClauses.Attribution a, ExtractedQuote.SpeakerBasis basis,
                int parts) {
            return new ExtractedQuote(s.start(), s.end(), text, kind, speakerId, speakerName,
                    m == null ? null : source.slice(m.start(), m.end()), m == null ? null : m.start(),
                    m == null ? null : m.end(), a == null ? null : source.slice(a.cueStart(), a.cueEnd()),
                    a == null ? null : a.cueStart(), a == null ? null : a.cueEnd(), basis, 1, parts, s.depth() > 0);
        }
    }
}
