package org.kennisbank.server;

import java.util.Optional;

/** A test setting from a system property or, failing that, the environment variable of the same name. */
final class Setting {

  private Setting() {}

  static Optional<String> of(String name) {
    return Optional.ofNullable(System.getProperty(name)).or(() -> Optional.ofNullable(System.getenv(name)))
        .filter(value -> !value.isBlank());
  }

  /** {@code KB_SEED}: the seed of every generated-input test, so a failure can be repeated. */
  static long seed(long fallback) {
    return of("KB_SEED").map(Long::parseLong).orElse(fallback);
  }

  /** {@code KB_CASES}: how many cases a generated-input test runs per surface. */
  static int cases(int fallback) {
    return of("KB_CASES").map(Integer::parseInt).orElse(fallback);
  }
}
