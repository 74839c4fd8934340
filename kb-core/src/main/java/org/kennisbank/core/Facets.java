package org.kennisbank.core;

import java.util.List;

/** Counts of the matching articles per theme, type and audience, most frequent first. */
public record Facets(List<FacetValue> themes, List<FacetValue> types, List<FacetValue> audiences) {

  public static final Facets EMPTY = new Facets(List.of(), List.of(), List.of());

  public Facets {
    themes = List.copyOf(themes);
    types = List.copyOf(types);
    audiences = List.copyOf(audiences);
  }
}
