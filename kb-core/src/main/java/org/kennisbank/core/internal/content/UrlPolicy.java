package org.kennisbank.core.internal.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which link targets may appear in HTML the library produces: {@code http}, {@code https},
 * {@code mailto}, {@code tel}, article links ({@code kb:}) and links without a scheme (paths,
 * {@code #anchors}). Anything else ({@code javascript:}, {@code data:}, {@code vbscript:}, ...) is
 * refused, however it is written: browsers ignore case, whitespace and control characters in a
 * scheme, so the check does too. Entities are decoded by the caller (Flexmark does it for Markdown).
 */
public final class UrlPolicy {

  /** The schemes a link in an article body may use. */
  public static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel", "kb");
  /** The schemes a web address field ({@code source}, {@code upl}) may use. */
  public static final Set<String> WEB_SCHEMES = Set.of("http", "https");

  private static final Pattern SCHEME = Pattern.compile("^([^/?#]*?):");
  private static final Pattern VALID_SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*");

  private UrlPolicy() {}

  /** Whether a link target may become a link: an allowed scheme, or none at all. */
  public static boolean isAllowedLink(String url) {
    return scheme(url).map(LINK_SCHEMES::contains).orElse(true);
  }

  /**
   * The scheme of a URL as a browser would read it (lower-cased, with whitespace, control and
   * invisible format characters removed); empty when the URL has none (a path or an anchor). A
   * scheme made of characters no scheme may have (such as {@code %6a}) is returned as written, so
   * that it is refused rather than guessed at.
   */
  static Optional<String> scheme(String url) {
    StringBuilder cleaned = new StringBuilder(url.length());
    url.codePoints()
        .filter(c -> !(Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)
            || Character.getType(c) == Character.FORMAT))
        .forEach(cleaned::appendCodePoint);
    Matcher matcher = SCHEME.matcher(cleaned.toString().toLowerCase(Locale.ROOT));
    if (!matcher.find()) {
      return Optional.empty();
    }
    String scheme = matcher.group(1);
    return Optional.of(VALID_SCHEME.matcher(scheme).matches() ? scheme : "invalid scheme '" + scheme + "'");
  }

  /** Whether a value is an absolute {@code http} or {@code https} URL with a host, nothing else. */
  public static boolean isWebAddress(String value) {
    try {
      URI uri = new URI(value);
      return uri.getScheme() != null && WEB_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
          && uri.getHost() != null && !uri.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
