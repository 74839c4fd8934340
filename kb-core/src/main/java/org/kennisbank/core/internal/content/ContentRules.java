package org.kennisbank.core.internal.content;

/** Access for {@link org.kennisbank.core.ContentValidator} to rules kept package-private here. */
public final class ContentRules {

  private ContentRules() {}

  /** Whether a Markdown line would be refused as an attempt at the internal marker (the marker itself included). */
  public static boolean resemblesInternalMarker(String line) {
    return InternalMarker.resembles(line);
  }
}
