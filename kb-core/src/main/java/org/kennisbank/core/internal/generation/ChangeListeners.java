package org.kennisbank.core.internal.generation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.kennisbank.core.ContentChange;
import org.kennisbank.core.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listeners to content changes, called in the order they were added. One that throws is logged
 * and skipped: a listener never undoes or stops a reload. Thread-safe.
 */
public final class ChangeListeners {

  private static final Logger LOG = LoggerFactory.getLogger(ChangeListeners.class);

  private final List<Consumer<ContentChange>> listeners = new CopyOnWriteArrayList<>();

  /** Adds a listener; closing the subscription removes it (again: nothing). */
  public Subscription add(Consumer<ContentChange> listener) {
    // A wrapper of our own, so that adding one listener twice gives two independent subscriptions.
    Consumer<ContentChange> own = listener::accept;
    listeners.add(own);
    return () -> listeners.remove(own);
  }

  public void notify(ContentChange change) {
    for (Consumer<ContentChange> listener : listeners) {
      try {
        listener.accept(change);
      } catch (RuntimeException e) {
        LOG.warn("a content change listener failed on revision {}; the reload stands", change.revision(), e);
      }
    }
  }
}
