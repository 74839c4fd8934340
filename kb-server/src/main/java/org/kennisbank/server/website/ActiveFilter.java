package org.kennisbank.server.website;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.kennisbank.core.SearchFilters;
import org.kennisbank.core.Theme;

/** One value of the active search filters: the label people see, and the filters without it. */
record ActiveFilter(String label, SearchFilters without) {

  /** Every active value, themes first, each kind in a stable order. */
  static List<ActiveFilter> of(SearchFilters filters) {
    List<ActiveFilter> active = new ArrayList<>();
    filters.themes().stream().sorted().forEach(id -> active.add(new ActiveFilter(
        "Thema: " + Theme.fromId(id).map(Theme::title).orElse(id),
        filters.withThemes(without(filters.themes(), id)))));
    filters.types().stream().sorted(Comparator.comparing(Enum::ordinal)).forEach(type -> active.add(new ActiveFilter(
        "Soort: " + type.label(), filters.withTypes(without(filters.types(), type)))));
    filters.audiences().stream().sorted(Comparator.comparing(Enum::ordinal)).forEach(audience -> active.add(new ActiveFilter(
        "Voor: " + audience.label(), filters.withAudiences(without(filters.audiences(), audience)))));
    return active;
  }

  private static <T> List<T> without(Set<T> values, T value) {
    return values.stream().filter(v -> !v.equals(value)).toList();
  }
}
