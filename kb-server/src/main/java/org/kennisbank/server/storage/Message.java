package org.kennisbank.server.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A work instruction or news item for agents, shown from {@code publishFrom} until
 * {@code publishUntil} (open-ended when empty); an important one is pinned on top.
 */
public record Message(String id, String title, String body, boolean important, Instant publishFrom,
    Optional<Instant> publishUntil, String createdBy, Instant createdAt) {

  public Message {
    Ids.require(id, "id");
    Limits.requireText(title, "title", Limits.TITLE);
    Limits.requireText(body, "body", Limits.BODY);
    Objects.requireNonNull(publishFrom, "publishFrom");
    Objects.requireNonNull(publishUntil, "publishUntil");
    if (publishUntil.isPresent() && !publishUntil.get().isAfter(publishFrom)) {
      throw new IllegalArgumentException("publishUntil must be after publishFrom; got " + publishUntil.get()
          + " before or at " + publishFrom);
    }
    Limits.requireText(createdBy, "createdBy", Limits.ACCOUNT);
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Whether agents see the message at {@code now}. */
  public boolean isCurrent(Instant now) {
    return !publishFrom.isAfter(now) && publishUntil.map(now::isBefore).orElse(true);
  }
}
