package org.kennisbank.server.storage;

import java.util.Optional;

/** What is wrong with an article, as an agent flags it. */
public enum FeedbackKind implements Codes.Coded {
  INCORRECT("klopt-niet"), INCOMPLETE("mist-informatie"), OUTDATED("verouderd"), UNCLEAR("onduidelijk");

  private final String id;

  FeedbackKind(String id) {
    this.id = id;
  }

  /** The id used in JSON and in the database. */
  @Override
  public String id() {
    return id;
  }

  public static Optional<FeedbackKind> fromId(String id) {
    return Codes.fromId(FeedbackKind.class, id);
  }

  public static String ids() {
    return Codes.ids(FeedbackKind.class);
  }
}
