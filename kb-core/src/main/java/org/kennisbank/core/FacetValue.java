package org.kennisbank.core;

/**
 * One value of a facet (a theme, a type, an audience) and how many matching articles have it.
 *
 * @param value the id used in filters, such as {@code grofvuil-en-leefomgeving}
 * @param label the name shown to people, such as "Afval, straat en buitenruimte"
 */
public record FacetValue(String value, String label, int count) {}
