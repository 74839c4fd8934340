package org.kennisbank.bench.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kennisbank.core.KnowledgeBase;
import org.kennisbank.core.SearchRequest;

/**
 * An editor's write until it is visible in search: one new article file is written, {@code
 * kb.reload(paths)} is called with it, and the title is searched until the article is among the
 * hits. The files are removed again afterwards, so the corpus stays as generated.
 */
final class EditorWrite {

  private static final int ROUNDS = 5;
  private static final long GIVE_UP_NANOS = 30_000_000_000L;
  private static final String[] WORDS = {"kwartel", "vlinder", "mantel", "zadel", "kompas"};

  private EditorWrite() {}

  static Latency measure(KnowledgeBase kb, Path content) {
    Path root = content.toAbsolutePath();
    Path source = root.resolve("articles/products/paspoort.md");
    List<Path> written = new ArrayList<>();
    double[] millis = new double[ROUNDS];
    try {
      String original = Files.readString(source);
      for (int round = 0; round < ROUNDS; round++) {
        String id = "bench-schrijfproef-" + round;
        String title = "Schrijfproef " + WORDS[round] + "brug";
        Path file = root.resolve("articles/products/" + id + ".md");
        String text = original.replaceFirst("(?m)^id: .*$", "id: " + id).replaceFirst("(?m)^title: .*$", "title: " + title);
        long start = System.nanoTime();
        Files.writeString(file, text);
        written.add(file);
        kb.reload(List.of(file));
        while (kb.search(SearchRequest.of(title)).hits().stream().noneMatch(hit -> hit.id().equals(id))) {
          if (System.nanoTime() - start > GIVE_UP_NANOS) {
            throw new IllegalStateException("article " + id + " not found by search 30 s after its write; problems: " + kb.problems());
          }
          Thread.onSpinWait();
        }
        millis[round] = (System.nanoTime() - start) / 1e6;
      }
      return Latency.of(millis);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      for (Path file : written) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      kb.reload(written);
    }
  }
}
