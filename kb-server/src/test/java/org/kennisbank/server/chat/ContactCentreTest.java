package org.kennisbank.server.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contact centre comes from KB_CONTACT_PHONE and KB_CONTACT_HOURS, with the defaults where they are unset or blank. */
class ContactCentreTest {

  @Test
  void the_variables_set_the_phone_and_hours() {
    assertThat(ContactCentre.fromEnvironment(Map.of("KB_CONTACT_PHONE", " 14 0999 ", "KB_CONTACT_HOURS", "dag en nacht")))
        .isEqualTo(new ContactCentre("14 0999", "dag en nacht"));
  }

  @Test
  void unset_or_blank_variables_give_the_defaults() {
    assertThat(ContactCentre.fromEnvironment(Map.of())).isEqualTo(ContactCentre.DEFAULT);
    assertThat(ContactCentre.fromEnvironment(Map.of("KB_CONTACT_PHONE", "  ", "KB_CONTACT_HOURS", "")))
        .isEqualTo(new ContactCentre("14 0123", "maandag tot en met vrijdag 8.00 tot 17.00 uur"));
  }

  @Test
  void an_empty_or_overlong_value_is_refused_with_its_field() {
    assertThatThrownBy(() -> new ContactCentre("", "altijd")).hasMessageContaining("phone");
    assertThatThrownBy(() -> new ContactCentre("14 0123", "x".repeat(201))).hasMessageContaining("hours");
  }
}
