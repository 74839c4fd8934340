package org.kennisbank.core;

import java.util.Objects;

/**
 * A search as a channel asks it. The query is plain text: quotes, brackets, {@code AND}, {@code *}
 * and {@code ~} are words like any other and never cause an error.
 *
 * @param page 1-based page number
 * @param size hits per page, 1 to {@value #MAX_SIZE}
 * @param asYouType whether the last word may still be incomplete (search-as-you-type)
 */
public record SearchRequest(
    String query, SearchFilters filters, Channel channel, int page, int size, boolean asYouType) {

  public static final int MAX_SIZE = 100;
  public static final int MAX_QUERY_LENGTH = 500;

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(filters, "filters");
    Objects.requireNonNull(channel, "channel");
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new InvalidRequestException(
          "query must be at most " + MAX_QUERY_LENGTH + " characters; got: " + query.length());
    }
    if (page < 1) {
      throw new InvalidRequestException("page must be 1 or more; got: " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidRequestException("size must be between 1 and " + MAX_SIZE + "; got: " + size);
    }
  }

  /** A public search for the first ten hits. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, SearchFilters.NONE, Channel.PUBLIC, 1, 10, false);
  }

  public SearchRequest withFilters(SearchFilters newFilters) {
    return new SearchRequest(query, newFilters, channel, page, size, asYouType);
  }

  public SearchRequest withChannel(Channel newChannel) {
    return new SearchRequest(query, filters, newChannel, page, size, asYouType);
  }

  public SearchRequest withPage(int newPage, int newSize) {
    return new SearchRequest(query, filters, channel, newPage, newSize, asYouType);
  }

  public SearchRequest asYouType(boolean newAsYouType) {
    return new SearchRequest(query, filters, channel, page, size, newAsYouType);
  }
}
