package org.kennisbank.core.internal.content;

import java.util.List;
import java.util.Random;

/**
 * Hostile article texts from a seed: front matter with YAML features, odd values and encodings;
 * bodies with deep nesting, long runs, raw HTML, links in every scheme and encoding, and near-miss
 * internal markers. Text after a marker or near miss contains {@link #SECRET}, so a test can check
 * that internal text never reaches a public section.
 */
final class GeneratedArticles {

  static final String SECRET = "ZZGEHEIMZZ";

  private static final List<String> NEAR_MISSES = List.of("##Intern", "# Intern", "### Intern", "**Intern**", "## Intern:",
      "## Interne notities", "## INTERN", "## intern", "Intern:", "__Intern__", "> ## Intern", "- ## Intern", "    ## Intern",
      "## Intern ##", "Intern\n---", "  ## Intern", "## Internal", "#### Interne afspraken", "*Intern*", "## **Intern**");
  private static final List<String> SCHEMES = List.of("javascript:", "JaVaScRiPt:", "&#106;avascript:", "&#x6A;avascript:", "java&#x09;script:",
      "data:text/html,", "vbscript:", "  javascript:", "%6Aavascript:", "\\javascript:", "https://example.nl/", "http://x.nl/",
      "mailto:a@b.nl?", "tel:+31", "kb:", "/pad/", "#", "ftp://x/", "file:///etc/", "jav\u0000ascript:", "java\u200Bscript:");
  private static final List<String> FRONT_MATTER_LINES = List.of("keywords: [*alias]", "title: &a Titel", "owner: !!str Team",
      "<<: {owner: x}", "keywords: [[[[[a]]]]]", "review: \u0662\u0660\u0662\u0667-01-01", "review: 2027-13-45", "source: javascript:alert(1)",
      "upl: \"JAVASCRIPT:alert(1)\"", "source: \"https://example.nl/a b\"", "published: 2030-01-01", "expires: 2020-01-01",
      "summary: \"" + "lang ".repeat(80) + "\"", "onbekend: waarde", "title: [a, b]", "themes: {a: b}", "keywords: \"\\u0000\"",
      "owner: [Afval", "id: 'Hoofd Letters'", "\tid: tab", "--- {id: x}", "? complex\n: key", "keywords: !!binary aGFsbG8=");

  private final Random random;

  GeneratedArticles(long seed) {
    this.random = new Random(seed);
  }

  String next() {
    StringBuilder text = new StringBuilder();
    if (chance(5)) {
      text.append('\uFEFF');
    }
    text.append("---\n");
    text.append("id: grofvuil\ntype: ").append(pick(List.of("product", "faq", "theme", "product"))).append('\n');
    text.append("title: Grofvuil ophalen\nsummary: Grofvuil laat u gratis ophalen.\nthemes: [grofvuil-en-leefomgeving]\n");
    text.append("audience: [particulier]\nupl: https://example.nl/upl\nhandling: first-line\nowner: Team\nreview: 2027-01-15\n");
    int fields = random.nextInt(3);
    for (int i = 0; i < fields && chance(4); i++) {
      text.append(pick(FRONT_MATTER_LINES)).append('\n');
    }
    if (chance(20)) {
      text.append("keywords: ").append("[".repeat(random.nextInt(2000))).append('\n');
    }
    text.append("---\n\n");
    int parts = 1 + random.nextInt(6);
    boolean internal = false;
    for (int i = 0; i < parts; i++) {
      if (!internal && chance(4)) {
        text.append(chance(2) ? "## Intern" : pick(NEAR_MISSES)).append("\n\n");
        internal = true;
        continue;
      }
      text.append(internal ? "### Werkinstructie\n\n" + SECRET + " " : "## " + pick(List.of("Wat is het", "Kosten", "Internationaal", "Contact")) + "\n\n");
      text.append(fragment()).append("\n\n");
    }
    String result = text.toString();
    if (chance(10)) {
      result = result.replace("\n", "\r\n");
    }
    return result;
  }

  private String fragment() {
    return switch (random.nextInt(20)) {
      case 0 -> ">".repeat(random.nextInt(3000)) + " citaat";
      case 1 -> list(random.nextInt(chance(4) ? 600 : 60));
      case 2 -> pick(List.of("*", "_", "**", "-", "[", "(", "<", "`", "&", "\\", "!", "|", "~", "* ")).repeat(random.nextInt(chance(10) ? 4000 : 400)) + "x";
      case 3 -> "[link](" + pick(SCHEMES) + "alert(1))";
      case 4 -> "<" + pick(SCHEMES) + "alert(1)>";
      case 5 -> pick(List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe src=//x>", "<a href=javascript:x>a</a>",
          "<div onclick=x>", "<!-- x -->", "<svg/onload=alert(1)>", "<style>*{}</style>", "<details open ontoggle=x>"));
      case 6 -> "[ref][r]\n\n[r]: " + pick(SCHEMES) + "x";
      case 7 -> "![plaatje](" + pick(SCHEMES) + "x)";
      case 8 -> "| a | b |\n|---|---|\n| " + "x|".repeat(random.nextInt(200)) + "\n";
      case 9 -> "```\n" + pick(NEAR_MISSES) + "\n```";
      case 10 -> randomText(random.nextInt(400));
      case 11 -> "*".repeat(random.nextInt(300)) + "nadruk" + "*".repeat(random.nextInt(300));
      case 12, 14, 15, 16 -> "Gewone tekst met intern overleg en het internet.\n\n- een punt\n  - een dieper punt\n\n> citaat";
      default -> "Tekst met [een artikel](kb:paspoort) en [site](https://example.nl).";
    };
  }

  private String list(int depth) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      list.append("  ".repeat(i)).append(chance(2) ? "- " : "1. ").append("punt\n");
    }
    return list.toString();
  }

  private String randomText(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(10);
      text.appendCodePoint(kind < 5 ? 32 + random.nextInt(95) : kind < 7 ? random.nextInt(0x3000) : kind < 8 ? "\n\t\r".charAt(random.nextInt(3))
          : kind < 9 ? 0x1F600 + random.nextInt(80) : "#>*_[]()<&!-`".charAt(random.nextInt(13)));
    }
    return text.toString();
  }

  private boolean chance(int oneIn) {
    return random.nextInt(oneIn) == 0;
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
