package org.kennisbank.core.internal.content;

/** Article texts for the content tests: a good product article, and ways to change it. */
final class Articles {

  /** A product article without problems; its body starts on line 15. */
  static final String GOOD = """
      ---
      id: grofvuil
      type: product
      title: Grofvuil ophalen
      summary: Grofvuil laat u gratis ophalen op afspraak.
      themes: [grofvuil-en-leefomgeving]
      audience: [particulier]
      keywords: [grof afval]
      upl: http://standaarden.overheid.nl/owms/terms/afvalinzameling-grofvuil
      handling: first-line
      owner: Afvalbedrijf
      review: 2027-01-15
      source: https://www.example.nl/grofvuil
      ---

      ## Wat is het

      Afval dat niet in de container past.

      ## Kosten

      Gratis.

      ## Intern

      ### Werkinstructie

      GEHEIM-INTERN maximaal 2 m3.
      """;
  static final String FILE = "articles/grofvuil.md";
  /** The line of "Afval dat niet in de container past." */
  static final int FIRST_TEXT_LINE = 18;
  /** Text that only the internal part contains. */
  static final String SECRET = "GEHEIM-INTERN";

  private Articles() {}

  /** The good article with its first paragraph replaced. */
  static String withText(String markdown) {
    return GOOD.replace("Afval dat niet in de container past.", markdown);
  }
}
