package org.newsquotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the site's index and claim-group pages say, against the committed exports read with Jackson:
 * the quotes counted per speaker and original outlet, and each claim group's members under the position
 * the claim takes.
 */
class SitePagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    private static Path site;

    @BeforeAll
    static void writeTheSite() {
        site = temp.resolve("site");
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "site", "--output", site.toString());
        assertThat(code).as(err.toString()).isZero();
    }

    private static List<JsonNode> rows(String table) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("exports", table + ".jsonl"), StandardCharsets.UTF_8)) {
            rows.add(JSON.readTree(line));
        }
        return rows;
    }

    private static String page(String name) throws IOException {
        return Files.readString(site.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void theIndexCountsEachSpeakersQuotesUnderTheOutletThatFirstPublishedThem() throws IOException {
        Map<String, String> outletNames = new TreeMap<>();
        rows("outlets").forEach(o -> outletNames.put(o.get("outlet_id").asText(), o.get("name").asText()));
        Map<String, Integer> expected = new TreeMap<>();
        for (JsonNode q : rows("quotes")) {
            if (!q.get("speaker_id").isNull()) {
                String speaker = q.get("speaker_name").asText() + " (" + q.get("speaker_id").asText() + ")";
                expected.merge(speaker + " | " + outletNames.get(q.get("original_outlet_id").asText()), 1, Integer::sum);
                expected.merge(speaker + " | all", 1, Integer::sum);
            }
        }
        String index = page("index.html");
        String table = index.substring(index.indexOf("<table id=\"speakers\">"));
        table = table.substring(0, table.indexOf("</table>"));
        List<String> columns = new ArrayList<>();
        Matcher th = Pattern.compile("<th scope=\"col\">([^<]*)</th>").matcher(table);
        while (th.find()) {
            columns.add(th.group(1));
        }
        Map<String, Integer> shown = new TreeMap<>();
        Matcher tr = Pattern.compile("<tr><td>([^<]*)</td>((?:<td>\\d+</td>)+)</tr>").matcher(table);
        while (tr.find()) {
            Matcher td = Pattern.compile("<td>(\\d+)</td>").matcher(tr.group(2));
            for (int column = 1; td.find(); column++) {
                int count = Integer.parseInt(td.group(1));
                if (count > 0) {
                    shown.put(tr.group(1).replace("&#39;", "'") + " | " + columns.get(column), count);
                }
            }
        }

        assertThat(columns).first().isEqualTo("speaker");
        assertThat(shown).isEqualTo(expected).containsEntry("Antony Blinken (antony-blinken) | Gulf Times", 8);
    }

    @Test
    void aClaimGroupPageShowsEachMemberUnderItsPositionAndTheGroupsVerdict() throws IOException {
        Map<String, String> positionOf = new TreeMap<>();
        for (JsonNode c : rows("claims")) {
            if (!c.get("claim_group_id").isNull()) {
                positionOf.put(c.get("claim_id").asText(), c.get("claim_group_position").asText());
            }
        }
        int members = 0;
        for (JsonNode group : rows("claim_groups")) {
            String id = group.get("claim_group_id").asText();
            String agreement = group.get("agreement").asText();
            String html = page(id + ".html");
            assertThat(html).contains("<p class=\"agreement agreement-" + agreement + "\">The members " + agreement);
            String[] sections = html.split("<section class=\"position ");
            assertThat(sections).as(id).hasSize(group.get("position_ids").size() + 1);
            for (int i = 1; i < sections.length; i++) {
                String position = group.get("position_ids").get(i - 1).asText();
                assertThat(sections[i]).as(id).startsWith(("agree".equals(agreement) ? "p-agree" : "p" + (i - 1))
                        + "\" id=\"position-" + position + "\"");
                Matcher link = Pattern.compile("<a href=\"(d\\d{3})\\.html#(d\\d{3}-c\\d{2})\">").matcher(sections[i]);
                while (link.find()) {
                    assertThat(positionOf.get(link.group(2))).as("%s in %s", link.group(2), id).isEqualTo(position);
                    members++;
                }
            }
        }
        assertThat(members).isEqualTo(positionOf.size());
    }
}
