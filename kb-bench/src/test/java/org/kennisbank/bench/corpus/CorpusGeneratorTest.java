package org.kennisbank.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kennisbank.core.ContentProblem;
import org.kennisbank.core.ContentValidator;
import org.kennisbank.core.KnowledgeBase;

class CorpusGeneratorTest {

  private static final int SIZE = 400;

  @Test
  void generated_articles_pass_the_content_validator_and_load_without_problems(@TempDir Path dir) throws IOException {
    Corpus corpus = CorpusGenerator.write(dir, SIZE, 7);

    for (Path file : generatedFiles(dir)) {
      assertThat(ContentValidator.validateArticle(file.toString(), Files.readString(file))).as(file.toString()).isEmpty();
    }
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      assertThat(kb.problems()).extracting(ContentProblem::toString).isEmpty();
      assertThat(kb.size()).isEqualTo(SIZE);
    }
    assertThat(corpus.articles()).isEqualTo(SIZE);
  }

  @Test
  void generated_articles_have_unique_ids_titles_and_bodies(@TempDir Path dir) throws IOException {
    Corpus corpus = CorpusGenerator.write(dir, SIZE, 7);

    assertThat(corpus.generated()).extracting(Corpus.Generated::id).doesNotHaveDuplicates();
    assertThat(corpus.generated()).extracting(Corpus.Generated::title).doesNotHaveDuplicates();
    Set<String> bodies = new HashSet<>();
    for (Path file : generatedFiles(dir)) {
      String text = Files.readString(file);
      assertThat(bodies.add(text.substring(text.indexOf("\n---\n")))).as("body of %s is a copy", file).isTrue();
    }
  }

  @Test
  void the_same_size_and_seed_give_the_same_files(@TempDir Path dir) throws IOException {
    CorpusGenerator.write(dir.resolve("a"), 300, 11);
    CorpusGenerator.write(dir.resolve("b"), 300, 11);
    CorpusGenerator.write(dir.resolve("c"), 300, 12);

    assertThat(contents(dir.resolve("a"))).isEqualTo(contents(dir.resolve("b"))).isNotEqualTo(contents(dir.resolve("c")));
  }

  @Test
  void generated_best_bets_and_synonyms_are_valid_and_point_to_existing_articles(@TempDir Path dir) throws IOException {
    Corpus corpus = CorpusGenerator.write(dir, SIZE, 7);
    Set<String> ids = new HashSet<>();
    try (Stream<Path> files = Files.walk(dir.resolve("articles"))) {
      files.filter(f -> f.toString().endsWith(".md")).forEach(f -> ids.add(f.getFileName().toString().replace(".md", "")));
    }

    String bestBets = Files.readString(dir.resolve("best-bets.tsv"));
    assertThat(bestBets).contains(corpus.generated().get(0).id());
    assertThat(ContentValidator.validateBestBets("best-bets.tsv", bestBets, ids)).isEmpty();
    assertThat(ContentValidator.validateSynonyms("synonyms.txt", Files.readString(dir.resolve("synonyms.txt")))).isEmpty();
  }

  private static List<Path> generatedFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("articles/generated"))) {
      return files.sorted().toList();
    }
  }

  private static List<String> contents(Path dir) throws IOException {
    List<String> texts = new java.util.ArrayList<>();
    for (Path file : generatedFiles(dir)) {
      texts.add(file.getFileName() + "\n" + Files.readString(file));
    }
    texts.add(Files.readString(dir.resolve("best-bets.tsv")));
    texts.add(Files.readString(dir.resolve("synonyms.txt")));
    return texts;
  }
}
