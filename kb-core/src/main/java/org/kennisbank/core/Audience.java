package org.kennisbank.core;

import java.util.Locale;
import java.util.Optional;

/** Who an article is written for. */
public enum Audience {
  PARTICULIER("Particulieren"),
  ONDERNEMER("Ondernemers");

  private final String label;

  Audience(String label) {
    this.label = label;
  }

  /** The name shown to people, such as "Ondernemers". */
  public String label() {
    return label;
  }

  /** The name used in front matter and in the API: {@code particulier}, {@code ondernemer}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Audience> fromId(String id) {
    for (Audience audience : values()) {
      if (audience.id().equals(id)) {
        return Optional.of(audience);
      }
    }
    return Optional.empty();
  }
}
