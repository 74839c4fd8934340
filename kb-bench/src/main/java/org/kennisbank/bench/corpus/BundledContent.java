package org.kennisbank.bench.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/** Copies the bundled content (module kb-content, on the classpath) into a writable directory. */
final class BundledContent {

  private static final String ROOT = "kennisbank";

  private BundledContent() {}

  static void copyTo(Path target) {
    URL url = BundledContent.class.getClassLoader().getResource(ROOT + "/articles");
    if (url == null) {
      throw new IllegalStateException("the bundled content (kb-content) is not on the classpath");
    }
    try {
      if (url.getProtocol().equals("jar")) {
        String jar = url.toString().substring(0, url.toString().indexOf("!/"));
        try (FileSystem fileSystem = FileSystems.newFileSystem(URI.create(jar), Map.of())) {
          copy(fileSystem.getPath(ROOT), target);
        }
      } else {
        copy(Path.of(url.toURI()).getParent(), target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void copy(Path root, Path target) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path source : files.toList()) {
        Path destination = target.resolve(root.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(destination);
        } else {
          Files.copy(source, destination);
        }
      }
    }
  }
}
