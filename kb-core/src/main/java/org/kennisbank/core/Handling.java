package org.kennisbank.core;

import java.util.Optional;

/** Which line of the organisation handles questions about a product. */
public enum Handling {
  /** The contact centre answers the question at the first contact. */
  FIRST_LINE("first-line"),
  /** The contact centre hands over to the theme team. */
  SECOND_LINE("second-line"),
  /** The department that decides handles the question. */
  BACK_OFFICE("back-office");

  private final String id;

  Handling(String id) {
    this.id = id;
  }

  /** The name used in front matter and in the API, such as {@code first-line}. */
  public String id() {
    return id;
  }

  public static Optional<Handling> fromId(String id) {
    for (Handling handling : values()) {
      if (handling.id.equals(id)) {
        return Optional.of(handling);
      }
    }
    return Optional.empty();
  }
}
