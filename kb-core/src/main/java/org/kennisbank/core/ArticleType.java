package org.kennisbank.core;

import java.util.Locale;
import java.util.Optional;

/** What kind of article this is; product articles rank before FAQ articles when equally relevant. */
public enum ArticleType {
  PRODUCT("Product"),
  THEME("Thema"),
  FAQ("Veelgestelde vraag");

  private final String label;

  ArticleType(String label) {
    this.label = label;
  }

  /** The name shown to people, such as "Veelgestelde vraag". */
  public String label() {
    return label;
  }

  /** The name used in front matter and in the API: {@code product}, {@code theme}, {@code faq}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ArticleType> fromId(String id) {
    for (ArticleType type : values()) {
      if (type.id().equals(id)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
