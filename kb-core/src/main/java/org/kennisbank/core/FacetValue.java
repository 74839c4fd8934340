package org.kennisbank.core;

/** One value of a facet (a theme, a type, an audience) and how many matching articles have it. */
public record FacetValue(String value, int count) {}
