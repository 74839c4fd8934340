package org.kennisbank.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through chromedriver, for browser tests of the server's pages
 * (the agent desktop; the chat widget later). A fresh profile in a temporary folder per session,
 * a 1280x800 window, screenshots under {@code target/screenshots/}.
 *
 * <p>Without Chromium or chromedriver the test fails with the reason when {@code CI} is set (CI
 * installs them: {@code .ci/run}), and is skipped with the reason otherwise. Not thread-safe: one
 * test drives one session.
 */
final class BrowserSession implements AutoCloseable {

  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("KB_CHROMIUM", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("KB_CHROMEDRIVER", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target/screenshots");
  private static final Duration WAIT = Duration.ofSeconds(15);

  private final Path profile;
  private final ChromeDriver driver;
  private final String base;

  private BrowserSession(String base) {
    this.base = base;
    try {
      profile = Files.createTempDirectory("kb-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
        "--window-size=1280,800", "--lang=nl-NL", "--user-data-dir=" + profile);
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(WAIT);
    viewport(1280, 800);
  }

  /** The page's own size in CSS pixels (the window size would count the browser's frame too). */
  void viewport(int width, int height) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  /** A browser for pages under {@code base} ({@code http://127.0.0.1:PORT}); fails or skips without Chromium. */
  static BrowserSession open(String base) {
    requireInstalled();
    return new BrowserSession(base);
  }

  /** Fails (under CI) or skips the test when Chromium or chromedriver is missing; call it before costly set-up. */
  static void requireInstalled() {
    String missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(path -> !Files.isExecutable(path))
        .map(Path::toString).reduce((a, b) -> a + " and " + b).orElse("");
    if (!missing.isEmpty()) {
      String reason = "browser tests need " + missing + " (Debian: apt-get install chromium chromium-driver)";
      if (System.getenv("CI") != null) {
        fail(reason);
      }
      Assumptions.abort(reason);
    }
  }

  WebDriver driver() {
    return driver;
  }

  void go(String path) {
    driver.get(base + path);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  /** Waits until the condition holds (a value other than null or false) and returns it. */
  <T> T waitFor(String what, Function<WebDriver, T> condition) {
    // Pages re-render while a test waits: an element found a moment ago may be replaced.
    return new WebDriverWait(driver, WAIT).withMessage(what)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
  }

  @SuppressWarnings("unchecked")
  <T> T script(String script, Object... arguments) {
    return (T) ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** Runs a script that ends by calling its last argument (the callback) with the result. */
  @SuppressWarnings("unchecked")
  <T> T asyncScript(String script, Object... arguments) {
    return (T) ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
  }

  /** A DevTools protocol command (headers for a machine client, clipboard permissions). */
  Map<String, Object> devTools(String command, Map<String, Object> parameters) {
    return driver.executeCdpCommand(command, parameters);
  }

  /** Lets the page read and write the clipboard, so a test can check what a copy button copied. */
  void allowClipboard() {
    devTools("Browser.grantPermissions", Map.of("origin", base,
        "permissions", java.util.List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
  }

  /** The clipboard's text as the page reads it (after {@link #allowClipboard()}). */
  String clipboard() {
    return asyncScript("const done = arguments[arguments.length - 1];"
        + "navigator.clipboard.readText().then(done, e => done('clipboard unreadable: ' + e));");
  }

  /** The page's console errors and failed loads since the last call (script errors, 4xx/5xx answers). */
  java.util.List<String> consoleErrors() {
    return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
  }

  /** Presses the keys together on whatever has the focus (modifiers first, such as Alt). */
  void press(CharSequence... keys) {
    org.openqa.selenium.interactions.Actions actions = new org.openqa.selenium.interactions.Actions(driver);
    for (int i = 0; i < keys.length - 1; i++) {
      actions.keyDown(keys[i]);
    }
    actions.sendKeys(keys[keys.length - 1]);
    for (int i = keys.length - 2; i >= 0; i--) {
      actions.keyUp(keys[i]);
    }
    actions.perform();
  }

  /** The id of the focused element, empty for none. */
  String focusedId() {
    return script("return document.activeElement ? document.activeElement.id : '';");
  }

  /** Saves the window as {@code target/screenshots/<name>.png}. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException ignored) {
        // a temporary profile left behind is harmless
      }
    }
  }
}
