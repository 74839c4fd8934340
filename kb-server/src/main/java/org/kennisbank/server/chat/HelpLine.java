package org.kennisbank.server.chat;

import java.util.List;
import java.util.Objects;

/**
 * A help line as its organisation publishes it. The bot shows all three for an emergency and beside
 * any answer about violence at home or suicide: who is in danger needs the right number first.
 *
 * @param name the organisation or service
 * @param number the number to call, as published
 * @param when when to call it, in Dutch
 */
public record HelpLine(String name, String number, String when) {

  /** 112, 113 Zelfmoordpreventie (0800-0113, free; 113 also works) and Veilig Thuis (0800-2000). */
  public static final List<HelpLine> ALL = List.of(
      new HelpLine("Alarmnummer", "112", "Bij direct gevaar voor uw leven of gezondheid, of dat van een ander."),
      new HelpLine("113 Zelfmoordpreventie", "0800-0113",
          "Denkt u aan zelfmoord, of maakt u zich zorgen om iemand? Bel gratis 0800-0113 of 113, of chat via 113.nl. Dag en nacht."),
      new HelpLine("Veilig Thuis", "0800-2000",
          "Bij huiselijk geweld en kindermishandeling, voor advies of een melding. Gratis, dag en nacht."));

  public HelpLine {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(when, "when");
  }
}
