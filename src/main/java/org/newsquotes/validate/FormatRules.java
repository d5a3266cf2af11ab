package org.newsquotes.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.newsquotes.model.Dataset;
import org.newsquotes.model.Document;
import org.newsquotes.model.Origin;
import org.newsquotes.model.Outlet;
import org.newsquotes.model.Speaker;
import org.newsquotes.schema.Violation;
import org.newsquotes.schema.Severity;
import org.newsquotes.schema.RuleDescriptor;
import org.newsquotes.schema.Messages;

/**
 * The shape of coded values, so that the exports join with other data:
 * <ul>
 * <li>{@code outlet.country.iso}: a country is an ISO 3166-1 alpha-2 code in capitals, one that the
 * standard assigns ({@code GB}, not {@code UK} or {@code gb}).</li>
 * <li>{@code document.language.tag}: a language is a BCP 47 tag of the common shape: a 2- or 3-letter
 * lower-case language, then optionally a 4-letter script in title case and a region of 2 capitals or
 * 3 digits ({@code en}, {@code en-GB}, {@code sr-Latn-RS}).</li>
 * <li>{@code document.sha256.format}: a sha256 is 64 lower-case hexadecimal digits.</li>
 * <li>{@code speaker.wikidata.format}: a Wikidata id is {@code Q} and digits ({@code Q1234}).</li>
 * <li>{@code speaker.wikidata.source-required}: a Wikidata id needs the named source that verified
 * it, because a wrong id is worse than none.</li>
 * <li>{@code url.absolute}: a url or home page is an absolute {@code http} or {@code https} address
 * with a host.</li>
 * </ul>
 */
public final class FormatRules implements Rule {

    /** A country code that is not ISO 3166-1 alpha-2. */
    public static final RuleDescriptor COUNTRY = new RuleDescriptor("outlet.country.iso", Severity.ERROR,
            "An outlet's country is an assigned ISO 3166-1 alpha-2 code in capitals (GB, RU, QA).");

    /** A language that is not a BCP 47 tag. */
    public static final RuleDescriptor LANGUAGE = new RuleDescriptor("document.language.tag", Severity.ERROR,
            "A document's language is a BCP 47 tag: en, en-GB, sr-Latn-RS.");

    /** A sha256 that is not 64 lower-case hex digits. */
    public static final RuleDescriptor SHA256 = new RuleDescriptor("document.sha256.format", Severity.ERROR,
            "A document's sha256 is 64 lower-case hexadecimal digits.");

    /** A Wikidata id of the wrong shape. */
    public static final RuleDescriptor WIKIDATA = new RuleDescriptor("speaker.wikidata.format", Severity.ERROR,
            "A speaker's Wikidata id is Q followed by digits (Q1234).");

    /** A Wikidata id without its source. */
    public static final RuleDescriptor WIKIDATA_SOURCE = new RuleDescriptor("speaker.wikidata.source-required",
            Severity.ERROR, "A speaker's Wikidata id comes with wikidata_source, the named source that verified it.");

    /** An address that is not absolute http(s). */
    public static final RuleDescriptor URL = new RuleDescriptor("url.absolute", Severity.ERROR,
            "A document's url and an outlet's home_page are absolute http:// or https:// addresses.");

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    @Override
    public List<RuleDescriptor> descriptors() {
        return List.of(COUNTRY, LANGUAGE, SHA256, WIKIDATA, WIKIDATA_SOURCE, URL);
    }

    @Override
    public void check(Dataset dataset, Consumer<Violation> violations) {
        for (Outlet o : dataset.outlets()) {
            if (o.country() != null && !COUNTRIES.contains(o.country())) {
                String upper = o.country().toUpperCase(Locale.ROOT);
                violations.accept(COUNTRY.violation(o.origin().of("country"), o.id(), "country", "country "
                        + Messages.quoted(o.country()) + " of outlet " + o.id() + " is not an ISO 3166-1 alpha-2 code"
                        + (COUNTRIES.contains(upper) ? "; write " + Messages.quoted(upper)
                                : " (two capitals such as GB, RU, QA; UK is GB)")));
            }
            url(o.homePage(), "home_page", o.id(), "outlet", o.origin(), violations);
        }
        for (Speaker s : dataset.speakers()) {
            if (s.wikidata() != null && !QID.matcher(s.wikidata()).matches()) {
                violations.accept(WIKIDATA.violation(s.origin().of("wikidata"), s.id(), "wikidata", "wikidata "
                        + Messages.quoted(s.wikidata()) + " of speaker " + s.id()
                        + " is not a Wikidata id (Q followed by digits, such as Q1234)"));
            }
            if (s.wikidata() != null && s.wikidataSource() == null) {
                violations.accept(WIKIDATA_SOURCE.violation(s.origin().of("wikidata_source"), s.id(),
                        "wikidata_source", "speaker " + s.id() + " has wikidata " + Messages.quoted(s.wikidata())
                                + " but no wikidata_source; name the source that verified it, or set wikidata: null"));
            }
        }
        for (Document d : dataset.documents()) {
            if (!LANGUAGE_TAG.matcher(d.language()).matches()) {
                violations.accept(LANGUAGE.violation(d.origin().of("language"), d.id(), "language", "language "
                        + Messages.quoted(d.language()) + " of document " + d.id()
                        + " is not a BCP 47 tag such as en, en-GB or sr-Latn-RS"));
            }
            if (!HEX64.matcher(d.sha256()).matches()) {
                violations.accept(SHA256.violation(d.origin().of("sha256"), d.id(), "sha256", "sha256 "
                        + Messages.quoted(d.sha256()) + " of document " + d.id()
                        + " is not 64 lower-case hexadecimal digits"));
            }
            url(d.url(), "url", d.id(), "document", d.origin(), violations);
        }
    }

    private static void url(String value, String field, String id, String recordKind, Origin origin,
            Consumer<Violation> violations) {
        if (value == null || isAbsoluteHttp(value)) {
            return;
        }
        violations.accept(URL.violation(origin.of(field), id, field, field + " " + Messages.quoted(value) + " of "
                + recordKind + " " + id + " is not an absolute http:// or https:// address with a host"));
    }

    private static boolean isAbsoluteHttp(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
