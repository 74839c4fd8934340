package org.kennisbank.bench.corpus;

import java.util.List;
import java.util.Map;

/**
 * One bundled product article taken apart into what the generator recombines: its front matter
 * fields, its public sections by heading (in file order) and its internal part.
 */
record SourceArticle(String id, Map<String, Object> fields, Map<String, String> sections, String internal) {

  SourceArticle {
    fields = Map.copyOf(fields);
    sections = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sections));
  }

  String text(String field) {
    Object value = fields.get(field);
    return value == null ? "" : value.toString().strip();
  }

  @SuppressWarnings("unchecked")
  List<String> list(String field) {
    Object value = fields.get(field);
    return value instanceof List<?> list ? ((List<Object>) list).stream().map(Object::toString).toList() : List.of();
  }
}
