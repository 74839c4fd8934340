package org.kennisbank.bench.queries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.kennisbank.bench.corpus.Corpus;

/**
 * The queries a bench run replays, taken from the judgment files (kb-content/src/test/resources)
 * and the corpus: full searches of every {@link QueryKind}, and keystrokes (every prefix of what
 * agents type, {@code agent-judgments*.tsv}, and of generated titles) for search-as-you-type and
 * suggest. Sampled with a seed, round robin over the kinds, so that a short run still has all of them.
 *
 * @param searches full searches
 * @param keystrokes what the search box holds after each keystroke, query after query
 * @param questions chat questions, for a chat answer
 */
public record QueryMix(List<BenchQuery> searches, List<String> keystrokes, List<String> questions) {

  private static final int GENERATED_EVERY = 10;

  public QueryMix {
    searches = List.copyOf(searches);
    keystrokes = List.copyOf(keystrokes);
    questions = List.copyOf(questions);
  }

  /**
   * Reads the judgment files under {@code judgmentsFolder} and the corpus' synonyms and generated
   * titles, and samples at most {@code maxSearches} searches and about {@code maxKeystrokes} keystrokes.
   */
  public static QueryMix of(Path judgmentsFolder, Corpus corpus, int maxSearches, int maxKeystrokes, long seed) {
    Map<QueryKind, LinkedHashSet<String>> byKind = new EnumMap<>(QueryKind.class);
    for (QueryKind kind : QueryKind.values()) {
      byKind.put(kind, new LinkedHashSet<>());
    }
    for (String file : List.of("judgments.tsv", "judgments-holdout.tsv")) {
      readGrouped(judgmentsFolder.resolve(file), byKind);
    }
    List<String> questions = new ArrayList<>();
    for (String file : List.of("chat-questions.tsv", "chat-questions-holdout.tsv")) {
      questions.addAll(firstColumn(judgmentsFolder.resolve(file)));
    }
    byKind.get(QueryKind.QUESTION).addAll(questions);
    for (String word : List.copyOf(byKind.get(QueryKind.WORD))) {
      Typos.typo(word).ifPresent(byKind.get(QueryKind.TYPO)::add);
      Typos.joined(word).ifPresent(byKind.get(QueryKind.COMPOUND)::add);
    }
    byKind.get(QueryKind.SYNONYM).addAll(synonymWords(corpus.directory().resolve("synonyms.txt")));
    List<String> typed = new ArrayList<>();
    for (String file : List.of("agent-judgments.tsv", "agent-judgments-holdout.tsv")) {
      typed.addAll(firstColumn(judgmentsFolder.resolve(file)));
    }
    for (int i = 0; i < corpus.generated().size(); i += GENERATED_EVERY) {
      String title = corpus.generated().get(i).title().toLowerCase(Locale.ROOT);
      byKind.get(QueryKind.GENERATED).add(title);
      Typos.typo(title).ifPresent(byKind.get(QueryKind.GENERATED)::add);
      typed.add(title);
    }
    Random random = new Random(seed);
    return new QueryMix(roundRobin(byKind, maxSearches, random), keystrokes(typed, maxKeystrokes, random), questions);
  }

  private static List<BenchQuery> roundRobin(Map<QueryKind, LinkedHashSet<String>> byKind, int max, Random random) {
    Map<QueryKind, List<String>> shuffled = new EnumMap<>(QueryKind.class);
    byKind.forEach((kind, queries) -> {
      List<String> list = new ArrayList<>(queries);
      Collections.shuffle(list, random);
      shuffled.put(kind, list);
    });
    List<BenchQuery> mix = new ArrayList<>();
    for (int round = 0; mix.size() < max; round++) {
      boolean any = false;
      for (Map.Entry<QueryKind, List<String>> kind : shuffled.entrySet()) {
        if (round < kind.getValue().size() && mix.size() < max) {
          mix.add(new BenchQuery(kind.getValue().get(round), kind.getKey()));
          any = true;
        }
      }
      if (!any) {
        break;
      }
    }
    return mix;
  }

  private static List<String> keystrokes(List<String> typed, int max, Random random) {
    List<String> queries = new ArrayList<>(new LinkedHashSet<>(typed));
    Collections.shuffle(queries, random);
    List<String> keystrokes = new ArrayList<>();
    for (String query : queries) {
      if (keystrokes.size() >= max) {
        break;
      }
      for (int i = 1; i <= query.length(); i++) {
        if (!Character.isWhitespace(query.charAt(i - 1))) {
          keystrokes.add(query.substring(0, i));
        }
      }
    }
    return keystrokes;
  }

  private static void readGrouped(Path file, Map<QueryKind, LinkedHashSet<String>> byKind) {
    QueryKind kind = QueryKind.WORD;
    for (String line : lines(file)) {
      if (line.matches("^# --- .* ---$") || line.matches("^# [a-z -]+: .*")) {
        kind = QueryKind.ofGroup(line);
      } else if (!line.startsWith("#") && line.contains("\t")) {
        byKind.get(kind).add(line.substring(0, line.indexOf('\t')).strip());
      }
    }
  }

  private static List<String> firstColumn(Path file) {
    return lines(file).stream().filter(line -> !line.startsWith("#") && line.contains("\t"))
        .map(line -> line.substring(0, line.indexOf('\t')).strip()).filter(q -> !q.isEmpty()).toList();
  }

  /** The first term of every synonym rule: a word a caller uses that the articles may not. */
  private static List<String> synonymWords(Path synonyms) {
    List<String> words = new ArrayList<>();
    for (String line : lines(synonyms)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        words.add(line.split("=>|,")[0].strip());
      }
    }
    return words;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the query file " + file, e);
    }
  }
}
