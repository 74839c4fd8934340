package org.kennisbank.server.storage;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the contact that an article answered came in. */
public enum ContactChannel {
  PHONE, DESK, EMAIL, CHAT;

  /** The lower-case id used in JSON and in the database. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ContactChannel> fromId(String id) {
    return Arrays.stream(values()).filter(value -> value.id().equals(id)).findFirst();
  }

  public static String ids() {
    return String.join(", ", Arrays.stream(values()).map(ContactChannel::id).toList());
  }
}
