package org.kennisbank.core;

/** A registration that can be undone, such as a change listener (see {@link KnowledgeBase#onChange}). */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

  /** Stops the registration; closing twice does nothing more. */
  @Override
  void close();
}
