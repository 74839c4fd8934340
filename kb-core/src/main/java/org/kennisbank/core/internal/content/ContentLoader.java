package org.kennisbank.core.internal.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.kennisbank.core.Article;
import org.kennisbank.core.ContentException;
import org.kennisbank.core.ContentProblem;

/**
 * Reads a content root ({@code articles/**.md}, {@code synonyms.txt}, {@code best-bets.tsv}) from a
 * directory or from the classpath. A broken article is reported and left out; the rest loads.
 *
 * <p>A loader remembers what it parsed: loading again re-parses only the article files that changed
 * since (see {@link ArticleFiles}); the checks across articles (duplicate ids, links, best bets)
 * run again over all of them, since they are cheap. Not thread-safe: one loader per knowledge
 * base, used under its reload lock.
 */
public final class ContentLoader {

  /** Where the bundled content lies on the classpath (module kb-content). */
  public static final String BUNDLED_ROOT = "kennisbank";
  public static final String ARTICLES_DIR = "articles";
  public static final String SYNONYMS_FILE = "synonyms.txt";
  public static final String BEST_BETS_FILE = "best-bets.tsv";
  public static final String POPULARITY_FILE = "popularity.tsv";

  private final ArticleParser parser = new ArticleParser();
  private final ArticleFiles files = new ArticleFiles();

  /** Loads the content under a directory. */
  public LoadedContent load(Path root) {
    if (!Files.isDirectory(root)) {
      throw new ContentException("content directory does not exist: " + root.toAbsolutePath());
    }
    Path articles = root.resolve(ARTICLES_DIR);
    if (!Files.isDirectory(articles)) {
      throw new ContentException("content directory " + root.toAbsolutePath()
          + " has no '" + ARTICLES_DIR + "' folder; see docs/content-format.md");
    }
    return read(root, root.toAbsolutePath().toString());
  }

  /** Loads the bundled content from the classpath (the kb-content module). */
  public LoadedContent loadBundled(ClassLoader classLoader) {
    URL url = classLoader.getResource(BUNDLED_ROOT + "/" + ARTICLES_DIR);
    if (url == null) {
      throw new ContentException("bundled content not found on the classpath: add the module "
          + "org.kennisbank:kb-content, or open a content directory instead");
    }
    try {
      if (url.getProtocol().equals("jar")) {
        String jar = url.toString().substring(0, url.toString().indexOf("!/"));
        try (FileSystem fileSystem = FileSystems.newFileSystem(java.net.URI.create(jar), Map.of())) {
          return read(fileSystem.getPath(BUNDLED_ROOT), "classpath:" + BUNDLED_ROOT);
        }
      }
      return read(Path.of(url.toURI()).getParent(), "classpath:" + BUNDLED_ROOT);
    } catch (IOException e) {
      throw new ContentException("cannot read the bundled content at " + url + ": " + e.getMessage(), e);
    } catch (URISyntaxException e) {
      throw new ContentException("cannot locate the bundled content at " + url, e);
    }
  }

  /**
   * Loads the content under a directory again, re-reading only the given article files (relative
   * to the root or absolute under it); a file that no longer exists is dropped. The other
   * articles come from the previous read of this loader; synonyms, best bets and popularity, being
   * small, are always read. Without a previous read this is {@link #load(Path)}.
   */
  public LoadedContent load(Path root, Collection<Path> changedFiles) {
    if (files.isEmpty()) {
      return load(root);
    }
    Path absoluteRoot = root.toAbsolutePath().normalize();
    for (Path changed : changedFiles) {
      Path absolute = absoluteRoot.resolve(changed).normalize();
      if (!absolute.startsWith(absoluteRoot)) {
        throw new ContentException("file " + changed + " lies outside the content directory " + absoluteRoot);
      }
      // Only article files are remembered; the other files are read at every load anyway.
      if (absolute.startsWith(absoluteRoot.resolve(ARTICLES_DIR)) && absolute.getFileName().toString().endsWith(".md")) {
        Path path = root.resolve(absoluteRoot.relativize(absolute).toString());
        files.refresh(root, path, this::parseFile);
      }
    }
    return assemble(root, root.toAbsolutePath().toString());
  }

  private LoadedContent read(Path root, String origin) {
    files.scan(root, articleFiles(root.resolve(ARTICLES_DIR)), this::parseFile);
    return assemble(root, origin);
  }

  private LoadedContent assemble(Path root, String origin) {
    List<Article> loaded = new ArrayList<>();
    List<ContentProblem> problems = new ArrayList<>();
    Map<String, String> fileById = new HashMap<>();
    Map<String, Set<String>> linksByFile = new LinkedHashMap<>();
    for (Parsed file : files.parsed()) {
      problems.addAll(file.problems());
      file.outcome().flatMap(ArticleParser.Outcome::article).ifPresent(article -> {
        String earlier = fileById.putIfAbsent(article.id(), file.name());
        if (earlier != null) {
          problems.add(ContentProblem.error(file.name(), 0, "id", "'" + article.id() + "' is already used by " + earlier + "; this file was left out"));
        } else {
          loaded.add(article);
          linksByFile.put(file.name(), file.outcome().get().linkedIds());
        }
      });
    }
    problems.addAll(LinkCheck.check(loaded, linksByFile));
    String synonyms = readOptional(root.resolve(SYNONYMS_FILE));
    Map<String, List<String>> bestBets = BestBetsFile.parse(
        readOptional(root.resolve(BEST_BETS_FILE)), BEST_BETS_FILE, fileById.keySet(), problems);
    Map<String, Float> popularity = PopularityFile.parse(
        readOptional(root.resolve(POPULARITY_FILE)), POPULARITY_FILE, fileById.keySet(), problems);
    return new LoadedContent(origin, loaded, problems, synonyms, bestBets, popularity);
  }

  /** One file read and parsed, or the reason it could not be read. */
  record Parsed(String name, Optional<ArticleParser.Outcome> outcome, List<ContentProblem> problems) {}

  /**
   * Parses one file's text. Whatever goes wrong in one file, a stack overflow included, is
   * reported against that file and never stops the others; the parser's own limits should make
   * this unreachable, so the message asks for a bug report.
   */
  private Parsed parseFile(String file, String text) {
    try {
      ArticleParser.Outcome outcome = parser.parse(file, text);
      return new Parsed(file, Optional.of(outcome), outcome.problems());
    } catch (RuntimeException | StackOverflowError e) {
      return new Parsed(file, Optional.empty(), List.of(ContentProblem.error(file, 0, "",
          "could not be read (" + e.getClass().getSimpleName() + "); the article was left out. Please report this as a bug")));
    }
  }

  private static List<Path> articleFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      // Links are listed too, so that one pointing out of the content directory is reported, not skipped.
      return files.filter(path -> Files.isRegularFile(path) || Files.isSymbolicLink(path))
          .filter(path -> path.getFileName().toString().endsWith(".md"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list articles in " + dir, e);
    }
  }

  private static String readOptional(Path path) {
    if (!Files.isRegularFile(path)) {
      return "";
    }
    try {
      return readUtf8(path);
    } catch (IOException e) {
      throw new ContentException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static String readUtf8(Path path) throws IOException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(Files.readAllBytes(path)))
        .toString();
  }
}
