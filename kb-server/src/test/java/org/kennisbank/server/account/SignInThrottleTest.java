package org.kennisbank.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private final MutableClock clock = new MutableClock();
  private final SignInThrottle throttle = new SignInThrottle(clock);

  private void fail(String account, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(account, address);
    }
  }

  @Test
  void four_failures_cost_nothing_the_fifth_locks_the_name_for_30_seconds() {
    fail("anna", "10.0.0.1", 4);
    assertThat(throttle.wait("anna", "10.0.0.1")).isEmpty();

    throttle.failed("anna", "10.0.0.1");
    assertThat(throttle.wait("anna", "10.0.0.2")).hasValue(Duration.ofSeconds(30));
    assertThat(throttle.wait("eva", "10.0.0.1")).isEmpty();

    clock.advance(Duration.ofSeconds(29));
    assertThat(throttle.wait("anna", "10.0.0.1")).hasValue(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.wait("anna", "10.0.0.1")).isEmpty();
  }

  @Test
  void every_further_failure_doubles_the_lockout_up_to_15_minutes() {
    fail("anna", "10.0.0.1", 5);
    clock.advance(Duration.ofSeconds(30));
    throttle.failed("anna", "10.0.0.1");
    assertThat(throttle.wait("anna", "10.0.0.1")).hasValue(Duration.ofSeconds(60));
    clock.advance(Duration.ofSeconds(60));
    throttle.failed("anna", "10.0.0.1");
    assertThat(throttle.wait("anna", "10.0.0.1")).hasValue(Duration.ofSeconds(120));
    assertThat(SignInThrottle.lockout(30)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void a_name_no_account_has_is_locked_the_same_way() {
    fail("nobody", "10.0.0.1", 5);
    assertThat(throttle.wait("Nobody ", "10.0.0.9")).hasValue(Duration.ofSeconds(30));
  }

  @Test
  void success_clears_the_name_and_an_hour_without_failures_forgets_them() {
    fail("anna", "10.0.0.1", 4);
    throttle.succeeded("anna");
    fail("anna", "10.0.0.1", 4);
    assertThat(throttle.wait("anna", "10.0.0.1")).isEmpty();

    clock.advance(Duration.ofHours(2));
    fail("anna", "10.0.0.1", 4);
    assertThat(throttle.wait("anna", "10.0.0.1")).isEmpty();
  }

  @Test
  void one_address_trying_many_names_is_locked_too() {
    for (int i = 0; i < 20; i++) {
      throttle.failed("name" + i, "10.0.0.66");
    }
    assertThat(throttle.wait("someone-else", "10.0.0.66")).hasValue(Duration.ofSeconds(30));
    assertThat(throttle.wait("someone-else", "10.0.0.67")).isEmpty();
  }
}
