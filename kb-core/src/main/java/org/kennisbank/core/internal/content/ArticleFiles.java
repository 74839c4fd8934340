package org.kennisbank.core.internal.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.kennisbank.core.internal.content.ContentLoader.Parsed;

/**
 * The article files of one content root as last parsed, so that a reload parses only the files
 * that changed.
 *
 * <p>A file is unchanged when its size and modification time are those recorded and that time lay
 * well before the moment they were recorded; then it is not even read. Otherwise (a file written in
 * the same clock tick as the last scan could change again without its time moving, the "racy
 * clean" case Git knows) it is read and compared by SHA-256; only a different hash parses it again.
 * So the common reload costs a directory walk and one attribute read per file, and is still correct
 * for a same-size rewrite within one tick. Not thread-safe.
 */
final class ArticleFiles {

  /** Modification times closer than this to the recording moment are not trusted. */
  private static final Duration RACY = Duration.ofSeconds(2);

  private record Fingerprint(long size, Instant modified, Instant recorded, byte[] sha256) {
    boolean surelySame(long otherSize, Instant otherModified) {
      return size == otherSize && modified.equals(otherModified) && modified.isBefore(recorded.minus(RACY));
    }
  }

  private record Entry(Fingerprint fingerprint, Parsed parsed) {}

  private final Map<String, Entry> byName = new TreeMap<>();
  private final Clock clock = Clock.systemUTC();

  boolean isEmpty() {
    return byName.isEmpty();
  }

  /** The parsed files in file-name order (which decides which of two files with one id wins). */
  List<Parsed> parsed() {
    return byName.values().stream().map(Entry::parsed).toList();
  }

  /** Brings every file under the root up to date: new and changed ones parsed, vanished ones dropped. */
  void scan(Path root, List<Path> files, BiFunction<String, String, Parsed> parser) {
    Set<String> present = new HashSet<>();
    List<Path> toRead = new ArrayList<>();
    Instant now = clock.instant();
    for (Path path : files) {
      String name = name(root, path);
      present.add(name);
      Entry known = byName.get(name);
      Optional<BasicFileAttributes> attributes = attributes(path);
      if (known == null || attributes.isEmpty()
          || !known.fingerprint().surelySame(attributes.get().size(), attributes.get().lastModifiedTime().toInstant())) {
        toRead.add(path);
      }
    }
    byName.keySet().retainAll(present);
    // Parsing is independent per file, so it runs in parallel; the root is resolved once.
    ArticleFileReader reader = new ArticleFileReader(root);
    toRead.parallelStream()
        .map(path -> read(root, reader, path, now, parser))
        .toList()
        .forEach(entry -> byName.put(entry.parsed().name(), entry));
  }

  /** Re-reads one file, or drops it when it is gone. */
  void refresh(Path root, Path path, BiFunction<String, String, Parsed> parser) {
    if (!Files.isRegularFile(path)) {
      byName.remove(name(root, path));
      return;
    }
    Entry entry = read(root, new ArticleFileReader(root), path, clock.instant(), parser);
    byName.put(entry.parsed().name(), entry);
  }

  private Entry read(Path root, ArticleFileReader reader, Path path, Instant now, BiFunction<String, String, Parsed> parser) {
    String name = name(root, path);
    Optional<BasicFileAttributes> attributes = attributes(path);
    ArticleFileReader.Read read = reader.read(path, name, ContentLimits.MAX_ARTICLE_BYTES);
    if (read.problem().isPresent()) {
      // Refused files are read again at every scan: their problem may have been fixed by a link target.
      return new Entry(new Fingerprint(-1, Instant.MAX, now, new byte[0]), new Parsed(name, Optional.empty(), List.of(read.problem().get())));
    }
    String text = read.text().orElseThrow();
    byte[] hash = sha256(text.getBytes(StandardCharsets.UTF_8));
    Fingerprint fingerprint = new Fingerprint(attributes.map(BasicFileAttributes::size).orElse(-1L),
        attributes.map(a -> a.lastModifiedTime().toInstant()).orElse(Instant.MAX), now, hash);
    Entry known = byName.get(name);
    if (known != null && Arrays.equals(known.fingerprint().sha256(), hash)) {
      return new Entry(fingerprint, known.parsed());
    }
    return new Entry(fingerprint, parser.apply(name, text));
  }

  private static String name(Path root, Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }

  private static Optional<BasicFileAttributes> attributes(Path path) {
    try {
      return Optional.of(Files.readAttributes(path, BasicFileAttributes.class));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
