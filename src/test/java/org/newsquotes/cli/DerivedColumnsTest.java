package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.testing.DuckDb.literal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.schema.TableRows;
import org.newsquotes.schema.Tables;
import org.newsquotes.testing.DuckDb;

/**
 * The columns the exports derive from the curated data, read back by DuckDB from the bundled
 * dataset's exports and compared with truths written here: the normalised value of each claim, each
 * member claim's position in its claim group, and the outlet that originally published each quote's
 * and claim's text.
 */
class DerivedColumnsTest {

    /** The table of units, written out again here: unit, normalised unit, factor. */
    static final String UNITS = "(VALUES ('minute', 'minute', 1), ('hour', 'minute', 60), ('day', 'minute', 24 * 60),"
            + " ('year', 'year', 1), ('aircraft', 'count', 1), ('call', 'count', 1), ('death', 'count', 1),"
            + " ('person', 'count', 1), ('proposal', 'count', 1), ('round', 'count', 1), ('territory', 'count', 1),"
            + " ('treaty', 'count', 1), ('troop', 'count', 1), ('warship', 'count', 1)) AS units(unit, target, factor)";

    @TempDir
    static Path temp;

    static Path exports;
    static DuckDb db;

    @BeforeAll
    static void export() throws IOException, SQLException {
        DatasetCheck check = DatasetCheck.run(Path.of("dataset"), Clock.systemUTC());
        assertThat(check.fails(false)).isFalse();
        exports = temp.resolve("exports");
        ExportCommand.exporter(check.dataset()).export(Tables.all(new TableRows(check.dataset())), exports);
        db = new DuckDb();
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    static String table(String name, String format) {
        String file = literal(exports.resolve(name + "." + format));
        return format.equals("parquet") ? "read_parquet(" + file + ")" : file;
    }

    @Test
    void theMeetingLastedTwoHoursInD000And90MinutesInTheOthers() throws SQLException {
        List<String> rows = db.rows("SELECT claim_id, value, unit, normalised_value, normalised_unit,"
                + " claim_group_position FROM " + table("claims", "parquet")
                + " WHERE claim_group_id = 'cg-meeting-duration' ORDER BY claim_id").stream()
                .map(Object::toString).toList();

        assertThat(rows).containsExactly(
                "[d000-c02, 2.0, hour, 120.0, minute, two-hours]",
                "[d002-c05, 1.5, hour, 90.0, minute, ninety-minutes]",
                "[d003-c03, 90.0, minute, 90.0, minute, ninety-minutes]",
                "[d004-c28, 90.0, minute, 90.0, minute, ninety-minutes]",
                "[d004-c33, 90.0, minute, 90.0, minute, ninety-minutes]");
    }

    @Test
    void everyNormalisedValueFollowsFromTheValueAndUnit() throws SQLException {
        for (String format : List.of("csv", "jsonl", "parquet")) {
            String claims = table("claims", format);
            long withValue = (Long) db.value("SELECT count(*) FROM " + claims + " WHERE value IS NOT NULL");
            List<List<Object>> wrong = db.rows("SELECT claim_id, value, c.unit, normalised_value, normalised_unit"
                    + " FROM " + claims + " c LEFT JOIN " + UNITS + " ON c.unit = units.unit"
                    + " WHERE value IS NULL AND (normalised_value IS NOT NULL OR normalised_unit IS NOT NULL)"
                    + " OR value IS NOT NULL AND (units.unit IS NULL OR normalised_value IS DISTINCT FROM"
                    + " value * factor OR normalised_unit IS DISTINCT FROM target)");

            assertThat(withValue).as(format).isEqualTo(27);
            assertThat(wrong).as(format).isEmpty();
        }
    }

    @Test
    void everyMemberClaimTakesOneOfItsGroupsPositionsAndEveryPositionIsTaken() throws SQLException {
        String claims = table("claims", "parquet");
        String groups = table("claim_groups", "parquet");
        List<List<Object>> strays = db.rows("SELECT claim_id, claim_group_id, claim_group_position FROM " + claims
                + " c LEFT JOIN " + groups + " g USING (claim_group_id) WHERE (claim_group_id IS NULL)"
                + " <> (claim_group_position IS NULL) OR claim_group_id IS NOT NULL AND NOT list_contains("
                + "g.position_ids, claim_group_position)");
        List<List<Object>> untaken = db.rows("SELECT claim_group_id, p FROM (SELECT claim_group_id, unnest(position_ids)"
                + " AS p FROM " + groups + ") WHERE (claim_group_id, p) NOT IN (SELECT (claim_group_id,"
                + " claim_group_position) FROM " + claims + " WHERE claim_group_id IS NOT NULL)");
        long members = (Long) db.value("SELECT count(*) FROM " + claims + " WHERE claim_group_id IS NOT NULL");

        assertThat(members).isEqualTo(95);
        assertThat(strays).isEmpty();
        assertThat(untaken).isEmpty();
    }

    @Test
    void aGroupWhoseMembersAgreeHasOnePositionAndTheOthersMore() throws SQLException {
        List<List<Object>> odd = db.rows("SELECT claim_group_id, agreement, len(position_ids) FROM "
                + table("claim_groups", "jsonl") + " WHERE (agreement = 'agree') <> (len(position_ids) = 1)"
                + " OR len(position_ids) <> len(position_statements)");

        assertThat(odd).isEmpty();
    }

    @Test
    void theVaguerMemberOfTheTroopsGroupHasAPositionOfItsOwn() throws SQLException {
        List<String> rows = db.rows("SELECT claim_id, claim_group_position, claim_group_position_statement FROM "
                + table("claims", "csv") + " WHERE claim_group_id = 'cg-troops-near-border' ORDER BY claim_id")
                .stream().map(r -> r.get(0) + " " + r.get(1) + " " + r.get(2)).toList();

        assertThat(rows).containsExactly(
                "d000-c04 one-hundred-thousand Russia has 100,000 troops at or near Ukraine's border.",
                "d003-c04 tens-of-thousands Russia has tens of thousands of troops on the border: an order of"
                        + " magnitude, no number.",
                "d004-c03 one-hundred-thousand Russia has 100,000 troops at or near Ukraine's border.");
    }

    @Test
    void aQuoteInTheBlogsBbcRepostHasTheBbcAsOriginalOutlet() throws SQLException {
        for (String format : List.of("csv", "json", "parquet")) {
            String quotes = table("quotes", format);
            long mismatches = (Long) db.value("SELECT count(*) FROM " + quotes
                    + " WHERE original_outlet_id IS DISTINCT FROM coalesce(segment_derived_from, outlet_id)");
            List<String> counts = db.strings("SELECT original_outlet_id, count(*) FROM " + quotes
                    + " GROUP BY ALL ORDER BY 1");

            assertThat(mismatches).as(format).isZero();
            assertThat(counts).as(format).containsExactly("bbc 13", "gulf-times 19", "h-turner-blog 14",
                    "moscow-times 14", "rt 11", "saudi-gazette 11");
        }
        assertThat(db.strings("SELECT outlet_id, original_outlet_id FROM " + table("quotes", "parquet")
                + " WHERE segment_derived_from = 'bbc' GROUP BY ALL")).containsExactly("h-turner-blog bbc");
    }

    @Test
    void aClaimsOriginalOutletIsTheOutletItsSegmentReposts() throws IOException, SQLException {
        List<String> expected = new ArrayList<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> files = Files.list(Path.of("dataset/documents"))) {
            for (Path file : files.sorted().toList()) {
                JsonNode document = yaml.readTree(Files.readString(file, StandardCharsets.UTF_8));
                for (JsonNode claim : document.get("claims")) {
                    expected.add(claim.get("id").asText() + " " + originalOutlet(document, claim));
                }
            }
        }

        List<String> exported = db.strings("SELECT claim_id, original_outlet_id FROM " + table("claims", "jsonl")
                + " ORDER BY claim_id");

        assertThat(exported).containsExactlyElementsOf(expected);
        assertThat(expected.stream().filter(e -> e.endsWith(" bbc"))).hasSize(26);
    }

    /** The outlet of the segment the claim lies in, read from the YAML itself. */
    private static String originalOutlet(JsonNode document, JsonNode claim) {
        int start = claim.get("char_start").asInt();
        int end = claim.get("char_end").asInt();
        for (JsonNode segment : document.get("segments")) {
            if (segment.get("char_start").asInt() <= start && end <= segment.get("char_end").asInt()) {
                JsonNode derived = segment.get("derived_from");
                return derived.isNull() ? document.get("outlet").asText() : derived.asText();
            }
        }
        throw new IllegalStateException("no segment holds " + claim.get("id"));
    }

    @Test
    void theFormatAndTheDataCardGiveTheBlogsRepostCounts() throws IOException, SQLException {
        List<String> counts = db.strings("SELECT count(*) FILTER (original_outlet_id = 'bbc'), count(*) FROM "
                + table("quotes", "parquet") + " WHERE outlet_id = 'h-turner-blog'");
        String[] bbcAndAll = counts.get(0).split(" ");

        assertThat(Files.readString(Path.of("dataset/FORMAT.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " "))
                .contains("(" + bbcAndAll[0] + " of the blog's " + bbcAndAll[1] + " quotes are its BBC repost)");
        assertThat(Files.readString(Path.of("dataset/README.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " "))
                .contains(bbcAndAll[0] + " of the " + bbcAndAll[1] + " quotes in the blog are its BBC repost");
    }
}
