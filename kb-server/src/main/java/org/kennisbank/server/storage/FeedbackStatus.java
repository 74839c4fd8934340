package org.kennisbank.server.storage;

import java.util.Arrays;
import java.util.Optional;

/** Where an item in the editors' queue stands; the agent who sent it sees the same. */
public enum FeedbackStatus {
  NEW("new"), IN_PROGRESS("in-progress"), DONE("done"), REJECTED("rejected");

  private final String id;

  FeedbackStatus(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<FeedbackStatus> fromId(String id) {
    return Arrays.stream(values()).filter(value -> value.id.equals(id)).findFirst();
  }

  public static String ids() {
    return String.join(", ", Arrays.stream(values()).map(FeedbackStatus::id).toList());
  }
}
