package org.kennisbank.core.internal.generation;

import java.util.concurrent.atomic.AtomicReference;
import org.kennisbank.core.KbException;

/**
 * The current generation, swapped atomically, as Lucene's {@code SearcherManager} swaps readers.
 *
 * <pre>{@code
 * Generation generation = generations.acquire();
 * try {
 *   return generation.search(request, today);
 * } finally {
 *   generation.release();
 * }
 * }</pre>
 *
 * Searches in flight finish on the generation they acquired; it is closed when the last of them
 * releases it. Thread-safe.
 */
public final class Generations {

  private final AtomicReference<Generation> current;
  private volatile boolean closed;

  public Generations(Generation first) {
    this.current = new AtomicReference<>(first);
  }

  /** The current generation with a reference held for the caller, who must {@link Generation#release()} it. */
  public Generation acquire() {
    while (true) {
      Generation generation = current.get();
      if (generation.tryAcquire()) {
        return generation;
      }
      if (closed) {
        throw new KbException("the knowledge base is closed");
      }
      // Swapped and fully released between get and tryAcquire: the next get sees the new one.
    }
  }

  /**
   * The current generation without a reference: for its immutable parts (articles, problems,
   * suggester), never for its index reader.
   */
  public Generation current() {
    return current.get();
  }

  /** Makes {@code next} current and gives up this manager's reference to the previous one. */
  public void swap(Generation next) {
    current.getAndSet(next).release();
  }

  /** Gives up the current generation; searches still running finish first. */
  public void close() {
    closed = true;
    current.get().release();
  }
}
