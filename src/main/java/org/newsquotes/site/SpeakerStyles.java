package org.newsquotes.site;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsquotes.model.Speaker;

/**
 * How a speaker's quotes look on a document page: a badge of the name's initials that does not rely on
 * colour ({@code SL} for Sergey Lavrov), the same on every page and unique within the registry (a number
 * is added where two speakers share initials), and one of {@value #COLOURS} colours, given on each page
 * in the order the speakers are first quoted there, so that no two speakers of a page share one unless
 * it quotes more than {@value #COLOURS}.
 */
final class SpeakerStyles {

    /** How many colours style.css defines, as classes {@code s0} to {@code s9}. */
    static final int COLOURS = 10;

    /** The badge and colour class of a quote without a speaker. */
    static final Style NONE = new Style("no speaker", "s-none", "\u2013");

    /**
     * One speaker's look.
     *
     * @param name the speaker's name
     * @param colourClass the CSS class of its colour
     * @param badge its initials
     */
    record Style(String name, String colourClass, String badge) {
    }

    private final Map<String, Style> styles;

    private SpeakerStyles(Map<String, Style> styles) {
        this.styles = styles;
    }

    /** The badges of every speaker of the registry {@code speakers}, without colours yet. */
    static SpeakerStyles badges(List<Speaker> speakers) {
        Map<String, Style> styles = new LinkedHashMap<>();
        Set<String> badges = new HashSet<>();
        for (Speaker speaker : speakers) {
            String initials = initials(speaker.name());
            String badge = initials;
            for (int n = 2; !badges.add(badge); n++) {
                badge = initials + n;
            }
            styles.put(speaker.id(), new Style(speaker.name(), null, badge));
        }
        return new SpeakerStyles(styles);
    }

    /** These styles with a colour for each of {@code speakerIds}, in that order (the order they are first quoted in a page). */
    SpeakerStyles coloured(List<String> speakerIds) {
        Map<String, Style> coloured = new LinkedHashMap<>();
        int next = 0;
        for (String id : speakerIds) {
            Style style = styles.get(id);
            if (style != null && !coloured.containsKey(id)) {
                coloured.put(id, new Style(style.name(), "s" + (next++ % COLOURS), style.badge()));
            }
        }
        return new SpeakerStyles(coloured);
    }

    /** The style of the speaker {@code id}; {@link #NONE} for null or a speaker without a style. */
    Style of(String id) {
        return id == null ? NONE : styles.getOrDefault(id, NONE);
    }

    /** The first letter of each word, upper case: {@code United States government} gives {@code USG}. */
    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            if (!word.isEmpty()) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        return initials.toString().toUpperCase(Locale.ROOT);
    }
}
