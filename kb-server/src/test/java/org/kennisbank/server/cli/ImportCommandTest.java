package org.kennisbank.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

  private static final String RECORD = """
      {"id": "0038f3c3-6266-4d40-965b-a78e96241c22", "question": "Waar vind ik vacatures?",
       "introduction": "<p>Op werkenbijdeoverheid.nl.</p>", "lastmodified": "2024-04-04T08:49:13.941Z",
       "themes": ["Werk"]}
      """;

  private final Terminal terminal = new Terminal();


  @Test
  void import_prints_each_skipped_record_and_a_summary_and_exits_1_when_one_was_skipped(@TempDir Path dir) throws IOException {
    Path from = Files.createDirectories(dir.resolve("records"));
    Files.writeString(from.resolve("good.json"), RECORD);
    Files.writeString(from.resolve("bad.json"), "{");
    Path to = dir.resolve("content");

    assertThat(terminal.run("import", "rijksoverheid-faq", "--from", from.toString(), "--to", to.toString())).isEqualTo(1);
    assertThat(terminal.printed()).startsWith("skipped bad.json: is not valid JSON (line 1, column 2): ")
        .contains("2 records read: 1 written, 0 unchanged, 1 skipped (articles in " + to.resolve("articles/faq") + ")");
    assertThat(to.resolve("articles/faq/0038f3c3-6266-4d40-965b-a78e96241c22.md")).isRegularFile();

    Files.delete(from.resolve("bad.json"));
    terminal.clear();
    assertThat(terminal.run("import", "rijksoverheid-faq", "--from", from.toString(), "--to", to.toString())).isZero();
    assertThat(terminal.printed()).startsWith("1 record read: 0 written, 1 unchanged, 0 skipped");
  }

  @Test
  void import_without_a_known_source_or_folders_is_a_usage_error(@TempDir Path dir) {
    assertThat(terminal.run("import", "--from", "x", "--to", "y")).isEqualTo(2);
    assertThat(terminal.run("import")).isEqualTo(2);
    assertThat(terminal.run("import", "gemeente-pdc", "--from", "x", "--to", "y")).isEqualTo(2);
    assertThat(terminal.run("import", "rijksoverheid-faq", "--to", "y")).isEqualTo(2);
    assertThat(terminal.run("import", "rijksoverheid-faq", "--from", dir.toString())).isEqualTo(2);
    assertThat(terminal.run("import", "rijksoverheid-faq", "--from", dir.resolve("nope").toString(), "--to", "y")).isEqualTo(2);

    assertThat(terminal.complaints())
        .contains("kb: Unknown options: '--from', 'x', '--to', 'y'")
        .contains("kb: import needs the kind of data, for example: ./kb import rijksoverheid-faq --from DIR --to CONTENT_DIR")
        .contains("kb: unknown command 'gemeente-pdc'")
        .contains("kb: Missing required option: '--from DIR'")
        .contains("kb: Missing required option: '--to CONTENT_DIR'")
        .contains("kb: --from must be an existing folder; not found: " + dir.resolve("nope"))
        .contains("Usage: ./kb import rijksoverheid-faq --from DIR --to CONTENT_DIR");
  }
}
