package org.kennisbank.server.chat;

/**
 * Where every chat outcome goes after the reply is built: the hook for analytics. Called on the
 * request thread, after the reply is complete; an implementation must be thread-safe and quick (or
 * hand off), and must remove personal data before it stores a question ({@link ChatOutcome#question()}).
 * A sink that throws is logged and never changes the reply.
 */
@FunctionalInterface
public interface ChatOutcomeSink {

  /** Stores nothing. */
  ChatOutcomeSink NONE = outcome -> {};

  void record(ChatOutcome outcome);
}
