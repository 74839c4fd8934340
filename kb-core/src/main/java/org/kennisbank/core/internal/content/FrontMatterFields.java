package org.kennisbank.core.internal.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reads typed values from the front matter, reporting what is missing or malformed with its line and field. */
record FrontMatterFields(JsonNode node, FrontMatter frontMatter, FileProblems problems) {

  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");


  String requiredText(String name) {
    Optional<String> value = optionalText(name);
    if (value.isEmpty() && !node.has(name)) {
      problems.error(frontMatter.lineOf(name), name, "is required");
    }
    return value.orElse("");
  }

  Optional<String> optionalText(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isValueNode()) {
      problems.error(frontMatter.lineOf(name), name, "must be a single value, not a list or a map");
      return Optional.empty();
    }
    String text = value.asText().strip();
    if (text.isEmpty()) {
      problems.error(frontMatter.lineOf(name), name, "is empty");
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /** An optional absolute http or https URL; anything else is an error, so it can never become a script link. */
  Optional<String> optionalWebAddress(String name) {
    return optionalText(name).filter(value -> {
      if (UrlPolicy.isWebAddress(value)) {
        return true;
      }
      problems.error(frontMatter.lineOf(name), name, "'" + value + "' is not an http or https address; write a full URL such as https://www.example.nl/pagina");
      return false;
    });
  }

  <T> T requiredEnum(String name, Function<String, Optional<T>> lookup, String known) {
    String text = requiredText(name);
    if (text.isEmpty()) {
      return null;
    }
    Optional<T> value = lookup.apply(text);
    if (value.isEmpty()) {
      problems.error(frontMatter.lineOf(name), name, "unknown value '" + text + "' (known: " + known + ")");
    }
    return value.orElse(null);
  }

  List<String> requiredList(String name) {
    List<String> values = optionalList(name);
    if (values.isEmpty() && !problems.hasErrorFor(name)) {
      problems.error(frontMatter.lineOf(name), name, "is required: a list such as [a, b]");
    }
    return values;
  }

  List<String> optionalList(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (value.isValueNode()) {
      return List.of(value.asText().strip());
    }
    if (!value.isArray()) {
      problems.error(frontMatter.lineOf(name), name, "must be a list such as [a, b]");
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (JsonNode element : value) {
      if (!element.isValueNode()) {
        problems.error(frontMatter.lineOf(name), name, "list items must be single values");
      } else {
        values.add(element.asText().strip());
      }
    }
    return values;
  }

  LocalDate requiredDate(String name) {
    Optional<LocalDate> date = optionalDate(name);
    if (date.isEmpty() && !node.has(name)) {
      problems.error(frontMatter.lineOf(name), name, "is required: a date such as 2027-03-01");
    }
    return date.orElse(LocalDate.MIN);
  }

  Optional<LocalDate> optionalDate(String name) {
    return optionalText(name).flatMap(text -> {
      try {
        if (!ISO_DATE.matcher(text).matches()) {
          throw new DateTimeParseException("not YYYY-MM-DD in ASCII digits", text, 0);
        }
        return Optional.of(LocalDate.parse(text));
      } catch (DateTimeParseException e) {
        problems.error(frontMatter.lineOf(name), name, "'" + text + "' is not a date; write it as YYYY-MM-DD");
        return Optional.empty();
      }
    });
  }
}
