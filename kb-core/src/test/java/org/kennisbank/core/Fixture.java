package org.kennisbank.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;

/** The small test knowledge base under src/test/resources/fixture, and copies of it to change. */
public final class Fixture {

  /** A day on which every fixture article is live except the expired FAQ. */
  public static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 11, 28).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  private Fixture() {}

  public static Path root() {
    try {
      return Path.of(Fixture.class.getResource("/fixture").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static KnowledgeBase open() {
    return KnowledgeBase.open(root(), TODAY);
  }

  /** The bundled content (module kb-content) as a directory, for tests that change a copy of it. */
  public static Path bundledRoot() {
    return Path.of("../kb-content/src/main/resources/kennisbank").toAbsolutePath().normalize();
  }

  /** A writable copy of the fixture in the given directory. */
  public static Path copyTo(Path target) {
    return copy(root(), target);
  }

  /** A writable copy of the bundled content in the given directory. */
  public static Path copyBundledTo(Path target) {
    return copy(bundledRoot(), target);
  }

  /** A writable copy of a content root in the given directory. */
  public static Path copy(Path root, Path target) {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path source : files.toList()) {
        Path destination = target.resolve(root.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(destination);
        } else {
          Files.copy(source, destination, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
