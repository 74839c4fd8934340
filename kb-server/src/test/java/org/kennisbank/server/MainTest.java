package org.kennisbank.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

  private int run(String... args) {
    return Main.run(args, out, out);
  }

  private String printed() {
    return output.toString(StandardCharsets.UTF_8);
  }

  @Test
  void validate_names_file_line_and_field_and_exits_1(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("articles"));
    Files.writeString(dir.resolve("articles/kapot.md"), "---\nid: kapot\ntype: product\ntitle: Kapot\nsummary: x\nthemes: [onbekend]\n---\n\n## Wat is het\n\nTekst.\n");

    assertThat(run("validate", dir.toString())).isEqualTo(1);
    assertThat(printed()).contains("articles/kapot.md:6: themes: unknown theme 'onbekend'")
        .contains("0 articles loaded from " + dir.toAbsolutePath());
  }

  @Test
  void validate_on_the_bundled_content_finds_no_errors() {
    run("validate");

    assertThat(printed()).contains("articles loaded from classpath:kennisbank; 0 error(s)");
  }

  @Test
  void search_prints_ranked_titles() {
    assertThat(run("search", "paspoort")).isZero();
    assertThat(printed()).contains(" 1. Paspoort  [paspoort, product]");
  }

  @Test
  void unknown_command_and_missing_values_are_usage_errors() {
    assertThatThrownBy(() -> run("frobnicate")).hasMessage("unknown command 'frobnicate'");
    assertThatThrownBy(() -> run("search", "x", "--size")).hasMessage("option --size needs a value");
    assertThatThrownBy(() -> run("search")).hasMessageStartingWith("search needs a query");
  }
}
