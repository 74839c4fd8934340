package org.kennisbank.server.website;

import java.util.Objects;
import org.kennisbank.core.SearchHit;
import org.kennisbank.core.Section;

/**
 * HTML that the library produced and sanitised: a section's rendered Markdown, or a snippet in
 * which everything but the {@code <mark>} tags is escaped. Only these factories make one, so the
 * templates can print it unescaped (in {@code trusted.jte}, the one such place) without any other
 * text ever reaching the page unescaped.
 */
public record TrustedHtml(String html) {

  public TrustedHtml {
    Objects.requireNonNull(html, "html");
  }

  public static TrustedHtml of(Section section) {
    return new TrustedHtml(section.html());
  }

  public static TrustedHtml snippet(SearchHit hit) {
    return new TrustedHtml(hit.snippet());
  }

  public boolean isEmpty() {
    return html.isEmpty();
  }
}
