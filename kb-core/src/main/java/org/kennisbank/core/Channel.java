package org.kennisbank.core;

/**
 * Who is asking. Only the {@link #AGENT} channel sees the internal part of articles; every other
 * channel sees public text only.
 */
public enum Channel {
  /** The website, the public API and the chatbot. */
  PUBLIC,
  /** Contact-centre agents, authenticated by the application that embeds Kennisbank. */
  AGENT
}
