package org.kennisbank.server.tooling.faq;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes YAML values that read back exactly as given: double-quoted, with {@code "}, {@code \},
 * line breaks and other control characters escaped. Thread-safe.
 */
final class YamlScalars {

  private YamlScalars() {}

  /** The value as a double-quoted YAML scalar. */
  static String quoted(String value) {
    StringBuilder yaml = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> yaml.append("\\\"");
        case '\\' -> yaml.append("\\\\");
        case '\n' -> yaml.append("\\n");
        case '\t' -> yaml.append("\\t");
        case '\r' -> yaml.append("\\r");
        default -> {
          boolean loneSurrogate = Character.isSurrogate(c) && !(Character.isHighSurrogate(c)
              && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1)));
          if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1))) {
            loneSurrogate = false;
          }
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || loneSurrogate) {
            yaml.append(String.format("\\u%04X", (int) c));
          } else {
            yaml.append(c);
          }
        }
      }
    }
    return yaml.append('"').toString();
  }

  /** The values as a YAML flow list of double-quoted scalars: {@code ["a", "b"]}. */
  static String quotedList(List<String> values) {
    return values.stream().map(YamlScalars::quoted).collect(Collectors.joining(", ", "[", "]"));
  }

  /** Ids (known to need no quotes) as a YAML flow list: {@code [a, b]}. */
  static String idList(List<String> ids) {
    return "[" + String.join(", ", ids) + "]";
  }
}
