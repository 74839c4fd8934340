package org.kennisbank.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  private final Terminal terminal = new Terminal();


  @Test
  void validate_names_file_line_and_field_and_exits_1(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("articles"));
    Files.writeString(dir.resolve("articles/kapot.md"), "---\nid: kapot\ntype: product\ntitle: Kapot\nsummary: x\nthemes: [onbekend]\n---\n\n## Wat is het\n\nTekst.\n");

    assertThat(terminal.run("validate", dir.toString())).isEqualTo(1);
    assertThat(terminal.printed()).contains("articles/kapot.md:6: themes: unknown theme 'onbekend'")
        .contains("0 articles loaded from " + dir.toAbsolutePath());
  }

  @Test
  void validate_takes_the_folder_as_content_option_too(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("articles"));

    assertThat(terminal.run("validate", "--content", dir.toString())).isZero();
    assertThat(terminal.printed()).contains("0 articles loaded from " + dir.toAbsolutePath());
  }

  @Test
  void validate_on_the_bundled_content_finds_no_errors() {
    terminal.run("validate");

    assertThat(terminal.printed()).contains("articles loaded from classpath:kennisbank; 0 error(s)");
  }

  @Test
  void validate_of_a_folder_that_does_not_exist_is_refused_instead_of_checking_the_bundled_content(@TempDir Path dir) {
    String missing = dir.resolve("nonexist").toString();

    assertThat(terminal.run("validate", "--content", missing)).isEqualTo(2);
    assertThat(terminal.run("validate", missing)).isEqualTo(2);
    assertThat(terminal.printed()).doesNotContain("classpath:kennisbank");
    assertThat(terminal.complaints()).contains("kb: --content must be an existing folder; not found: " + missing)
        .contains("kb: DIR must be an existing folder; not found: " + missing)
        .contains("Usage: ./kb validate [--content DIR] [DIR]");
  }

  @Test
  void search_prints_ranked_titles() {
    assertThat(terminal.run("search", "paspoort")).isZero();
    assertThat(terminal.printed()).contains(" 1. Paspoort  [paspoort, product]");
  }

  @Test
  void search_shows_as_many_hits_as_size_asks_for() {
    assertThat(terminal.run("search", "paspoort", "--size", "2")).isZero();
    assertThat(terminal.printed()).contains(" 2. ").doesNotContain(" 3. ");
  }

  @Test
  void an_unknown_option_is_refused_with_the_usage_line_and_exit_code_2() {
    assertThat(terminal.run("search", "paspoort", "--sise", "2")).isEqualTo(2);

    assertThat(terminal.printed()).isEmpty();
    assertThat(terminal.complaints()).startsWith("kb: Unknown option: '--sise'")
        .contains("Possible solutions: --size")
        .contains("Usage: ./kb search [--content DIR] [--agent] [--size N] \"QUERY\"...");
  }

  @Test
  void a_missing_option_value_is_refused_with_the_usage_line_and_exit_code_2() {
    assertThat(terminal.run("search", "x", "--size")).isEqualTo(2);

    assertThat(terminal.complaints()).startsWith("kb: Missing required parameter for option '--size' (N)")
        .contains("Usage: ./kb search ");
  }

  @Test
  void a_value_that_is_not_a_number_or_out_of_range_is_refused() {
    assertThat(terminal.run("search", "x", "--size", "veel")).isEqualTo(2);
    assertThat(terminal.run("search", "x", "--size", "0")).isEqualTo(2);
    assertThat(terminal.run("serve", "--port", "70000")).isEqualTo(2);

    assertThat(terminal.complaints()).contains("Invalid value for option '--size': 'veel' is not an int")
        .contains("kb: --size must be between 1 and 100; got 0")
        .contains("kb: --port must be between 0 and 65535; got 70000");
  }

  @Test
  void unknown_command_and_missing_query_are_usage_errors() {
    assertThat(terminal.run("frobnicate")).isEqualTo(2);
    assertThat(terminal.run("search")).isEqualTo(2);

    assertThat(terminal.complaints()).contains("kb: unknown command 'frobnicate'")
        .contains("kb: Missing required parameter: '\"QUERY\"'");
  }

  @Test
  void eval_with_typing_ranks_each_query_as_the_agent_desktop_searches_while_typing(@TempDir Path dir) throws Exception {
    Path judgments = dir.resolve("agent.tsv");
    java.nio.file.Files.writeString(judgments, "# agent-typed\nparkeerv\tparkeervergunning\n");

    assertThat(terminal.run("eval", "--judgments", judgments.toString(), "--typing")).isEqualTo(0);

    assertThat(terminal.printed()).contains("kennisbank-typing   1.000");
  }

  @Test
  void a_judgments_file_that_does_not_exist_is_a_usage_error(@TempDir Path dir) {
    assertThat(terminal.run("eval", "--judgments", dir.resolve("geen.tsv").toString())).isEqualTo(2);
    assertThat(terminal.run("eval")).isEqualTo(2);

    assertThat(terminal.complaints()).contains("kb: --judgments must be an existing file; not found: " + dir.resolve("geen.tsv"))
        .contains("kb: Missing required option: '--judgments FILE'");
  }

  @Test
  void help_lists_every_command_with_its_synopsis_and_exits_0() {
    assertThat(terminal.run("help")).isZero();

    assertThat(terminal.printed()).contains(
        "  serve [--content DIR] [--port N] [--host H] [--rate-limit N] [--rate-burst N]\n"
            + "           [--expensive-searches N] [--database URL] [--users FILE]\n",
        "  validate [--content DIR] [DIR]\n",
        "  search [--content DIR] [--agent] [--size N] \"QUERY\"...\n",
        "  eval --judgments FILE [--content DIR] [--baseline] [--json] [--typing]\n",
        "  import rijksoverheid-faq --from DIR --to CONTENT_DIR\n",
        "  bench [--sizes LIST] [--json] [--http] [OPTION...]\n",
        "  user add [--password-stdin] [--content DIR] [--name TEXT] --role ROLE [--users FILE] NAME\n",
        "  user list [--content DIR] [--users FILE]\n",
        "Exit codes: 0 done;");
  }

  @Test
  void help_of_one_command_lists_its_options() {
    assertThat(terminal.run("help", "search")).isZero();

    assertThat(terminal.printed()).startsWith("Usage: ./kb search ").contains("--size N", "how many hits to show");
  }

  @Test
  void without_a_command_the_usage_is_shown_with_exit_code_2() {
    assertThat(terminal.run()).isEqualTo(2);

    assertThat(terminal.printed()).contains("Usage: ./kb <command> [options]", "Commands:");
  }
}
