package org.kennisbank.server.chat;

import java.time.Duration;
import java.util.Objects;

/**
 * How the chatbot decides and remembers.
 *
 * @param threshold the confidence from which the bot answers; below it, it hands over. Chosen on
 *     the tuning judgments with {@code ./kb eval-chat} (docs/chat.md)
 * @param maxConversations how many conversations are remembered at once; the least recently used
 *     goes first
 * @param idle how long a conversation is remembered after its last message
 */
public record ChatConfig(double threshold, int maxConversations, Duration idle) {

  /** The threshold chosen on the tuning judgments (docs/chat.md, "Calibration"). */
  public static final double DEFAULT_THRESHOLD = 0.43;
  public static final ChatConfig DEFAULT = new ChatConfig(DEFAULT_THRESHOLD, 10_000, Duration.ofMinutes(30));

  public ChatConfig {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be between 0 and 1; got: " + threshold);
    }
    if (maxConversations < 1) {
      throw new IllegalArgumentException("maxConversations must be 1 or more; got: " + maxConversations);
    }
    Objects.requireNonNull(idle, "idle");
    if (idle.isNegative() || idle.isZero()) {
      throw new IllegalArgumentException("idle must be positive; got: " + idle);
    }
  }

  public ChatConfig withThreshold(double newThreshold) {
    return new ChatConfig(newThreshold, maxConversations, idle);
  }
}
