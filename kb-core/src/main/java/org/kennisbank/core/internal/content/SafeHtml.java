package org.kennisbank.core.internal.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The last check on HTML rendered from Markdown: only the elements and attributes Markdown
 * produces, and links only to {@code http}, {@code https}, {@code mailto}, {@code tel}, paths and
 * anchors. HTML that passes is returned unchanged; HTML that does not (a renderer bug, a Flexmark
 * change) is cleaned by jsoup. No script, event handler, frame or style gets through either way.
 */
final class SafeHtml {

  /** Only used to resolve relative links while checking them; never appears in output. */
  private static final String BASE = "https://kennisbank.invalid/";
  private static final Safelist SAFELIST = Safelist.relaxed()
      .addTags("hr", "del", "s")
      .addAttributes("th", "align")
      .addAttributes("td", "align")
      .addAttributes("code", "class")
      .removeProtocols("a", "href", "ftp")
      .addProtocols("a", "href", "tel", "#")
      .preserveRelativeLinks(true);
  private static final Cleaner CLEANER = new Cleaner(SAFELIST);

  private SafeHtml() {}

  static String ensureSafe(String html) {
    if (CLEANER.isValid(Jsoup.parseBodyFragment(html, BASE))) {
      return html;
    }
    Document clean = CLEANER.clean(Jsoup.parseBodyFragment(html, BASE));
    clean.outputSettings().prettyPrint(false);
    return clean.body().html();
  }

  static String escape(String text) {
    return Entities.escape(text);
  }
}
