package org.kennisbank.bench.queries;

import java.util.Objects;

/** One query of the mix and what it exercises. */
public record BenchQuery(String text, QueryKind kind) {
  public BenchQuery {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a query must not be blank");
    }
  }
}
