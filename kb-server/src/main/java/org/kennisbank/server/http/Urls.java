package org.kennisbank.server.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.kennisbank.core.ArticleType;
import org.kennisbank.core.Audience;
import org.kennisbank.core.SearchFilters;

/**
 * Every path of the server, written once: route patterns and the links built from them. The API
 * and the website link to the same article and theme pages.
 */
public final class Urls {

  public static final String API = "/api";
  public static final String AGENT_API = API + "/agent";
  public static final String HEALTH = "/health";
  public static final String ADMIN_API = API + "/admin";
  public static final String ADMIN_HEALTH = ADMIN_API + "/health";

  public static final String EDITOR_API = API + "/editor";
  /** Who is signed in and the session's CSRF token, as JSON. */
  public static final String SESSION = AGENT_API + "/session";
  public static final String SIGN_IN = "/inloggen";
  public static final String SIGN_OUT = "/uitloggen";
  /**
   * The agent desktop page, where a signed-in agent lands when the sign-in page was opened without
   * a return path; its scripts and stylesheet below it.
   */
  public static final String AGENT_DESK = "/agent";
  public static final String AGENT_DESK_ASSETS = AGENT_DESK + "/assets/";

  public static final String HOME = "/";
  public static final String SEARCH = "/zoeken";
  private static final String ARTICLES = "/artikelen/";
  private static final String THEMES = "/themas/";
  public static final String ARTICLE_ROUTE = ARTICLES + "{id}";
  public static final String THEME_ROUTE = THEMES + "{id}";

  public static final String STYLESHEET = "/assets/site.css";
  /** The chat widget's ES modules, on every website page. */
  public static final String WIDGET_ASSETS = "/assets/widget/";
  public static final String WIDGET_SCRIPT = WIDGET_ASSETS + "chat.js";
  public static final String FAVICON = "/favicon.svg";
  public static final String LEGACY_FAVICON = "/favicon.ico";
  public static final String ROBOTS = "/robots.txt";

  private Urls() {}

  /** Whether a path belongs to the JSON side (API and health), whose errors are JSON. */
  public static boolean isApi(String path) {
    return path.equals(HEALTH) || path.equals(API) || path.startsWith(API + "/");
  }

  /** The sign-in page that returns to {@code returnPath} (a local path) after signing in. */
  public static String signIn(String returnPath) {
    return SIGN_IN + "?terug=" + encode(returnPath);
  }

  /**
   * {@code path} when it is a path on this server, so that a sign-in link can never send the
   * browser elsewhere: one leading slash, not {@code //host} or {@code /\host} (which browsers
   * read as another host), no scheme, no control characters or backslashes.
   */
  public static Optional<String> localPath(String path) {
    boolean local = path.startsWith("/") && !path.startsWith("//") && path.length() <= 2000
        && path.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == '\\');
    return local ? Optional.of(path) : Optional.empty();
  }

  public static String article(String id) {
    return ARTICLES + encodePath(id);
  }

  public static String theme(String id) {
    return THEMES + encodePath(id);
  }

  /** The website search for a query, with the given filters and page; page 1 and no filters add nothing. */
  public static String search(String query, SearchFilters filters, int page) {
    List<String> parameters = new ArrayList<>();
    parameters.add("q=" + encode(query));
    filters.themes().stream().sorted().forEach(theme -> parameters.add("theme=" + encode(theme)));
    filters.types().stream().map(ArticleType::id).sorted().forEach(type -> parameters.add("type=" + encode(type)));
    filters.audiences().stream().map(Audience::id).sorted()
        .forEach(audience -> parameters.add("audience=" + encode(audience)));
    if (page > 1) {
      parameters.add("page=" + page);
    }
    return SEARCH + "?" + String.join("&", parameters);
  }

  public static String search(String query) {
    return search(query, SearchFilters.NONE, 1);
  }

  /**
   * The address as a link target when it is an {@code http} or {@code https} URL; empty for any
   * other scheme ({@code javascript:}, {@code data:}, ...), so content can never place a live
   * script link on a page.
   */
  public static Optional<String> externalLink(String address) {
    String trimmed = address.strip();
    String lower = trimmed.toLowerCase(java.util.Locale.ROOT);
    boolean web = Stream.of("http://", "https://").anyMatch(lower::startsWith);
    return web && trimmed.chars().noneMatch(c -> c < 0x21) ? Optional.of(trimmed) : Optional.empty();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String encodePath(String segment) {
    return encode(segment).replace("+", "%20");
  }
}
