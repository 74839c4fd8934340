package org.kennisbank.server.storage;

import java.util.Arrays;
import java.util.Optional;

/** What is wrong with an article, as an agent flags it. */
public enum FeedbackKind {
  INCORRECT("klopt-niet"), INCOMPLETE("mist-informatie"), OUTDATED("verouderd"), UNCLEAR("onduidelijk");

  private final String id;

  FeedbackKind(String id) {
    this.id = id;
  }

  /** The id used in JSON and in the database. */
  public String id() {
    return id;
  }

  public static Optional<FeedbackKind> fromId(String id) {
    return Arrays.stream(values()).filter(value -> value.id.equals(id)).findFirst();
  }

  public static String ids() {
    return String.join(", ", Arrays.stream(values()).map(FeedbackKind::id).toList());
  }
}
