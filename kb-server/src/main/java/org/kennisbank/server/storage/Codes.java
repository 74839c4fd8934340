package org.kennisbank.server.storage;

import java.util.Arrays;
import java.util.Optional;

/** Looks up the enums whose values carry a text id (in JSON and in the database), and lists the ids for messages. */
final class Codes {

  /** A value with a text id. */
  interface Coded {
    String id();
  }

  private Codes() {}

  static <E extends Enum<E> & Coded> Optional<E> fromId(Class<E> type, String id) {
    return Arrays.stream(type.getEnumConstants()).filter(value -> value.id().equals(id)).findFirst();
  }

  /** The ids in declaration order, comma-separated: {@code phone, desk, email, chat}. */
  static <E extends Enum<E> & Coded> String ids(Class<E> type) {
    return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Coded::id).toList());
  }
}
