package org.newsquotes.validate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsquotes.model.Dataset;
import org.newsquotes.model.Document;
import org.newsquotes.model.Origin;
import org.newsquotes.model.Quote;
import org.newsquotes.schema.Violation;
import org.newsquotes.schema.Severity;
import org.newsquotes.schema.RuleDescriptor;
import org.newsquotes.schema.Messages;

/**
 * Dates that can be trusted (that a date exists in the calendar is checked when the file is read):
 * <ul>
 * <li>{@code date.future}: no date is later than today, taken in the earliest time zone on Earth
 * (UTC+14), so that nobody anywhere is told that today is in the future.</li>
 * <li>{@code quote.utterance-date.after-published}: words were spoken on or before the day the
 * document that reports them was published.</li>
 * <li>{@code document.published.as-printed}: {@code published} is the date that
 * {@code published_as_printed} prints, and the two are both set or both null.</li>
 * <li>{@code document.published.unparsed} (warning): the printed date could not be read (see
 * {@link PrintedDates}), so a curator must compare the two by eye.</li>
 * </ul>
 */
public final class DateRules implements Rule {

    /** A date after today. */
    public static final RuleDescriptor FUTURE = new RuleDescriptor("date.future", Severity.ERROR,
            "No date is in the future (later than today in UTC+14, the earliest time zone).");

    /** Words reported before they were spoken. */
    public static final RuleDescriptor AFTER_PUBLISHED = new RuleDescriptor("quote.utterance-date.after-published",
            Severity.ERROR, "A quote's utterance_date is not after its document's publication date.");

    /** published and published_as_printed disagree. */
    public static final RuleDescriptor AS_PRINTED = new RuleDescriptor("document.published.as-printed",
            Severity.ERROR, "A document's published date is the date its published_as_printed prints; both are set"
                    + " or both are null.");

    /** A printed date that could not be read. */
    public static final RuleDescriptor UNPARSED = new RuleDescriptor("document.published.unparsed", Severity.WARNING,
            "A document's published_as_printed could be read as a date (a day, an English month name and a"
                    + " four-digit year), so that it can be compared with published.");

    private final Clock clock;

    /** @param clock the clock that says what today is */
    public DateRules(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<RuleDescriptor> descriptors() {
        return List.of(FUTURE, AFTER_PUBLISHED, AS_PRINTED, UNPARSED);
    }

    @Override
    public void check(Dataset dataset, Consumer<Violation> violations) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.ofHours(14)));
        for (Document d : dataset.documents()) {
            future(d.published(), "published", "document " + d.id(), d.id(), d.origin(), today, violations);
            asPrinted(d, violations);
            for (Quote q : d.quotes()) {
                future(q.utteranceDate(), "utterance_date", "quote " + q.id(), q.id(), q.origin(), today, violations);
                if (q.utteranceDate() != null && d.published() != null && q.utteranceDate().isAfter(d.published())) {
                    violations.accept(AFTER_PUBLISHED.violation(q.origin().of("utterance_date"), q.id(),
                            "utterance_date", "utterance_date " + q.utteranceDate() + " of quote " + q.id()
                                    + " is after " + d.id() + " was published (" + d.published()
                                    + "); words are reported after they are spoken"));
                }
            }
        }
    }

    private static void future(LocalDate date, String field, String what, String id, Origin origin, LocalDate today,
            Consumer<Violation> violations) {
        if (date != null && date.isAfter(today)) {
            violations.accept(FUTURE.violation(origin.of(field), id, field, field + " " + date + " of " + what
                    + " is in the future (today is " + today + ")"));
        }
    }

    private static void asPrinted(Document d, Consumer<Violation> violations) {
        String printed = d.publishedAsPrinted();
        if (printed == null) {
            if (d.published() != null) {
                violations.accept(AS_PRINTED.violation(d.origin().of("published_as_printed"), d.id(),
                        "published_as_printed", "document " + d.id() + " has published " + d.published()
                                + " but no published_as_printed; copy the date as the document prints it, or set"
                                + " published: null when it prints none"));
            }
            return;
        }
        Optional<LocalDate> read = PrintedDates.parse(printed);
        if (d.published() == null) {
            violations.accept(AS_PRINTED.violation(d.origin().of("published"), d.id(), "published", "document "
                    + d.id() + " prints the date " + Messages.quoted(printed) + " but published is null; set"
                    + " published to the ISO date" + read.map(date -> " (" + date + ")").orElse("")));
            return;
        }
        if (read.isEmpty()) {
            violations.accept(UNPARSED.violation(d.origin().of("published_as_printed"), d.id(),
                    "published_as_printed", "published_as_printed " + Messages.quoted(printed) + " of " + d.id()
                            + " could not be read as a date; check by eye that it is " + d.published()));
            return;
        }
        if (!read.get().equals(d.published())) {
            violations.accept(AS_PRINTED.violation(d.origin().of("published"), d.id(), "published", "published "
                    + d.published() + " of " + d.id() + " is not the date printed, " + Messages.quoted(printed)
                    + " (" + read.get() + ")"));
        }
    }
}
