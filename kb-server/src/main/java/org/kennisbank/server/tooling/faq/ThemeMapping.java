package org.kennisbank.server.tooling.faq;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kennisbank.core.Theme;

/**
 * Maps the themes and subjects of a Rijksoverheid record (labels such as "Werk" or "Familie, zorg
 * en gezondheid") to Kennisbank themes and audiences with a small keyword table. A keyword matches
 * every word of a label that starts with it: "zorg" matches "Zorg" and "zorginstellingen", but
 * "werk" does not match "samenwerking". Thread-safe.
 */
final class ThemeMapping {

  /** The theme for records that match no keyword. */
  static final String FALLBACK_THEME = Theme.VRAGEN_EN_KLAGEN.id();

  private static final Map<String, List<String>> KEYWORDS_BY_THEME = Map.of(
      "vragen-en-klagen", List.of("klacht", "bezwaar", "ombudsman"),
      "identiteit-en-reizen", List.of("reizen", "identiteit", "paspoort", "identificatie",
          "nationaliteit", "verkiezingen", "overlijden", "geboorte", "trouwen", "erkenning"),
      "zorg-en-ondersteuning", List.of("zorg", "gezondheid", "ouderenzorg", "opvang"),
      "werk-en-inkomen", List.of("werk", "uitkering", "inkomen", "toeslag", "schulden", "armoede",
          "arbeid", "bijbaan"),
      "vergunningen", List.of("wonen", "bouwen", "bouwregelgeving", "omgevingswet"),
      "onderwijs-en-sport", List.of("onderwijs", "sport", "school"),
      "grofvuil-en-leefomgeving", List.of("milieu", "afval", "geluidsoverlast", "leefomgeving"),
      "belastingen", List.of("belasting"));

  private static final List<String> BUSINESS_KEYWORDS = List.of("ondernem", "bedrijf", "zakendoen");

  private ThemeMapping() {}

  /** The Kennisbank themes for the labels, in the standard order; the fallback theme when none matches. */
  static List<String> themes(List<String> labels) {
    List<String> themes = Theme.ids().stream()
        .filter(theme -> labels.stream().anyMatch(label -> mentions(label, KEYWORDS_BY_THEME.get(theme))))
        .toList();
    return themes.isEmpty() ? List.of(FALLBACK_THEME) : themes;
  }

  /** Always {@code particulier}; also {@code ondernemer} when a label is about businesses. */
  static List<String> audiences(List<String> labels) {
    boolean business = labels.stream().anyMatch(label -> mentions(label, BUSINESS_KEYWORDS));
    return business ? List.of("particulier", "ondernemer") : List.of("particulier");
  }

  /** The labels as keywords: lowercased, whitespace normalised, each once, in their order. */
  static List<String> keywords(List<String> labels) {
    Set<String> keywords = new LinkedHashSet<>();
    for (String label : labels) {
      String keyword = label.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
      if (!keyword.isEmpty()) {
        keywords.add(keyword);
      }
    }
    return new ArrayList<>(keywords);
  }

  private static boolean mentions(String label, List<String> keywords) {
    for (String word : label.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      for (String keyword : keywords) {
        if (word.startsWith(keyword)) {
          return true;
        }
      }
    }
    return false;
  }
}
