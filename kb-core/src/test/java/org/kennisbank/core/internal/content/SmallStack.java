package org.kennisbank.core.internal.content;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs code on a thread with a small stack. Surefire runs tests with {@code -Xss4m}, the server
 * with the JVM default (1 MiB on 64-bit Linux for the main thread and the common pool); a check
 * that passes on 256 KiB does not depend on either.
 */
final class SmallStack {

  static final long STACK_BYTES = 256 * 1024;

  private SmallStack() {}

  static <T> T call(Supplier<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(work.get());
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "small-stack", STACK_BYTES);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (failure.get() != null) {
      throw new AssertionError("failed on a " + STACK_BYTES / 1024 + " KiB stack", failure.get());
    }
    return result.get();
  }
}
