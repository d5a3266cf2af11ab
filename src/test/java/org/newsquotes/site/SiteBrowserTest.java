package org.newsquotes.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.load.DatasetLoader;
import org.newsquotes.testing.Chromium;
import org.newsquotes.testing.HostileDataset;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.opentest4j.TestAbortedException;

/**
 * The site in a real browser, one headless Chromium for every test, pages loaded from disk. What the
 * pages must show is read from the dataset's YAML files with Jackson, not from the site's code.
 */
class SiteBrowserTest {

    private static final Path DATASET = Path.of("dataset");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path temp;

    private static Path site;
    private static Path hostileSite;
    private static ChromeDriver browser;
    private static final Map<String, List<Record>> RECORDS = new LinkedHashMap<>();
    private static final Map<String, String> SPEAKERS = new LinkedHashMap<>();

    /**
     * A quote or claim as the YAML has it.
     *
     * @param id its id
     * @param quote whether it is a quote
     * @param text its text
     * @param start its first code point
     * @param end the code point after its last
     * @param speaker the speaker id of a quote, or null
     * @param utterance the utterance group of a quote, or null
     */
    record Record(String id, boolean quote, String text, int start, int end, String speaker, String utterance) {
    }

    /** Why Chromium could not start, or null. */
    private static String unavailable;

    @BeforeAll
    static void buildTheSitesAndStartTheBrowser() throws IOException {
        try {
            browser = Chromium.start();
        } catch (TestAbortedException e) {
            // Each test is then reported as skipped, with the reason, rather than the class as a whole.
            unavailable = e.getMessage();
            return;
        }
        // Headless, the page never has the window's focus, and without it a script's focus() fires no focus
        // events; emulating a focused page lets the tests focus a highlight as a user would.
        browser.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        site = write(DATASET, temp.resolve("site"));
        hostileSite = write(HostileDataset.write(temp.resolve("hostile")), temp.resolve("hostile-site"));
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        yaml.readTree(DATASET.resolve("speakers.yaml").toFile()).get("speakers")
                .forEach(s -> SPEAKERS.put(s.get("id").asText(), s.get("name").asText()));
        try (Stream<Path> files = Files.list(DATASET.resolve("documents"))) {
            for (Path file : files.sorted().toList()) {
                JsonNode document = yaml.readTree(file.toFile());
                List<Record> records = new ArrayList<>();
                document.get("quotes").forEach(q -> records.add(record(q, true)));
                document.get("claims").forEach(c -> records.add(record(c, false)));
                RECORDS.put(document.get("id").asText(), records);
            }
        }
    }

    private static Record record(JsonNode node, boolean quote) {
        return new Record(node.get("id").asText(), quote, node.get("text").asText(), node.get("char_start").asInt(),
                node.get("char_end").asInt(), text(node.get("speaker")), text(node.get("utterance")));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static Path write(Path dataset, Path folder) throws IOException {
        Files.createDirectories(folder);
        new SiteWriter(new SiteInfo("Geneva 2022 quotes and claims", "test", "Cite it."))
                .write(new DatasetLoader(Path.of("")).load(dataset).dataset(), folder);
        return folder;
    }

    @BeforeEach
    void needsTheBrowser() {
        Assumptions.assumeTrue(unavailable == null, unavailable);
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void open(Path folder, String page) {
        browser.get(folder.resolve(page).toUri().toString());
    }

    /** Claims that cross a quote of their document: the records the page must show in pieces. */
    private static Set<String> crossingClaims(List<Record> records) {
        Set<String> crossing = new LinkedHashSet<>();
        for (Record c : records) {
            for (Record q : records) {
                if (!c.quote() && q.quote() && (c.start() < q.start() && q.start() < c.end() && c.end() < q.end()
                        || q.start() < c.start() && c.start() < q.end() && q.end() < c.end())) {
                    crossing.add(c.id());
                }
            }
        }
        return crossing;
    }

    @Test
    void showsEveryQuoteAndClaimAsAnElementWhoseVisibleTextIsItsText() throws IOException {
        int whole = 0;
        Set<String> cut = new LinkedHashSet<>();
        for (Map.Entry<String, List<Record>> document : RECORDS.entrySet()) {
            open(site, document.getKey() + ".html");
            for (Record r : document.getValue()) {
                List<WebElement> pieces = browser.findElements(By.cssSelector("[data-record='" + r.id() + "']"));
                assertThat(pieces).as(r.id()).isNotEmpty();
                assertThat(pieces.get(0).getAttribute("id")).isEqualTo(r.id());
                if (pieces.size() == 1) {
                    assertThat(pieces.get(0).getText()).as(r.id()).isEqualTo(r.text());
                    whole++;
                } else {
                    assertThat(pieces.stream().map(p -> p.getDomProperty("textContent")).collect(Collectors.joining()))
                            .as(r.id()).isEqualTo(r.text());
                    cut.add(r.id());
                }
            }
            String shown = browser.findElements(By.cssSelector(".src")).stream()
                    .map(e -> e.getDomProperty("textContent")).collect(Collectors.joining());
            String source = Files.readString(DATASET.resolve("sources").resolve(
                    browser.findElement(By.cssSelector("dd[data-field='source file']")).getText().split(" ")[0]
                            .substring("dataset/sources/".length())), StandardCharsets.UTF_8);
            assertThat(shown).as("the text of %s", document.getKey()).isEqualTo(source);
        }
        Set<String> crossing = RECORDS.values().stream().flatMap(r -> crossingClaims(r).stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(cut).isEqualTo(crossing).containsExactly("d000-c14", "d003-c07");
        assertThat(whole + cut.size()).isEqualTo(RECORDS.values().stream().mapToInt(List::size).sum());
    }

    @Test
    void focusingAQuoteShowsItsRecordWithItsSpeaker() {
        for (Map.Entry<String, List<Record>> document : RECORDS.entrySet()) {
            open(site, document.getKey() + ".html");
            for (Record q : document.getValue().stream().filter(Record::quote).toList()) {
                WebElement highlight = browser.findElement(By.id(q.id()));
                browser.executeScript("arguments[0].focus()", highlight);

                assertThat(browser.executeScript("return Array.from(document.querySelectorAll('.card:not([hidden])'),"
                        + " c => c.id);")).as(q.id()).isEqualTo(List.of("card-" + q.id()));
                WebElement card = browser.findElement(By.id("card-" + q.id()));
                assertThat(card.isDisplayed()).as(q.id()).isTrue();
                String speaker = card.findElement(By.cssSelector("dd[data-field='speaker']")).getText();
                assertThat(speaker).as(q.id())
                        .isEqualTo(q.speaker() == null ? "not given" : SPEAKERS.get(q.speaker()) + " (" + q.speaker() + ")");
            }
        }
    }

    @Test
    void clickingAHighlightShowsItsRecord() {
        open(site, "d000.html");
        browser.findElement(By.id("d000-q02")).click();

        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("d000-q02");
        assertThat(browser.findElement(By.id("card-d000-q02")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("card-d000-q02")).getText()).contains("Sergey Lavrov (sergey-lavrov)");
    }

    @Test
    void theLinksOfAnUtterancePageReachTheirHighlights() throws IOException {
        Map<String, Record> quotes = RECORDS.values().stream().flatMap(List::stream).filter(Record::quote)
                .collect(Collectors.toMap(Record::id, r -> r));
        JsonNode groups = new ObjectMapper(new YAMLFactory()).readTree(DATASET.resolve("utterances.yaml").toFile());
        int followed = 0;
        for (JsonNode group : groups.get("utterances")) {
            String page = group.get("id").asText() + ".html";
            open(site, page);
            int links = browser.findElements(By.cssSelector("a.source-link")).size();
            assertThat(links).as(page).isGreaterThanOrEqualTo(1);
            for (int i = 0; i < links; i++) {
                open(site, page);
                WebElement rendering = browser.findElements(By.cssSelector("blockquote.words")).get(i);
                Record quote = quotes.get(rendering.getAttribute("data-quote"));
                assertThat(rendering.getText()).as("rendering of %s", quote.id()).isEqualTo(quote.text());

                browser.findElements(By.cssSelector("a.source-link")).get(i).click();

                String document = quote.id().substring(0, 4);
                assertThat(browser.getCurrentUrl()).endsWith("/" + document + ".html#" + quote.id());
                WebElement target = browser.findElement(By.id(quote.id()));
                assertThat(target.getText()).isEqualTo(quote.text());
                assertThat(browser.switchTo().activeElement()).isEqualTo(target);
                assertThat(browser.findElement(By.id("card-" + quote.id())).getDomProperty("hidden")).isEqualTo("false");
                followed++;
            }
        }
        long members = quotes.values().stream().filter(q -> q.utterance() != null).count();
        assertThat(followed).isEqualTo(members);
    }

    @Test
    void theKeyboardAloneReachesEveryHighlight() {
        for (Map.Entry<String, List<Record>> document : RECORDS.entrySet()) {
            open(site, document.getKey() + ".html");
            browser.executeScript("window.focusedRecords = [];"
                    + "document.addEventListener('focusin', e => window.focusedRecords.push("
                    + "e.target.getAttribute('data-record') || e.target.tagName));"
                    + "document.activeElement.blur();");
            long stops = (Long) browser.executeScript("return document.querySelectorAll('[tabindex], a[href]').length;");
            Actions keys = new Actions(browser);
            for (long i = 0; i < stops + 5; i++) {
                keys.sendKeys(Keys.TAB);
            }
            keys.perform();

            @SuppressWarnings("unchecked")
            List<String> focused = (List<String>) browser.executeScript("return window.focusedRecords;");
            assertThat(focused).as(document.getKey())
                    .containsAll(document.getValue().stream().map(Record::id).toList());
        }
    }

    @Test
    void writesNoErrorToTheConsoleOnAnyPage() throws IOException {
        browser.get("data:text/html,<script>throw new Error('seen by the test')</script>");
        assertThat(severe()).as("the console is read").anyMatch(m -> m.contains("seen by the test"));

        List<String> errors = new ArrayList<>();
        try (Stream<Path> pages = Files.list(site)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                browser.get(page.toUri().toString());
                severe().forEach(m -> errors.add(page.getFileName() + ": " + m));
            }
        }
        open(hostileSite, "d001.html");
        severe().forEach(m -> errors.add("hostile d001.html: " + m));
        assertThat(errors).isEmpty();
    }

    private static List<String> severe() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    @Test
    void showsScriptsMarkupAndRightToLeftTextAsTextAndRunsNothing() throws IOException {
        open(hostileSite, "d001.html");

        assertThat(browser.getTitle()).isEqualTo("d001: Talks in Genève 🌍 end");
        assertThat(browser.executeScript("return typeof window.pwned;")).isEqualTo("undefined");
        assertThat(browser.findElement(By.id("d001-q01")).getText()).isEqualTo(HostileDataset.QUOTE);
        assertThat(browser.findElement(By.id("d001-q03")).getText()).isEqualTo(HostileDataset.INNER);
        assertThat(browser.findElements(By.tagName("img"))).isEmpty();
        assertThat(browser.findElements(By.tagName("textarea"))).isEmpty();
        assertThat(browser.findElements(By.tagName("script"))).hasSize(1);
        String shown = browser.findElements(By.cssSelector(".src")).stream()
                .map(e -> e.getDomProperty("textContent")).collect(Collectors.joining());
        assertThat(shown).isEqualTo(Files.readString(temp.resolve("hostile/dataset/sources/001_fixture.txt"),
                StandardCharsets.UTF_8)).contains(HostileDataset.FURNITURE);

        open(hostileSite, "u-ada-written-answer.html");
        assertThat(browser.findElement(By.cssSelector("blockquote.words")).getText()).isEqualTo(HostileDataset.QUOTE);
        assertThat(browser.getTitle()).isEqualTo("Utterance u-ada-written-answer");
        assertThat(browser.executeScript("return typeof window.pwned;")).isEqualTo("undefined");
    }

    @Test
    void savesScreenshotsOfADocumentAndAnUtterancePage() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        browser.get(site.resolve("d000.html").toUri() + "#d000-q05");
        Path document = SCREENSHOTS.resolve("d000.png");
        Files.write(document, browser.getScreenshotAs(OutputType.BYTES));
        open(site, "u-lavrov-written-response.html");
        Path utterance = SCREENSHOTS.resolve("u-lavrov-written-response.png");
        Files.write(utterance, browser.getScreenshotAs(OutputType.BYTES));

        for (Path png : List.of(document, utterance)) {
            byte[] bytes = Files.readAllBytes(png);
            assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
            assertThat(bytes.length).as(png.toString()).isGreaterThan(20_000);
        }
    }
}
