package org.newsquotes.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsquotes.model.Speaker;

/**
 * The ways a clause can name a speaker: an alias from the registry, a capitalised name, a pronoun.
 */
final class Mentions {

    /** Pronouns that stand for the last speaker. */
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it");

    /**
     * Capitalised words that are not names: pronouns, determiners, conjunctions, days and months, and
     * the words a sentence often opens with.
     */
    static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "He", "She", "They", "It", "We", "I", "You",
            "His", "Her", "Their", "Its", "Our", "My", "Your", "This", "That", "These", "Those", "But", "And", "Or",
            "So", "Yet", "However", "Meanwhile", "Also", "Still", "Then", "In", "On", "At", "As", "By", "For",
            "From", "With", "Without", "After", "Before", "Ahead", "While", "When", "If", "Asked", "Speaking",
            "Earlier", "Later", "Now", "Today", "Yesterday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Mr", "Mrs", "Ms", "Dr");

    /** What kind of mention, in the order of preference. */
    enum Kind { ALIAS, NAME, PRONOUN }

    /**
     * A mention of a speaker, {@code [start, end)}.
     *
     * @param speaker the registry's speaker for an alias, else null
     */
    record Mention(int start, int end, Kind kind, Speaker speaker) {
    }

    /** An alias and whose it is. */
    private record Alias(String text, Speaker speaker) {
    }

    private final int[] cps;
    private final Words words;
    private final List<Alias> aliases = new ArrayList<>();

    Mentions(int[] cps, Words words, List<Speaker> speakers) {
        this.cps = cps;
        this.words = words;
        for (Speaker s : speakers) {
            for (String alias : s.aliases()) {
                aliases.add(new Alias(alias, s));
            }
            aliases.add(new Alias(s.name(), s));
        }
        // Longest first, so that "Foreign Minister Sergey Lavrov" wins over "Lavrov" where both start.
        aliases.sort(Comparator.comparingInt((Alias a) -> -a.text().length()).thenComparing(Alias::text));
    }

    /** Every mention in {@code [from, to)}, in text order, none overlapping another. */
    List<Mention> in(int from, int to) {
        List<Mention> found = new ArrayList<>();
        String clause = new String(cps, from, to - from);
        for (Alias alias : aliases) {
            for (String form : forms(alias.text())) {
                int at = clause.indexOf(form);
                while (at >= 0) {
                    int start = from + clause.codePointCount(0, at);
                    int end = start + form.codePointCount(0, form.length());
                    if (isWholeWord(start, end) && free(found, start, end)) {
                        found.add(new Mention(start, end, Kind.ALIAS, alias.speaker()));
                    }
                    at = clause.indexOf(form, at + 1);
                }
            }
        }
        List<Words.Word> ws = words.in(from, to);
        for (int i = 0; i < ws.size(); i++) {
            Words.Word w = ws.get(i);
            String text = words.text(w);
            if (PRONOUNS.contains(text.toLowerCase(Locale.ROOT))) {
                addIfFree(found, new Mention(w.start(), w.end(), Kind.PRONOUN, null));
            } else if (isName(text)) {
                int last = i;
                while (last + 1 < ws.size() && isName(words.text(ws.get(last + 1)))
                        && onlySpaceBetween(ws.get(last).end(), ws.get(last + 1).start())) {
                    last++;
                }
                addIfFree(found, new Mention(w.start(), ws.get(last).end(), Kind.NAME, null));
                i = last;
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    /**
     * The alias as written, and also capitalised when it starts in lower case (at the start of a
     * sentence), or with {@code the} for {@code The} (inside one).
     */
    private static List<String> forms(String alias) {
        if (Character.isLowerCase(alias.codePointAt(0))) {
            return List.of(alias, alias.substring(0, 1).toUpperCase(Locale.ROOT) + alias.substring(1));
        }
        if (alias.startsWith("The ")) {
            return List.of(alias, "the " + alias.substring(4));
        }
        return List.of(alias);
    }

    private static boolean isName(String word) {
        return Character.isUpperCase(word.codePointAt(0)) && !NOT_NAMES.contains(word);
    }

    private boolean onlySpaceBetween(int a, int b) {
        for (int i = a; i < b; i++) {
            if (cps[i] != ' ') {
                return false;
            }
        }
        return b - a == 1;
    }

    private boolean isWholeWord(int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(cps[start - 1]))
                && (end >= cps.length || !Character.isLetterOrDigit(cps[end]));
    }

    private static boolean free(List<Mention> found, int start, int end) {
        return found.stream().noneMatch(m -> m.start() < end && start < m.end());
    }

    private static void addIfFree(List<Mention> found, Mention m) {
        if (free(found, m.start(), m.end())) {
            found.add(m);
        }
    }
}
