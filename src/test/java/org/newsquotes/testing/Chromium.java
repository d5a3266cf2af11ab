package org.newsquotes.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.opentest4j.TestAbortedException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}), driven through
 * its chromedriver. Both paths are given, so Selenium never looks for, or downloads, a browser or a
 * driver of its own. When Chromium cannot start, {@link #start} says why, and the tests that need it
 * are skipped with that reason; under CI ({@code CI=true}) they fail instead, since CI must run them.
 */
public final class Chromium {

    /** Debian's Chromium, or the one named by {@code -Dquotes.chromium=PATH} (to try the skip, say). */
    public static final Path BINARY = Path.of(System.getProperty("quotes.chromium", "/usr/bin/chromium"));

    /** Debian's chromedriver, of the same version, or the one named by {@code -Dquotes.chromedriver=PATH}. */
    public static final Path DRIVER = Path.of(System.getProperty("quotes.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /**
     * A new headless browser whose console messages are kept for {@code manage().logs()}.
     *
     * @throws TestAbortedException when Chromium cannot start, with the reason (outside CI)
     * @throws AssertionError when Chromium cannot start under CI
     */
    public static ChromeDriver start() {
        String problem;
        if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
            problem = BINARY + " or " + DRIVER + " is missing: install Debian's chromium and chromium-driver";
        } else {
            try {
                ChromeDriverService service = new ChromeDriverService.Builder()
                        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
                return new ChromeDriver(service, options());
            } catch (WebDriverException e) {
                problem = "Chromium could not start: " + e.getMessage().lines().findFirst().orElse("");
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(problem + "; CI must run the browser tests");
        }
        throw new TestAbortedException(problem);
    }

    private static ChromeOptions options() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--disable-gpu", "--window-size=1400,1000",
                // Containers give /dev/shm little room; Chromium's shared memory then goes to /tmp.
                "--disable-dev-shm-usage");
        if ("root".equals(System.getProperty("user.name"))) {
            // Chromium's sandbox cannot run as root, and Chromium refuses to start as root without this.
            options.addArguments("--no-sandbox");
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        return options;
    }
}
