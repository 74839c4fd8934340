package org.kennisbank.core.internal.search;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a question asks about, read from its wording, mapped to the standard section headings of
 * the content format (docs/content-format.md, "Body"): "wat kost ..." asks for {@code Kosten},
 * "hoe lang duurt ..." for {@code Termijn}. A question that names none of these has no intent and
 * its passage is chosen by its words alone. The patterns describe how Dutch asks for a price, a
 * term, a procedure or a condition, not any particular product.
 */
enum QuestionIntent {
  COSTS("Kosten", "\\b(kost|kosten|kostte|prijs|prijzen|tarief|tarieven|bedrag|leges|betalen|betaal|gratis|geld kwijt|hoe duur|hoeveel moet ik betalen)\\b"),
  TERM("Termijn", "\\b(hoe ?lang duurt|hoe ?lang moet ik wachten|hoe ?lang zit|hoe snel|hoeveel (werk)?dagen|hoeveel weken|wanneer (krijg|heb|is|ligt|ben)|klaar|termijn|wachttijd|doorlooptijd|duurt het)\\b"),
  OBJECTION("Bezwaar", "\\b(bezwaar|oneens|niet eens|beroep aantekenen|in beroep)\\b"),
  CONDITIONS("Voorwaarden", "\\b(voorwaarden?|in aanmerking|recht op|wie kan|wie mag|mag ik|eisen|voldoen)\\b"),
  APPLY("Aanvragen", "\\b(aanvragen|aanvraag doen|vraag ik|hoe regel|meenemen|meebrengen|nodig bij|inleveren|aanmelden|afspraak maken)\\b");

  private final String heading;
  private final Pattern pattern;

  QuestionIntent(String heading, String regex) {
    this.heading = heading;
    this.pattern = Pattern.compile(regex);
  }

  /** The heading of the section that answers this kind of question. */
  String heading() {
    return heading;
  }

  /** The first intent the question's wording shows, in the order above (price before procedure). */
  static Optional<QuestionIntent> of(String question) {
    String text = question.toLowerCase(Locale.ROOT);
    for (QuestionIntent intent : List.of(values())) {
      if (intent.pattern.matcher(text).find()) {
        return Optional.of(intent);
      }
    }
    return Optional.empty();
  }
}
