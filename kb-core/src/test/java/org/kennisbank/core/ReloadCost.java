package org.kennisbank.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Prints what a one-article change costs against a full open, at the bundled size and at 10,000
 * articles (see {@link GeneratedCorpus}). Not a test (Surefire does not run it): run {@code main}
 * with the test classpath, optionally with the large size as argument. Figures only, never asserted.
 *
 * <pre>{@code
 * mvn -B -o -q test-compile && cd kb-core
 * mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -Xmx3g -cp "target/test-classes:target/classes:$(cat /tmp/cp.txt)" org.kennisbank.core.ReloadCost 10000
 * }</pre>
 */
public final class ReloadCost {

  private static final int ROUNDS = 5;

  private ReloadCost() {}

  public static void main(String[] args) throws IOException {
    Path bundled = Fixture.copyBundledTo(Files.createTempDirectory("kb-cost-bundled"));
    measure("bundled", bundled, bundled.resolve("articles/products/paspoort.md"));
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Path large = GeneratedCorpus.write(Files.createTempDirectory("kb-cost-large"), size);
    measure(size + " articles", large, large.resolve("articles/products/paspoort.md"));
  }

  private static void measure(String label, Path content, Path article) throws IOException {
    List<Double> opens = new ArrayList<>();
    KnowledgeBase kb = null;
    for (int round = 0; round < 2; round++) {
      if (kb != null) {
        kb.close();
      }
      long start = System.nanoTime();
      kb = KnowledgeBase.open(content);
      opens.add(millis(start));
    }
    try (KnowledgeBase open = kb) {
      String original = Files.readString(article);
      Path added = article.resolveSibling("proef-artikel.md");
      List<Double> scan = new ArrayList<>();
      List<Double> oneFile = new ArrayList<>();
      List<Double> addRemove = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        String changed = original.replace("\n## ", "\nProefzin " + round + " over de balie.\n\n## ");
        Files.writeString(article, changed);
        scan.add(time(open::reload));
        Files.writeString(article, original + "\nNog een proefzin " + round + ".\n");
        oneFile.add(time(() -> open.reload(Set.of(article))));
        Files.writeString(added, original.replace("id: paspoort", "id: proef-artikel").replace("title: Paspoort", "title: Proefartikel " + round));
        double add = time(() -> open.reload(Set.of(added)));
        Files.delete(added);
        addRemove.add((add + time(() -> open.reload(Set.of(added)))) / 2);
      }
      Files.writeString(article, original);
      open.reload();
      System.out.printf("%-15s %6d articles: full open %8.0f ms (first %.0f ms, cold JVM) | one article changed: "
              + "reload() %6.0f ms, reload(file) %6.0f ms | one added or removed: reload(file) %6.0f ms (medians of %d)%n",
          label, open.size(), opens.get(1), opens.get(0), median(scan), median(oneFile), median(addRemove), ROUNDS);
    }
  }

  private static double time(Supplier<ContentChange> reload) {
    long start = System.nanoTime();
    ContentChange change = reload.get();
    if (change.isEmpty()) {
      throw new IllegalStateException("the reload saw no change");
    }
    return millis(start);
  }

  private static double millis(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
