package org.kennisbank.core;

import java.util.List;
import java.util.Set;

/**
 * Restricts a search to articles of the given themes, types and audiences. An empty set means no
 * restriction; within one set any value matches, between sets all must match.
 */
public record SearchFilters(Set<String> themes, Set<ArticleType> types, Set<Audience> audiences) {

  public static final SearchFilters NONE = new SearchFilters(Set.of(), Set.of(), Set.of());

  public SearchFilters {
    themes = Set.copyOf(themes);
    types = Set.copyOf(types);
    audiences = Set.copyOf(audiences);
  }

  public static SearchFilters theme(String theme) {
    return new SearchFilters(Set.of(theme), Set.of(), Set.of());
  }

  public SearchFilters withThemes(List<String> newThemes) {
    return new SearchFilters(Set.copyOf(newThemes), types, audiences);
  }

  public SearchFilters withTypes(List<ArticleType> newTypes) {
    return new SearchFilters(themes, Set.copyOf(newTypes), audiences);
  }

  public SearchFilters withAudiences(List<Audience> newAudiences) {
    return new SearchFilters(themes, types, Set.copyOf(newAudiences));
  }

  public boolean isEmpty() {
    return themes.isEmpty() && types.isEmpty() && audiences.isEmpty();
  }
}
