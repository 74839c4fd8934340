package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.kennisbank.server.storage.ContactChannel;
import org.kennisbank.server.storage.DatabaseConfig;
import org.kennisbank.server.storage.Storage;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The agent desktop in a real browser (headless Chromium), signed in through the sign-in form: what
 * an agent does during a call, by keyboard, with a screenshot of each step under
 * {@code target/screenshots/agent-*.png}; what it stores is checked in the database and through the
 * editors' API; and the time from key-up to rendered results over a few hundred keystrokes,
 * printed as p50 and p95. The steps run in order in one browser session.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgentDeskBrowserTest {

  @TempDir
  static Path folder;
  private static Path database;
  private static TestServer server;
  private static BrowserSession browser;
  private static Browser editor;

  @BeforeAll
  static void start() throws Exception {
    BrowserSession.requireInstalled();
    database = folder.resolve("desk.db");
    server = DeskServer.start(folder, DatabaseConfig.sqlite(database));
    editor = new Browser(server.port()).signedIn(DeskServer.EDITOR, DeskServer.PASSWORD);
    assertThat(editor.write("POST", "/api/editor/messages", "{\"title\":\"Nieuwe tarieven\","
        + "\"body\":\"Per 1 januari gelden de tarieven 2027.\"}").status()).isEqualTo(201);
    assertThat(editor.write("POST", "/api/editor/messages", "{\"title\":\"Storing DigiD\","
        + "\"body\":\"DigiD is traag. Verwijs naar de balie.\",\"important\":true}").status()).isEqualTo(201);

    browser = BrowserSession.open("http://127.0.0.1:" + server.port());
    browser.go("/agent");
    browser.waitFor("sent to sign in", d -> d.getCurrentUrl().contains("/inloggen?terug=%2Fagent"));
    browser.find("#gebruikersnaam").sendKeys(DeskServer.AGENT);
    browser.find("#wachtwoord").sendKeys(DeskServer.PASSWORD);
    browser.screenshot("agent-00-sign-in");
    browser.find("#wachtwoord").sendKeys(Keys.ENTER);
    browser.waitFor("back on the desktop", d -> d.getCurrentUrl().endsWith("/agent"));
    assertThat(browser.find("#who").getText()).isEqualTo("Anna de Vries");
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void agent_finds_opens_and_copies_an_answer_by_keyboard() {
    browser.go("/agent");
    browser.waitFor("search box focused on open", d -> browser.focusedId().equals("zoekvak"));
    browser.screenshot("agent-01-open");

    WebElement box = browser.find("#zoekvak");
    typeSlowly(box, "pasp verl");
    browser.waitFor("the paspoort article first for 'pasp verl'",
        d -> "paspoort".equals(browser.script("const first = document.querySelector('#results li');"
            + "return document.querySelector('#results').dataset.renderedFor === 'pasp verl' && first ? first.dataset.id : null;")));
    assertThat(browser.find("#result-status").getText()).matches("\\d+ resultaten?\\.");
    assertThat(browser.find("#themes").getText()).contains("Paspoort, verhuizen en burgerzaken (");
    browser.screenshot("agent-02-results");

    box.sendKeys(Keys.ARROW_DOWN);
    assertThat(box.getAttribute("aria-activedescendant")).isEqualTo("hit-0");
    box.sendKeys(Keys.ENTER);
    browser.waitFor("the article opened with focus on its title", d -> browser.focusedId().equals("article-title"));
    assertThat(browser.find("#article-title").getText()).isEqualTo("Paspoort");
    String shortAnswer = browser.find("#short-answer").getText();
    assertThat(shortAnswer).startsWith("Een paspoort vraagt u persoonlijk aan");
    assertThat(browser.find("#handling").getText()).contains("Eerste lijn");
    assertThat(browser.find(".tab.intern").getText()).isEqualTo("INTERN");
    assertThat(browser.find(".article-meta").getText()).contains("Team Burgerzaken", "maart 2027");
    browser.screenshot("agent-03-article");

    browser.allowClipboard();
    browser.find("#copy-short").click();
    browser.waitFor("copy confirmed", d -> browser.find("#copy-status").getText().equals("Kort antwoord gekopieerd."));
    assertThat(browser.clipboard()).isEqualTo(shortAnswer);
    browser.screenshot("agent-04-copied");

    browser.script("document.getElementById('article-title').focus();");
    browser.press(Keys.ALT, "k");
    assertThat(browser.focusedId()).as("Alt+K goes to the search box").isEqualTo("zoekvak");
    browser.find("#tab-0").click();

    WebElement internTab = browser.find(".tab.intern");
    internTab.click();
    assertThat(browser.find(".panel.intern").getText()).contains("Werkinstructie", "niet voorlezen");
    internTab.sendKeys(Keys.HOME);
    assertThat(browser.focusedId()).isEqualTo("tab-0");
    browser.find("#tab-0").sendKeys(Keys.ESCAPE);
    assertThat(browser.focusedId()).isEqualTo("zoekvak");

    browser.find(".related button[data-id='identiteitskaart']").click();
    browser.waitFor("a related article one click away",
        d -> browser.find("#article-title").getText().equals("Identiteitskaart"));

    browser.viewport(900, 800);
    browser.screenshot("agent-04-narrow");
    browser.viewport(1280, 800);
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  @Order(2)
  void agent_links_flags_reports_missing_and_reads_messages() throws Exception {
    openPaspoort();
    browser.find("label[for='channel-desk']").click();
    browser.find("#link-answer").click();
    browser.waitFor("link confirmed", d -> browser.find("#link-status").getText()
        .startsWith("Vastgelegd: beantwoord via balie, onderdeel ‘Wat is het’"));
    try (Storage storage = Storage.open(DatabaseConfig.sqlite(database))) {
      assertThat(storage.links().byAccount(DeskServer.AGENT, 10)).singleElement().satisfies(link -> {
        assertThat(link.articleId()).isEqualTo("paspoort");
        assertThat(link.section()).contains("Wat is het");
        assertThat(link.channel()).isEqualTo(ContactChannel.DESK);
      });
    }
    browser.screenshot("agent-05-linked");

    browser.find(".tab:nth-child(4)").click();
    assertThat(browser.find(".tab[aria-selected='true']").getText()).isEqualTo("Kosten");
    browser.find("#panel-3 .flag-section").click();
    browser.waitFor("feedback dialog open", d -> browser.find("#feedback-dialog").isDisplayed());
    assertThat(browser.find("#feedback-about").getText()).isEqualTo("Paspoort › Kosten");
    browser.find("#feedback-form input[value='verouderd']").click();
    browser.find("#feedback-remark").sendKeys("Het tarief voor 2027 ontbreekt.");
    browser.screenshot("agent-06-feedback");
    browser.find("#feedback-form button[type='submit']").click();
    browser.waitFor("feedback sent", d -> !browser.find("#feedback-dialog").isDisplayed());
    assertThat(browser.find("#notice").getText()).startsWith("Melding verstuurd.");

    browser.find("#reports-open").click();
    browser.waitFor("my reports listed", d -> browser.find("#reports-list").getText().contains("Verouderd: Paspoort › Kosten"));
    WebElement report = browser.find("#reports-list .report");
    assertThat(report.getText()).contains("Nieuw", "Het tarief voor 2027 ontbreekt.");
    browser.find("#reports-dialog button[data-close]").click();
    // An editor takes it up; the agent sees the new status.
    assertThat(editor.write("PATCH", "/api/editor/feedback/" + report.getAttribute("data-id"),
        "{\"status\":\"in-progress\"}").status()).isEqualTo(200);
    browser.find("#reports-open").click();
    browser.waitFor("status updated", d -> browser.find("#reports-list .report .report-status").getText().equals("In behandeling"));
    browser.screenshot("agent-07-my-reports");
    browser.find("#reports-dialog button[data-close]").click();

    WebElement box = browser.find("#zoekvak");
    box.sendKeys(Keys.chord(Keys.CONTROL, "a"));
    typeSlowly(box, "hondenuitlaatveld");
    browser.find("#missing-open").click();
    browser.waitFor("missing dialog open", d -> browser.find("#missing-dialog").isDisplayed());
    assertThat(browser.find("#missing-query").getDomProperty("value")).isEqualTo("hondenuitlaatveld");
    assertThat(browser.focusedId()).isEqualTo("missing-note");
    browser.find("#missing-note").sendKeys("Klant vraagt waar honden los mogen lopen.");
    browser.screenshot("agent-08-missing");
    browser.find("#missing-form button[type='submit']").click();
    browser.waitFor("missing sent", d -> !browser.find("#missing-dialog").isDisplayed());
    browser.find("#reports-open").click();
    browser.waitFor("missing listed", d -> browser.find("#reports-list").getText().contains("Artikel ontbreekt: ‘hondenuitlaatveld’"));
    browser.find("#reports-dialog button[data-close]").click();

    WebElement first = browser.find("#message-list .message");
    assertThat(first.getAttribute("class")).contains("important");
    assertThat(first.getText()).contains("Belangrijk", "Storing DigiD");
    browser.screenshot("agent-09-message");
    first.findElement(org.openqa.selenium.By.cssSelector("button.dismiss")).click();
    browser.waitFor("message moved to read", d -> browser.find("#message-read-list").getAttribute("textContent").contains("Storing DigiD"));
    assertThat(browser.find("#message-list").getText()).doesNotContain("Storing DigiD").contains("Nieuwe tarieven");
    browser.go("/agent");
    browser.waitFor("read mark kept on the server", d -> browser.find("#message-read-list").getAttribute("textContent")
        .contains("Storing DigiD"));
    assertThat(browser.consoleErrors()).isEmpty();
    browser.screenshot("agent-10-message-read");
  }

  private static void openPaspoort() {
    browser.go("/agent");
    browser.waitFor("search box focused", d -> browser.focusedId().equals("zoekvak"));
    typeSlowly(browser.find("#zoekvak"), "pasp");
    browser.waitFor("paspoort found", d -> "paspoort".equals(browser.script(
        "const first = document.querySelector('#results li'); return first ? first.dataset.id : null;")));
    browser.find("#zoekvak").sendKeys(Keys.ENTER);
    browser.waitFor("article open", d -> browser.focusedId().equals("article-title"));
  }

  @Test
  @Order(3)
  void keystrokes_to_rendered_results_are_measured() {
    browser.go("/agent");
    browser.waitFor("search box focused", d -> browser.focusedId().equals("zoekvak"));
    WebElement box = browser.find("#zoekvak");
    List<Double> millis = new ArrayList<>();
    int missed = 0;
    for (String query : TYPED) {
      box.sendKeys(Keys.chord(Keys.CONTROL, "a"));
      for (char letter : query.toCharArray()) {
        long before = browser.<Long>script("return window.__kbTimings.length;");
        box.sendKeys(String.valueOf(letter));
        long after = waitForTiming(before);
        if (after == before) {
          missed++;
        }
      }
    }
    List<Map<String, Object>> timings = browser.script("return window.__kbTimings;");
    List<Double> request = new ArrayList<>();
    timings.forEach(t -> {
      millis.add(((Number) t.get("ms")).doubleValue());
      request.add(((Number) t.get("requestMs")).doubleValue());
    });
    millis.sort(Double::compare);
    request.sort(Double::compare);
    System.out.printf("desk key-up to rendered results: %d keystrokes over %d queries (%d without own render): "
            + "p50 %.1f ms, p95 %.1f ms, max %.1f ms; of which request to rendered (after the 60 ms debounce): "
            + "p50 %.1f ms, p95 %.1f ms%n", millis.size(), TYPED.size(), missed, percentile(millis, 50),
        percentile(millis, 95), millis.getLast(), percentile(request, 50), percentile(request, 95));
    assertThat(browser.consoleErrors()).isEmpty();
    browser.screenshot("agent-11-after-typing");
    assertThat(millis.size()).isGreaterThan(200);
  }

  @Test
  @Order(4)
  void agent_signs_out() {
    browser.go("/agent");
    browser.find("#signout").click();
    browser.waitFor("signed out", d -> d.getCurrentUrl().contains("/inloggen"));
    browser.go("/agent");
    browser.waitFor("the desktop asks to sign in again", d -> d.getCurrentUrl().contains("/inloggen?terug=%2Fagent"));
  }

  /** Waits until the desktop recorded the timing of the last keystroke (or 5 s passed). */
  private static long waitForTiming(long before) {
    return browser.<Long>asyncScript("const before = arguments[0], done = arguments[arguments.length - 1];"
        + "const start = performance.now();"
        + "(function poll() { const n = window.__kbTimings.length;"
        + "  if (n > before || performance.now() - start > 5000) done(n); else setTimeout(poll, 2); })();", before);
  }

  private static void typeSlowly(WebElement box, String text) {
    for (char letter : text.toCharArray()) {
      long before = browser.<Long>script("return window.__kbTimings.length;");
      box.sendKeys(String.valueOf(letter));
      waitForTiming(before);
    }
  }

  private static double percentile(List<Double> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  /** Queries typed as agents type them: every word cut short. */
  private static final List<String> TYPED = List.of("pasp verl", "verh doorg", "park verg", "huw aang", "naamsw",
      "kapverg", "id kaart kwijt", "rijb verl", "grofv ophal", "kliko kapot", "bijst aanvr", "uittr brp",
      "geb aang", "overl aang", "hondenbel", "ozb bezw", "wmo hulp", "schuldhulp", "omgevingsverg", "evenem verg",
      "afval pas", "verh buitenl", "kinderpasp", "ger tweede pasp", "bew verkl", "nat verz", "erfp", "leges pasp",
      "parkeerv bewon", "zwerfv meld", "straatl kap", "bouwverg aanvr", "woonsubs", "minima reg", "tozo");
}
