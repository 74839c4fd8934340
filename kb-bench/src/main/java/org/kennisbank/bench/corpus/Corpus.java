package org.kennisbank.bench.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A content directory written by {@link CorpusGenerator} or {@link Corpora}.
 *
 * @param articles the number of article files in all, bundled and generated
 * @param generated the generated articles, in the order they were written
 */
public record Corpus(Path directory, int articles, List<Generated> generated) {

  /** One generated article: its id, title and the bundled article it was built on. */
  public record Generated(String id, String title, String baseId) {
    public Generated {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(baseId, "baseId");
    }
  }

  public Corpus {
    Objects.requireNonNull(directory, "directory");
    generated = List.copyOf(generated);
    if (articles < generated.size()) {
      throw new IllegalArgumentException("articles must be at least the generated ones; got: " + articles);
    }
  }
}
