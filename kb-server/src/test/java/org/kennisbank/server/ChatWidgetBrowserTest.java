package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kennisbank.server.chat.ContactCentre;
import org.kennisbank.server.storage.ChatLogEntry;
import org.kennisbank.server.storage.DatabaseConfig;
import org.kennisbank.server.storage.Storage;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The chat widget on the website in a real browser (headless Chromium), used by keyboard only: open
 * it, ask, follow up, greet, an emergency, close; a screenshot of each step under
 * {@code target/screenshots/chat-*.png}; what was logged is checked in the database.
 */
class ChatWidgetBrowserTest {

  private static final ContactCentre CONTACT = new ContactCentre("14 0999", "maandag tot en met vrijdag 8.30 tot 16.30 uur");

  @TempDir
  static Path folder;
  private static Path database;
  private static TestServer server;
  private static BrowserSession browser;

  @BeforeAll
  static void start() {
    BrowserSession.requireInstalled();
    database = folder.resolve("chat.db");
    server = new TestServer(ServerConfig.forTest(TestServer.TOKEN).withDatabase(DatabaseConfig.sqlite(database))
        .withContact(CONTACT), DeskServer.kb());
    browser = BrowserSession.open("http://127.0.0.1:" + server.port());
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

  private List<WebElement> replies() {
    return browser.driver().findElements(By.cssSelector("#chat-log li.chat-bot"));
  }

  /** Types the question into the focused field, sends it with Enter and waits for the reply. */
  private WebElement ask(String question) {
    int before = replies().size();
    assertThat(browser.focusedId()).as("the question field keeps the focus").isEqualTo("chat-question");
    browser.press(question);
    browser.press(Keys.ENTER);
    browser.waitFor("a reply to '" + question + "'", d -> replies().size() > before);
    assertThat(browser.focusedId()).as("focus stays in the question field after sending").isEqualTo("chat-question");
    assertThat(browser.find("#chat-question").getAttribute("value")).isEmpty();
    return replies().get(before);
  }

  @Test
  void resident_asks_follows_up_and_is_handed_over_by_keyboard() {
    browser.go("/");
    browser.waitFor("the widget shown by its script", d -> browser.find("#chat").isDisplayed());
    WebElement toggle = browser.find("#chat-toggle");
    assertThat(toggle.getText()).isEqualTo("Vraag het de chatbot");
    assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
    browser.screenshot("chat-01-closed");

    for (int i = 0; i < 200 && !browser.focusedId().equals("chat-toggle"); i++) {
      browser.press(Keys.TAB);
    }
    assertThat(browser.focusedId()).as("the widget's button is reached with Tab").isEqualTo("chat-toggle");
    browser.press(Keys.ENTER);
    browser.waitFor("the panel open with focus in the question field", d -> browser.focusedId().equals("chat-question"));
    assertThat(browser.find("#chat-title").getText()).isEqualTo("Chatbot");
    assertThat(browser.find("label[for='chat-question']").getText()).isEqualTo("Uw vraag");
    assertThat(browser.find("#chat-log").getAttribute("aria-live")).isEqualTo("polite");
    assertThat(browser.find("#chat-toggle").getAttribute("aria-expanded")).isEqualTo("true");
    browser.screenshot("chat-02-open");

    WebElement first = ask("hoe vraag ik een paspoort aan?");
    assertThat(first.getAttribute("data-reason")).isEqualTo("answered");
    assertThat(first.findElement(By.cssSelector(".chat-answer")).getText()).startsWith("Maak online een afspraak");
    WebElement source = first.findElement(By.cssSelector(".chat-source a"));
    assertThat(source.getText()).isEqualTo("Paspoort");
    assertThat(source.getAttribute("href")).endsWith("/artikelen/paspoort");
    assertThat(first.findElement(By.cssSelector(".chat-source")).getText()).contains("(Aanvragen)");
    browser.screenshot("chat-03-answer");

    WebElement followUp = ask("en wat kost dat?");
    assertThat(followUp.getAttribute("data-reason")).isEqualTo("answered");
    assertThat(followUp.findElement(By.cssSelector(".chat-source")).getText()).isEqualTo("Lees meer: Paspoort (Kosten)");
    assertThat(followUp.findElement(By.cssSelector(".chat-answer")).getText()).contains("€");
    assertThat(followUp.findElements(By.cssSelector(".chat-alternatives a"))).isNotEmpty()
        .allSatisfy(link -> assertThat(link.getAttribute("href")).contains("/artikelen/"));
    browser.screenshot("chat-04-follow-up");

    WebElement greeting = ask("hallo");
    assertThat(greeting.getAttribute("data-reason")).isEqualTo("greeting");
    assertThat(greeting.findElements(By.cssSelector(".chat-source"))).isEmpty();
    assertThat(greeting.findElement(By.cssSelector(".chat-contact")).getText()).isEqualTo(
        "Liever meteen iemand spreken? Bel het Klant Contact Centrum op 14 0999 (maandag tot en met vrijdag 8.30 tot 16.30 uur).");
    assertThat(greeting.findElement(By.cssSelector(".chat-contact a")).getAttribute("href")).isEqualTo("tel:140999");
    browser.screenshot("chat-05-handover");

    WebElement emergency = ask("mijn vader is bewusteloos en ademt niet");
    assertThat(emergency.getAttribute("data-reason")).isEqualTo("emergency");
    assertThat(emergency.findElement(By.cssSelector(":scope > :nth-child(2)")).getAttribute("class"))
        .as("the help lines come first, right after the hidden speaker label").isEqualTo("chat-help");
    assertThat(emergency.findElement(By.cssSelector(".chat-help")).getText()).contains("112", "0800-0113", "0800-2000");
    browser.screenshot("chat-06-emergency");
    browser.viewport(390, 800);
    assertThat(browser.find("#chat-panel").getRect().getWidth()).as("the panel fits a phone's width").isLessThanOrEqualTo(390);
    browser.screenshot("chat-07-narrow");
    browser.viewport(1280, 800);

    browser.press(Keys.ESCAPE);
    assertThat(browser.find("#chat-panel").isDisplayed()).isFalse();
    assertThat(browser.focusedId()).as("Escape closes and returns to the button").isEqualTo("chat-toggle");
    assertThat(browser.consoleErrors()).isEmpty();

    try (Storage storage = Storage.open(DatabaseConfig.sqlite(database))) {
      List<ChatLogEntry> log = storage.chatLog().newest(10).reversed();
      assertThat(log).extracting(ChatLogEntry::question).containsExactly("hoe vraag ik een paspoort aan?", "en wat kost dat?",
          "hallo", "mijn vader is bewusteloos en ademt niet");
      assertThat(log).extracting(ChatLogEntry::reason).containsExactly("answered", "answered", "greeting", "emergency");
      assertThat(log).extracting(ChatLogEntry::conversationId).containsOnly(log.getFirst().conversationId());
      assertThat(log.get(1).section()).contains("Kosten");
    }
  }
}
