package org.kennisbank.core;

import java.util.List;

/**
 * What one reload changed, as {@link KnowledgeBase#reload()} returns it and change listeners
 * receive it (see {@link KnowledgeBase#onChange}). Ids are sorted. Immutable.
 *
 * @param revision the revision of the content after the change; it grows by one with every change
 *     and stays the same when a reload found nothing new
 * @param added ids of articles that are new
 * @param changed ids of articles whose file changed
 * @param removed ids of articles that are gone (deleted, or now left out for an error)
 * @param synonymsChanged whether {@code synonyms.txt} changed, so that queries read differently
 * @param bestBetsChanged whether {@code best-bets.tsv} or {@code popularity.tsv} changed
 */
public record ContentChange(
    long revision,
    List<String> added,
    List<String> changed,
    List<String> removed,
    boolean synonymsChanged,
    boolean bestBetsChanged) {

  public ContentChange {
    if (revision < 1) {
      throw new IllegalArgumentException("revision must be 1 or more; got: " + revision);
    }
    added = List.copyOf(added.stream().sorted().toList());
    changed = List.copyOf(changed.stream().sorted().toList());
    removed = List.copyOf(removed.stream().sorted().toList());
  }

  /** Nothing changed at this revision: no article, synonym, best bet or popularity. */
  public static ContentChange none(long revision) {
    return new ContentChange(revision, List.of(), List.of(), List.of(), false, false);
  }

  /** True when no article, synonym rule, best bet or popularity weight changed. */
  public boolean isEmpty() {
    return added.isEmpty() && changed.isEmpty() && removed.isEmpty() && !synonymsChanged && !bestBetsChanged;
  }
}
