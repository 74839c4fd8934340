package org.kennisbank.server.chat;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How residents reach a person when the bot hands over: the contact centre's phone number and
 * opening hours, as the widget shows them. Configuration, not content ({@code KB_CONTACT_PHONE},
 * {@code KB_CONTACT_HOURS}).
 *
 * @param phone the number as residents dial it, e.g. {@code 14 0123}
 * @param hours when it is answered, in Dutch, e.g. {@code maandag tot en met vrijdag 8.00 tot 17.00 uur}
 */
public record ContactCentre(String phone, String hours) {

  public static final String PHONE_VARIABLE = "KB_CONTACT_PHONE";
  public static final String HOURS_VARIABLE = "KB_CONTACT_HOURS";
  public static final ContactCentre DEFAULT = new ContactCentre("14 0123", "maandag tot en met vrijdag 8.00 tot 17.00 uur");

  public ContactCentre {
    require(phone, "phone");
    require(hours, "hours");
  }

  /** The variables' values where set and not blank, else the defaults. */
  public static ContactCentre fromEnvironment(Map<String, String> environment) {
    return new ContactCentre(value(environment, PHONE_VARIABLE).orElse(DEFAULT.phone),
        value(environment, HOURS_VARIABLE).orElse(DEFAULT.hours));
  }

  private static Optional<String> value(Map<String, String> environment, String name) {
    return Optional.ofNullable(environment.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static void require(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank() || value.length() > 200) {
      throw new IllegalArgumentException(field + " must be 1 to 200 characters; got: \"" + value + "\"");
    }
  }
}
