package org.kennisbank.server.chat;

import java.time.Instant;
import java.util.Objects;

/**
 * One question and what the bot did with it, for a {@link ChatOutcomeSink}.
 *
 * @param question the message exactly as the resident typed it: it may hold personal data (a BSN,
 *     an IBAN, an address); a sink that stores it must remove that first
 * @param signals the retrieval signals behind the confidence
 */
public record ChatOutcome(Instant time, String question, ChatReply reply, ChatDecision.Signals signals) {
  public ChatOutcome {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(reply, "reply");
    Objects.requireNonNull(signals, "signals");
  }
}
