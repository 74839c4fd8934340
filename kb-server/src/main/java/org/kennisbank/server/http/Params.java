package org.kennisbank.server.http;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.kennisbank.core.ArticleType;
import org.kennisbank.core.Audience;
import org.kennisbank.core.Channel;
import org.kennisbank.core.SearchFilters;
import org.kennisbank.core.SearchRequest;
import org.kennisbank.core.Theme;

/**
 * Reads request parameters at the edge; anything malformed becomes a 400 that says what is wrong.
 * A parameter that takes one value is refused when it is given twice, so that no proxy or script
 * can make the server read another value than the one it checked; only the filters repeat.
 */
public final class Params {

  /** Hits per page when the request does not say. */
  public static final int DEFAULT_SIZE = 10;

  /**
   * ASCII digits only: {@link Integer#parseInt} also reads Arabic-Indic, fullwidth and other
   * Unicode digits, which no client means as a page number.
   */
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]{1,10}");

  private Params() {}

  public static SearchRequest searchRequest(Context ctx, Channel channel) {
    String query = query(ctx);
    int page = integer(ctx, "page", 1, 1, 1000);
    int size = integer(ctx, "size", DEFAULT_SIZE, 1, SearchRequest.MAX_SIZE);
    SearchFilters filters = SearchFilters.NONE
        .withThemes(values(ctx, "theme", value -> Theme.fromId(value).map(Theme::id), Theme.idList()))
        .withTypes(values(ctx, "type", ArticleType::fromId, "product, theme, faq"))
        .withAudiences(values(ctx, "audience", Audience::fromId, "particulier, ondernemer"));
    boolean asYouType = bool(ctx, "typing");
    return new SearchRequest(query, filters, channel, page, size, asYouType);
  }

  /** The query text {@code q}, empty when absent; refused when longer than the library accepts. */
  public static String query(Context ctx) {
    String query = single(ctx, "q").orElse("");
    if (query.length() > SearchRequest.MAX_QUERY_LENGTH) {
      throw new BadRequestResponse("parameter 'q' must be at most " + SearchRequest.MAX_QUERY_LENGTH + " characters; got " + query.length());
    }
    return query;
  }

  public static int integer(Context ctx, String name, int fallback, int min, int max) {
    String text = single(ctx, name).orElse("");
    if (text.isBlank()) {
      return fallback;
    }
    String digits = text.strip();
    if (!WHOLE_NUMBER.matcher(digits).matches()) {
      throw notAWholeNumber(name, text);
    }
    long value = Long.parseLong(digits);
    if (value < min || value > max) {
      throw new BadRequestResponse("parameter '" + name + "' must be between " + min + " and " + max + "; got " + value);
    }
    return (int) value;
  }

  private static BadRequestResponse notAWholeNumber(String name, String text) {
    return new BadRequestResponse("parameter '" + name + "' must be a whole number; got '" + text + "'");
  }

  public static boolean bool(Context ctx, String name) {
    String text = single(ctx, name).orElse("");
    if (text.isBlank()) {
      return false;
    }
    return switch (text.strip()) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw new BadRequestResponse("parameter '" + name + "' must be true or false; got '" + text + "'");
    };
  }

  /** The value of a parameter that may be given once; empty when absent, a 400 when repeated. */
  public static Optional<String> single(Context ctx, String name) {
    List<String> given = ctx.queryParams(name);
    if (given.size() > 1) {
      throw new BadRequestResponse("parameter '" + name + "' may be given once; got it " + given.size() + " times");
    }
    return given.stream().findFirst();
  }

  /** Values of a repeatable parameter; each may also hold a comma-separated list. */
  public static <T> List<T> values(Context ctx, String name, Function<String, Optional<T>> lookup, String known) {
    List<T> values = new ArrayList<>();
    for (String raw : ctx.queryParams(name)) {
      for (String value : Arrays.stream(raw.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList()) {
        values.add(lookup.apply(value).orElseThrow(() ->
            new BadRequestResponse("parameter '" + name + "' has unknown value '" + value + "' (known: " + known + ")")));
      }
    }
    return values;
  }
}
