package org.kennisbank.server.tooling.faq;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Writes article files only when their text changes, and atomically, so that a server reading the
 * directory never sees half a file. Thread-safe for different files.
 */
final class ArticleFiles {

  /** What writing one article did. */
  enum Outcome { WRITTEN, UNCHANGED }

  private ArticleFiles() {}

  /** Writes the text as UTF-8 unless the file already holds exactly that text; creates missing folders. */
  static Outcome write(Path file, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
      return Outcome.UNCHANGED;
    }
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    // The temporary name does not end in .md, so a loader never reads it as an article.
    Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
    try {
      Files.write(temporary, bytes);
      try {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
    return Outcome.WRITTEN;
  }
}
