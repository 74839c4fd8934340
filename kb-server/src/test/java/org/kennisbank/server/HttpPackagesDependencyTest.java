package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The HTTP side of kb-server (the root package and every package under it except {@code cli} and
 * {@code tooling}) holds no command-line entry point and never uses the command line or the
 * content tooling: a server embedded in another application carries neither. Read from the
 * sources without their comments, so a fully qualified name in code counts, a mention in a guide
 * does not.
 */
class HttpPackagesDependencyTest {

  private static final Path SOURCES = Path.of("src", "main", "java", "org", "kennisbank", "server");
  private static final List<String> OFF_LIMITS = List.of("org.kennisbank.server.cli", "org.kennisbank.server.tooling");
  private static final Pattern USE = Pattern.compile("\\borg\\.kennisbank\\.server\\.(cli|tooling)\\b");
  private static final Pattern MAIN_METHOD = Pattern.compile("\\bstatic\\s+void\\s+main\\s*\\(");
  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\n]*", Pattern.DOTALL);

  @Test
  void http_packages_use_neither_the_command_line_nor_the_content_tooling() throws IOException {
    List<Path> httpSources = httpSources();
    assertThat(httpSources).as("HTTP sources found").isNotEmpty();

    List<String> offenders = httpSources.stream().filter(HttpPackagesDependencyTest::usesOffLimits)
        .map(Path::toString).toList();

    assertThat(offenders).isEmpty();
  }

  @Test
  void no_http_package_holds_a_command_line_entry_point() throws IOException {
    List<String> entryPoints = httpSources().stream()
        .filter(file -> MAIN_METHOD.matcher(source(file)).find())
        .map(Path::toString).toList();

    assertThat(entryPoints).isEmpty();
  }

  @Test
  void the_rule_sees_imports_and_qualified_names_but_not_comments() {
    assertThat(USE.matcher("import org.kennisbank.server.cli.Main;").find()).isTrue();
    assertThat(USE.matcher("new org.kennisbank.server.tooling.faq.FaqImporter()").find()).isTrue();
    assertThat(USE.matcher("import org.kennisbank.server.client.Thing;").find()).isFalse();
    assertThat(COMMENT.matcher("/** See {@code org.kennisbank.server.cli}. */\n// org.kennisbank.server.tooling\nclass A {}")
        .replaceAll(" ")).doesNotContain("org.kennisbank");
  }

  private static List<Path> httpSources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(file -> file.toString().endsWith(".java"))
          .filter(file -> OFF_LIMITS.stream().noneMatch(packageName -> packageOf(file).startsWith(packageName)))
          .toList();
    }
  }

  private static String packageOf(Path file) {
    return SOURCES.relativize(file.getParent()).toString().isEmpty() ? "org.kennisbank.server"
        : "org.kennisbank.server." + SOURCES.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(), ".");
  }

  private static boolean usesOffLimits(Path file) {
    return usesOffLimits(source(file));
  }

  private static boolean usesOffLimits(String source) {
    return USE.matcher(source).find();
  }

  /** The source text without its comments. */
  private static String source(Path file) {
    try {
      return COMMENT.matcher(Files.readString(file)).replaceAll(" ");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
