package org.kennisbank.server.storage;

import java.util.Optional;

/** Where an item in the editors' queue stands; the agent who sent it sees the same. */
public enum FeedbackStatus implements Codes.Coded {
  NEW("new"), IN_PROGRESS("in-progress"), DONE("done"), REJECTED("rejected");

  private final String id;

  FeedbackStatus(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public static Optional<FeedbackStatus> fromId(String id) {
    return Codes.fromId(FeedbackStatus.class, id);
  }

  public static String ids() {
    return Codes.ids(FeedbackStatus.class);
  }
}
