package org.kennisbank.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code ./kb serve} listens on this machine only unless {@code --host} says otherwise. */
class ServeDefaultsTest {

  @Test
  void serve_binds_loopback_by_default() {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs();

    assertThat(serve.host).isEqualTo("127.0.0.1");
  }

  @Test
  void host_option_still_binds_all_interfaces_when_asked() {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs("--host", "0.0.0.0");

    assertThat(serve.host).isEqualTo("0.0.0.0");
  }

  @Test
  void serve_help_names_the_loopback_default_and_the_admin_token() {
    Terminal terminal = new Terminal();

    assertThat(terminal.run("help", "serve")).isZero();
    assertThat(terminal.printed()).contains("default: 127.0.0.1").contains("KB_ADMIN_TOKEN");
  }
}
