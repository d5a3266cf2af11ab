package org.newsquotes.schema;

import static org.newsquotes.schema.Column.optional;
import static org.newsquotes.schema.Column.required;
import static org.newsquotes.schema.ColumnType.DATE;
import static org.newsquotes.schema.ColumnType.DOUBLE;
import static org.newsquotes.schema.ColumnType.INT32;
import static org.newsquotes.schema.ColumnType.STRING;
import static org.newsquotes.schema.ColumnType.STRING_LIST;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.newsquotes.schema.TableRows.ClaimGroupRow;
import org.newsquotes.schema.TableRows.ClaimRow;
import org.newsquotes.schema.TableRows.DocumentRow;
import org.newsquotes.schema.TableRows.OutletRow;
import org.newsquotes.schema.TableRows.QuoteRow;
import org.newsquotes.schema.TableRows.SpeakerRow;
import org.newsquotes.schema.TableRows.UtteranceRow;
import org.newsquotes.model.Agreement;
import org.newsquotes.model.ClaimKind;
import org.newsquotes.model.Coded;
import org.newsquotes.model.Confidence;
import org.newsquotes.model.Ids;
import org.newsquotes.model.NormalisedUnit;
import org.newsquotes.model.OutletKind;
import org.newsquotes.model.QuoteKind;
import org.newsquotes.model.SegmentKind;
import org.newsquotes.model.SpeakerType;
import org.newsquotes.model.Voice;

/**
 * Every exported table, each defined once as an ordered list of columns. The writers, the metadata
 * files and the README's column dictionary all read these lists. Column names are frozen: renaming
 * one is a breaking change. Columns added after schema version 1.0.0 come after the others and are
 * nullable even where the exports always fill them ({@code original_outlet_id},
 * {@code position_ids}; {@code cue_start} and {@code cue_end} since 1.2.0), so that table files written before they existed still validate.
 */
public final class Tables {

    /**
     * The version of the tables' columns, written into the metadata files: raised when a column is
     * added, and a breaking change (major) when one is renamed, retyped or removed.
     */
    public static final String SCHEMA_VERSION = "1.2.0";

    /** What the original outlet column of quotes and claims holds. */
    private static final String ORIGINAL_OUTLET = "Id of the outlet that originally published the text: the"
            + " outlet the segment reposts (segment_derived_from) when it reposts one, else outlet_id. Count by this"
            + " column to leave reposted copy out of an outlet's own figures.";

    /** One row per quotation, denormalised: who said what, where and when. */
    public static final Table<QuoteRow> QUOTES = new Table<QuoteRow>("quotes",
            "One row per quotation: the verbatim text, where it is in its source, who said it and where it was"
                    + " published.",
            List.of(
                    matching(Ids.QUOTE,
                            required("quote_id", STRING, "Stable id of the quote, such as d002-q01.",
                                    r -> r.quote().id())),
                    matching(Ids.DOCUMENT,
                            required("document_id", STRING, "Id of the document the quote is in.",
                                    r -> r.document().id())),
                    matching(Ids.ID, required("outlet_id", STRING, "Id of the outlet that published the document.",
                            r -> r.document().outlet())),
                    optional("outlet_name", STRING, "Name of the outlet.", r -> get(r.outlet(), o -> o.name())),
                    optional("published_date", DATE, "Publication date of the document; null when it prints none.",
                            r -> r.document().published()),
                    matching(Ids.ID, optional("speaker_id", STRING, "Id of the speaker; null for scare quotes.",
                            r -> r.quote().speaker())),
                    optional("speaker_name", STRING, "Canonical name of the speaker.",
                            r -> get(r.speaker(), s -> s.name())),
                    oneOf(SpeakerType.class, optional("speaker_type", STRING, "person or organisation.",
                            r -> get(r.speaker(), s -> code(s.type())))),
                    optional("speaker_as_written", STRING, "How the document names the speaker for this quote.",
                            r -> r.quote().speakerAsWritten()),
                    optional("speaker_as_written_start", INT32, "Code-point offset where speaker_as_written starts.",
                            r -> r.quote().speakerAsWrittenStart()),
                    optional("speaker_as_written_end", INT32, "Code-point offset where speaker_as_written ends"
                            + " (exclusive).", r -> r.quote().speakerAsWrittenEnd()),
                    optional("cue", STRING, "The reporting verb or phrase: said, told reporters, tweeted…",
                            r -> r.quote().cue()),
                    oneOf(QuoteKind.class,
                            required("kind", STRING, "full, fragment, scare or indirect.",
                                    r -> code(r.quote().kind()))),
                    required("text", STRING, "The quotation, verbatim, without its quotation marks.",
                            r -> r.quote().text()),
                    required("char_start", INT32, "Code-point offset of the text in the source file (Python"
                            + " str index).", r -> r.quote().charStart()),
                    required("char_end", INT32, "Code-point offset where the text ends (exclusive).",
                            r -> r.quote().charEnd()),
                    matching(Ids.ID, optional("segment", STRING, "Id of the document segment the quote lies in.",
                            r -> get(r.segment(), s -> s.id()))),
                    oneOf(SegmentKind.class,
                            optional("segment_kind", STRING, "Kind of that segment: body, headline, commentary…",
                            r -> get(r.segment(), s -> code(s.kind())))),
                    matching(Ids.ID,
                            optional("segment_derived_from", STRING,
                                    "Outlet id whose text the segment reposts, if any.",
                                    r -> get(r.segment(), s -> s.derivedFrom()))),
                    matching(Ids.UTTERANCE,
                            optional("utterance_id", STRING,
                                    "Utterance group shared with reports of the same statement.",
                            r -> r.quote().utterance())),
                    optional("utterance_date", DATE, "When the words were spoken, when known.",
                            r -> r.quote().utteranceDate()),
                    optional("utterance_date_basis", STRING, "Why utterance_date is what it is.",
                            r -> r.quote().utteranceDateBasis()),
                    required("source_file", STRING, "File name of the source text in dataset/sources/.",
                            r -> r.document().source()),
                    optional("note", STRING, "Curator's note on a hard case.", r -> r.quote().note()),
                    matching(Ids.ID, optional("original_outlet_id", STRING, ORIGINAL_OUTLET,
                            QuoteRow::originalOutletId)),
                    optional("cue_start", INT32, "Code-point offset where cue starts; null when the cue is null or"
                            + " is not one run of the source's text (described … as).", r -> r.quote().cueStart()),
                    optional("cue_end", INT32, "Code-point offset where cue ends (exclusive); null with cue_start.",
                            r -> r.quote().cueEnd())))
            .withPrimaryKey("quote_id")
            .withKeyPrefix("quote_id", "document_id")
            .withSpan("speaker_as_written_start", "speaker_as_written_end", "speaker_as_written")
            .withSpan("char_start", "char_end", "text")
            .withSpan("cue_start", "cue_end", "cue")
            .withForeignKey("document_id", "documents", "document_id")
            .withForeignKey("outlet_id", "outlets", "outlet_id")
            .withForeignKey("speaker_id", "speakers", "speaker_id")
            .withForeignKey("segment_derived_from", "outlets", "outlet_id")
            .withForeignKey("utterance_id", "utterances", "utterance_id")
            .withForeignKey("original_outlet_id", "outlets", "outlet_id");

    /** One row per claim. */
    public static final Table<ClaimRow> CLAIMS = new Table<ClaimRow>("claims",
            "One row per claim: a factual assertion a document makes or attributes, with its verbatim span.",
            List.of(
                    matching(Ids.CLAIM,
                            required("claim_id", STRING, "Stable id of the claim, such as d002-c01.",
                                    r -> r.claim().id())),
                    matching(Ids.DOCUMENT,
                            required("document_id", STRING, "Id of the document the claim is in.",
                                    r -> r.document().id())),
                    matching(Ids.ID, required("outlet_id", STRING, "Id of the outlet that published the document.",
                            r -> r.document().outlet())),
                    optional("outlet_name", STRING, "Name of the outlet.", r -> get(r.outlet(), o -> o.name())),
                    optional("published_date", DATE, "Publication date of the document; null when it prints none.",
                            r -> r.document().published()),
                    oneOf(ClaimKind.class,
                            required("kind", STRING, "quantity, accusation, announcement, demand, denial or assertion.",
                            r -> code(r.claim().kind()))),
                    oneOf(Voice.class, required("voice", STRING, "outlet (the document's own voice) or attributed.",
                            r -> code(r.claim().voice()))),
                    matching(Ids.ID, optional("claimant_id", STRING, "Speaker the claim is attributed to.",
                            r -> r.claim().claimant())),
                    optional("claimant_name", STRING, "Canonical name of the claimant.",
                            r -> get(r.claimant(), s -> s.name())),
                    required("text", STRING, "The claim's span, verbatim.", r -> r.claim().text()),
                    required("char_start", INT32, "Code-point offset of the span in the source file.",
                            r -> r.claim().charStart()),
                    required("char_end", INT32, "Code-point offset where the span ends (exclusive).",
                            r -> r.claim().charEnd()),
                    matching(Ids.ID, optional("segment", STRING, "Id of the document segment the claim lies in.",
                            r -> get(r.segment(), s -> s.id()))),
                    required("statement", STRING, "The claim as a short normalised statement.",
                            r -> r.claim().statement()),
                    optional("value", DOUBLE, "The number the claim states.", r -> r.claim().value()),
                    optional("unit", STRING, "Unit of value.", r -> r.claim().unit()),
                    matching(Ids.CLAIM_GROUP,
                            optional("claim_group_id", STRING, "Claim group joining the same claim across documents.",
                            r -> r.claim().claimGroup())),
                    oneOf(Agreement.class,
                            optional("claim_group_agreement", STRING, "Whether the group's members agree: agree,"
                                    + " disagree or partial.", r -> get(r.group(), g -> code(g.agreement())))),
                    required("source_file", STRING, "File name of the source text in dataset/sources/.",
                            r -> r.document().source()),
                    optional("note", STRING, "Curator's note on a hard case.", r -> r.claim().note()),
                    optional("normalised_value", DOUBLE, "value converted to normalised_unit by the fixed table of"
                            + " units in dataset/FORMAT.md (1.5 hour gives 90 minute); null when value is null.",
                            ClaimRow::normalisedValue),
                    oneOf(NormalisedUnit.class, optional("normalised_unit", STRING, "minute for durations, year for"
                            + " calendar years, count for counts of things (unit says what is counted); null when"
                            + " value is null.", r -> code(r.normalisedUnit()))),
                    matching(Ids.ID, optional("claim_group_position", STRING, "Id of the position the claim takes"
                            + " in its claim group (what it says there); null when claim_group_id is null.",
                            r -> r.claim().position())),
                    optional("claim_group_position_statement", STRING, "That position in a line, shared by every"
                            + " member that takes it; null when claim_group_id is null.",
                            r -> get(r.position(), p -> p.statement())),
                    matching(Ids.ID, optional("original_outlet_id", STRING, ORIGINAL_OUTLET,
                            ClaimRow::originalOutletId))))
            .withPrimaryKey("claim_id")
            .withKeyPrefix("claim_id", "document_id")
            .withSpan("char_start", "char_end", "text")
            .withForeignKey("document_id", "documents", "document_id")
            .withForeignKey("outlet_id", "outlets", "outlet_id")
            .withForeignKey("claimant_id", "speakers", "speaker_id")
            .withForeignKey("claim_group_id", "claim_groups", "claim_group_id")
            .withForeignKey("original_outlet_id", "outlets", "outlet_id");

    /** One row per speaker. */
    public static final Table<SpeakerRow> SPEAKERS = new Table<SpeakerRow>("speakers",
            "One row per speaker: a person or organisation whose words or claims the documents report.",
            List.of(
                    matching(Ids.ID,
                            required("speaker_id", STRING, "Stable id of the speaker.", r -> r.speaker().id())),
                    required("name", STRING, "Canonical name.", r -> r.speaker().name()),
                    oneOf(SpeakerType.class,
                            required("type", STRING, "person or organisation.", r -> code(r.speaker().type()))),
                    required("aliases", STRING_LIST, "Every form the corpus uses for the speaker, verbatim.",
                            r -> r.speaker().aliases()),
                    optional("role", STRING, "Role at the time (January 2022).", r -> r.speaker().role()),
                    optional("affiliation", STRING, "Country or organisation.", r -> r.speaker().affiliation()),
                    optional("wikidata", STRING, "Wikidata Q-id, only when verified.", r -> r.speaker().wikidata()),
                    optional("wikidata_source", STRING, "The named source that verified the Q-id.",
                            r -> r.speaker().wikidataSource()),
                    required("quote_count", INT32, "Number of quotes with this speaker.", SpeakerRow::quoteCount),
                    required("claim_count", INT32, "Number of claims with this claimant.", SpeakerRow::claimCount),
                    optional("note", STRING, "Curator's note.", r -> r.speaker().note())))
            .withPrimaryKey("speaker_id");

    /** One row per outlet. */
    public static final Table<OutletRow> OUTLETS = new Table<OutletRow>("outlets",
            "One row per outlet: a publisher of documents, or whose text a document reposts.",
            List.of(
                    matching(Ids.ID, required("outlet_id", STRING, "Stable id of the outlet.", r -> r.outlet().id())),
                    required("name", STRING, "The outlet's name.", r -> r.outlet().name()),
                    optional("home_page", STRING, "Home page URL, when confirmed.", r -> r.outlet().homePage()),
                    optional("country", STRING, "ISO 3166-1 alpha-2 country code.", r -> r.outlet().country()),
                    oneOf(OutletKind.class,
                            required("kind", STRING, "newspaper, news-website, broadcaster, public-broadcaster,"
                            + " state-funded-broadcaster, news-agency or blog.", r -> code(r.outlet().kind()))),
                    required("document_ids", STRING_LIST, "Documents the outlet published.", OutletRow::documentIds),
                    optional("note", STRING, "Curator's note, with the sources of the facts above.",
                            r -> r.outlet().note())))
            .withPrimaryKey("outlet_id");

    /** One row per document. */
    public static final Table<DocumentRow> DOCUMENTS = new Table<DocumentRow>("documents",
            "One row per source document.",
            List.of(
                    matching(Ids.DOCUMENT, required("document_id", STRING, "Stable id of the document, such as d002.",
                            r -> r.document().id())),
                    required("source_file", STRING, "File name of the source text in dataset/sources/.",
                            r -> r.document().source()),
                    required("sha256", STRING, "sha256 of the source file's bytes.", r -> r.document().sha256()),
                    matching(Ids.ID,
                            required("outlet_id", STRING, "Id of the outlet that published it.",
                                    r -> r.document().outlet())),
                    optional("outlet_name", STRING, "Name of the outlet.", r -> get(r.outlet(), o -> o.name())),
                    oneOf(Confidence.class,
                            required("outlet_confidence", STRING, "How sure the outlet identification is: high, medium"
                            + " or low.", r -> code(r.document().outletConfidence()))),
                    required("outlet_evidence", STRING, "What identifies the outlet.",
                            r -> r.document().outletEvidence()),
                    optional("headline", STRING, "The headline, verbatim.", r -> r.document().headline()),
                    optional("published_date", DATE, "Publication date; null when the document prints none.",
                            r -> r.document().published()),
                    optional("published_as_printed", STRING, "The publication date as printed.",
                            r -> r.document().publishedAsPrinted()),
                    optional("dateline", STRING, "Where the story was filed from, as printed.",
                            r -> r.document().dateline()),
                    optional("wire_credit", STRING, "Wire credit as printed: AFP, Reuters, Agencies…",
                            r -> r.document().wireCredit()),
                    required("language", STRING, "BCP 47 language tag.", r -> r.document().language()),
                    optional("url", STRING, "Canonical URL, when confirmed.", r -> r.document().url()),
                    required("quote_count", INT32, "Number of quote records in the document.",
                            r -> r.document().quotes().size()),
                    required("claim_count", INT32, "Number of claim records in the document.",
                            r -> r.document().claims().size()),
                    optional("note", STRING, "Curator's note.", r -> r.document().note())))
            .withPrimaryKey("document_id")
            .withForeignKey("outlet_id", "outlets", "outlet_id");

    /** One row per utterance group. */
    public static final Table<UtteranceRow> UTTERANCES = new Table<UtteranceRow>("utterances",
            "One row per utterance group: one statement reported by several documents.",
            List.of(
                    matching(Ids.UTTERANCE,
                            required("utterance_id", STRING, "Stable id of the group.", r -> r.utterance().id())),
                    matching(Ids.ID, required("speaker_id", STRING, "Speaker every member quote shares.",
                            r -> r.utterance().speaker())),
                    optional("speaker_name", STRING, "Canonical name of the speaker.",
                            r -> get(r.speaker(), s -> s.name())),
                    required("summary", STRING, "What was said, in a sentence.", r -> r.utterance().summary()),
                    required("rationale", STRING, "Why the members are one statement.",
                            r -> r.utterance().rationale()),
                    required("member_count", INT32, "Number of member quotes.", r -> r.members().size()),
                    required("quote_ids", STRING_LIST, "Member quotes.",
                            r -> r.members().stream().map(m -> m.quote().id()).toList()),
                    required("outlet_ids", STRING_LIST, "Outlets that report the statement, each once.",
                            r -> distinct(r.members().stream().map(m -> m.document().outlet()))),
                    required("document_ids", STRING_LIST, "Documents that report it, each once.",
                            r -> distinct(r.members().stream().map(m -> m.document().id())))))
            .withPrimaryKey("utterance_id")
            .withForeignKey("speaker_id", "speakers", "speaker_id");

    /** One row per claim group. */
    public static final Table<ClaimGroupRow> CLAIM_GROUPS = new Table<ClaimGroupRow>("claim_groups",
            "One row per claim group: one claim made by several documents, and whether they agree.",
            List.of(
                    matching(Ids.CLAIM_GROUP,
                            required("claim_group_id", STRING, "Stable id of the group.", r -> r.group().id())),
                    required("statement", STRING, "What the claim is about.", r -> r.group().statement()),
                    oneOf(Agreement.class,
                            required("agreement", STRING, "agree, disagree or partial.",
                                    r -> code(r.group().agreement()))),
                    required("member_count", INT32, "Number of member claims.", r -> r.members().size()),
                    required("claim_ids", STRING_LIST, "Member claims.",
                            r -> r.members().stream().map(m -> m.claim().id()).toList()),
                    required("outlet_ids", STRING_LIST, "Outlets that make the claim, each once.",
                            r -> distinct(r.members().stream().map(m -> m.document().outlet()))),
                    optional("note", STRING, "What each member says and where they differ.",
                            r -> r.group().note()),
                    optional("position_ids", STRING_LIST, "The positions its members take, each a value of claims"
                            + ".claim_group_position: one when they all agree.",
                            r -> r.group().positions().stream().map(p -> p.id()).toList()),
                    optional("position_statements", STRING_LIST, "Each position in a line, in the order of"
                            + " position_ids.", r -> r.group().positions().stream().map(p -> p.statement()).toList())))
            .withPrimaryKey("claim_group_id");

    private Tables() {
    }

    /**
     * A table together with a source of its rows, which can be read once per format.
     *
     * @param <R> the row type
     * @param table the table
     * @param rows a new stream of the table's rows on each call
     */
    public record Export<R>(Table<R> table, Supplier<Stream<R>> rows) {
    }

    /** Every table with its rows, in export order. */
    public static List<Export<?>> all(TableRows rows) {
        return List.of(new Export<>(QUOTES, rows::quotes), new Export<>(CLAIMS, rows::claims),
                new Export<>(SPEAKERS, rows::speakers), new Export<>(OUTLETS, rows::outlets),
                new Export<>(DOCUMENTS, rows::documents), new Export<>(UTTERANCES, rows::utterances),
                new Export<>(CLAIM_GROUPS, rows::claimGroups));
    }

    /** Every table definition, in export order. */
    public static List<Table<?>> definitions() {
        return List.of(QUOTES, CLAIMS, SPEAKERS, OUTLETS, DOCUMENTS, UTTERANCES, CLAIM_GROUPS);
    }

    /** The table named {@code name}, such as {@code quotes}, if there is one. */
    public static Optional<Table<?>> named(String name) {
        return definitions().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The names of the tables, in order, for messages that list them. */
    public static String names() {
        return String.join(", ", definitions().stream().map(Table::name).toList());
    }

    private static <R> Column<R> matching(String regex, Column<R> column) {
        return column.withPattern(regex);
    }

    private static <R, E extends Enum<E> & Coded> Column<R> oneOf(Class<E> codes, Column<R> column) {
        return column.withCodes(codes);
    }

    private static <T, V> V get(T value, Function<T, V> getter) {
        return value == null ? null : getter.apply(value);
    }

    private static String code(Coded value) {
        return value == null ? null : value.code();
    }

    private static List<String> distinct(Stream<String> values) {
        return values.distinct().toList();
    }
}
