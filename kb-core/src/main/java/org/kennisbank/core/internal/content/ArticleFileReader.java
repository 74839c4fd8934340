package org.kennisbank.core.internal.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.kennisbank.core.ContentProblem;

/**
 * Reads one content file as UTF-8 text, safely: a file that is a link leading out of the content
 * root, larger than its limit, or not valid UTF-8 is refused with a problem naming the file (and
 * for bad UTF-8 the line). A large file is refused from its size, without reading it, and never
 * more than the limit is read. Thread-safe.
 */
final class ArticleFileReader {

  /** What reading gave: the text, or the problem that kept it from being read. */
  record Read(Optional<String> text, Optional<ContentProblem> problem) {

    static Read of(String text) {
      return new Read(Optional.of(text), Optional.empty());
    }

    static Read refused(ContentProblem problem) {
      return new Read(Optional.empty(), Optional.of(problem));
    }
  }

  private final Optional<Path> realRoot;

  /** A reader for files under {@code root}; links are followed only when they stay inside it. */
  ArticleFileReader(Path root) {
    Optional<Path> real;
    try {
      real = Optional.of(root.toRealPath());
    } catch (IOException | UnsupportedOperationException e) {
      real = Optional.empty();
    }
    this.realRoot = real;
  }

  /**
   * Reads a file.
   *
   * @param file the name used in problems (relative to the content root)
   * @param maxBytes the largest size accepted
   */
  Read read(Path path, String file, int maxBytes) {
    try {
      if (Files.isSymbolicLink(path) || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
        Path target = path.toRealPath();
        if (realRoot.isPresent() && !target.startsWith(realRoot.get())) {
          return Read.refused(ContentProblem.error(file, 0, "", "is a link to " + target
              + ", outside the content directory; links out of the content directory are not followed"));
        }
        if (!Files.isRegularFile(target)) {
          return Read.refused(ContentProblem.error(file, 0, "", "is not a regular file"));
        }
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        return Read.refused(tooLarge(file, size, maxBytes));
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes(maxBytes + 1);
      }
      if (bytes.length > maxBytes) {
        return Read.refused(tooLarge(file, bytes.length, maxBytes));
      }
      return decode(bytes, file);
    } catch (IOException e) {
      return Read.refused(ContentProblem.error(file, 0, "", "cannot be read: " + e.getMessage()));
    }
  }

  private static ContentProblem tooLarge(String file, long size, int maxBytes) {
    return ContentProblem.error(file, 0, "", "is " + (size > maxBytes ? "larger than " : "") + size / 1024 + " KiB; a file may have at most "
        + maxBytes / 1024 + " KiB (" + maxBytes + " bytes)");
  }

  /** Decodes strict UTF-8; on the first malformed byte, names its line. */
  static Read decode(byte[] bytes, String file) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      return Read.refused(ContentProblem.error(file, line, "", "is not valid UTF-8 (byte " + (in.position() + 1)
          + " of the file); save it as UTF-8"));
    }
    decoder.flush(out);
    return Read.of(out.flip().toString());
  }
}
