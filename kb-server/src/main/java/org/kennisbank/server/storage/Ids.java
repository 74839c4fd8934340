package org.kennisbank.server.storage;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Row ids: random UUIDs made in Java, so that the same insert works on SQLite and PostgreSQL and
 * no id tells how many rows exist.
 */
public final class Ids {

  private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private Ids() {}

  public static String newId() {
    return UUID.randomUUID().toString();
  }

  /** Whether {@code text} has the shape of an id; a request with another id names nothing. */
  public static boolean isId(String text) {
    return UUID_TEXT.matcher(text).matches();
  }

  static void require(String id, String what) {
    if (id == null || !isId(id)) {
      throw new IllegalArgumentException(what + " must be a lower-case UUID; got: " + id);
    }
  }
}
