package org.kennisbank.server.chat;

import java.util.Arrays;
import java.util.Optional;

/** Why the bot answered or handed over; {@link #id()} is the value of {@code reason} in the JSON. */
public enum ChatReason {
  ANSWERED("answered"),
  GREETING("greeting"),
  THANKS("thanks"),
  PERSONAL_CASE("personal-case"),
  COMPLAINT("complaint"),
  OUT_OF_SCOPE("out-of-scope"),
  EMERGENCY("emergency"),
  UNCLEAR("unclear"),
  ABUSE("abuse");

  private final String id;

  ChatReason(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<ChatReason> fromId(String id) {
    return Arrays.stream(values()).filter(reason -> reason.id.equals(id)).findFirst();
  }
}
