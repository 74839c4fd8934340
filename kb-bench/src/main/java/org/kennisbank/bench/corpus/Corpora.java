package org.kennisbank.bench.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated corpora kept between runs under a work folder, one folder per size and seed, so a
 * second bench run does not write 100,000 files again. A corpus counts as written once its list of
 * generated articles ({@code <size>-<seed>.tsv}, beside the content folder) exists.
 */
public final class Corpora {

  /** The size label of the bundled content as it is. */
  public static final String BUNDLED = "bundled";

  private final Path workFolder;

  public Corpora(Path workFolder) {
    this.workFolder = workFolder;
  }

  /** The corpus of this size label ({@value #BUNDLED} or a number of articles), written when missing. */
  public Corpus get(String size, long seed) {
    int articles = articles(size);
    Path content = workFolder.resolve(size + "-" + seed);
    Path manifest = workFolder.resolve(size + "-" + seed + ".tsv");
    try {
      if (Files.isRegularFile(manifest)) {
        return new Corpus(content, count(content), read(manifest));
      }
      if (Files.exists(content)) {
        deleteTree(content);
      }
      Files.createDirectories(content);
      Corpus corpus = CorpusGenerator.write(content, articles, seed);
      List<String> lines = new ArrayList<>();
      corpus.generated().forEach(g -> lines.add(g.id() + "\t" + g.title() + "\t" + g.baseId()));
      Files.write(manifest, lines);
      return corpus;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number of articles a size label asks for; the bundled size asks for none extra. */
  public static int articles(String size) {
    if (size.equals(BUNDLED)) {
      return 0;
    }
    try {
      int articles = Integer.parseInt(size.replace("_", "").replaceAll("(?i)k$", "000"));
      if (articles < 1) {
        throw new IllegalArgumentException("a corpus size must be 1 or more; got: " + size);
      }
      return articles;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a corpus size is 'bundled' or a number of articles such as 1000 or 10k; got: " + size, e);
    }
  }

  private static List<Corpus.Generated> read(Path manifest) throws IOException {
    List<Corpus.Generated> generated = new ArrayList<>();
    for (String line : Files.readAllLines(manifest)) {
      String[] fields = line.split("\t");
      if (fields.length == 3) {
        generated.add(new Corpus.Generated(fields[0], fields[1], fields[2]));
      }
    }
    return generated;
  }

  private static int count(Path content) throws IOException {
    try (var files = Files.walk(content.resolve("articles"))) {
      return (int) files.filter(path -> path.toString().endsWith(".md")).count();
    }
  }

  static void deleteTree(Path root) throws IOException {
    try (var files = Files.walk(root)) {
      for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
