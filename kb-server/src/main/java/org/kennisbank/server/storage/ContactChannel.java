package org.kennisbank.server.storage;

import java.util.Locale;
import java.util.Optional;

/** How the contact that an article answered came in. */
public enum ContactChannel implements Codes.Coded {
  PHONE, DESK, EMAIL, CHAT;

  /** The lower-case id used in JSON and in the database. */
  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ContactChannel> fromId(String id) {
    return Codes.fromId(ContactChannel.class, id);
  }

  public static String ids() {
    return Codes.ids(ContactChannel.class);
  }
}
