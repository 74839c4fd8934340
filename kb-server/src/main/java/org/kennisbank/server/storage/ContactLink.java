package org.kennisbank.server.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The KCS "link": this article (and section) answered a contact. It holds the agent's account
 * and nothing about the caller.
 */
public record ContactLink(String id, Instant at, ContactChannel channel, String articleId, Optional<String> section,
    String account) {

  public ContactLink {
    Ids.require(id, "id");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(channel, "channel");
    Limits.requireText(articleId, "articleId", Limits.ARTICLE_ID);
    Objects.requireNonNull(section, "section");
    section.ifPresent(value -> Limits.requireText(value, "section", Limits.SECTION));
    Limits.requireText(account, "account", Limits.ACCOUNT);
  }
}
