package org.kennisbank.core;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The eight themes of the knowledge base, as the contact centre's second line is organised: the
 * one place where their ids and titles are written. Articles name themes by {@link #id()}; pages,
 * facets and messages show {@link #title()}. The theme article with the same id describes the
 * theme at length.
 */
public enum Theme {
  VRAGEN_EN_KLAGEN("vragen-en-klagen", "Contact, klachten en meepraten"),
  IDENTITEIT_EN_REIZEN("identiteit-en-reizen", "Paspoort, verhuizen en burgerzaken"),
  ZORG_EN_ONDERSTEUNING("zorg-en-ondersteuning", "Zorg, hulp en ondersteuning"),
  WERK_EN_INKOMEN("werk-en-inkomen", "Werk, uitkering en geldzaken"),
  VERGUNNINGEN("vergunningen", "Vergunningen en ontheffingen"),
  ONDERWIJS_EN_SPORT("onderwijs-en-sport", "School, kinderopvang en sport"),
  GROFVUIL_EN_LEEFOMGEVING("grofvuil-en-leefomgeving", "Afval, straat en buitenruimte"),
  BELASTINGEN("belastingen", "Gemeentelijke belastingen en WOZ");

  private final String id;
  private final String title;

  Theme(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** The name used in front matter, URLs and the API, such as {@code grofvuil-en-leefomgeving}. */
  public String id() {
    return id;
  }

  /** The title shown to people, such as "Afval, straat en buitenruimte". */
  public String title() {
    return title;
  }

  public static Optional<Theme> fromId(String id) {
    return Arrays.stream(values()).filter(theme -> theme.id.equals(id)).findFirst();
  }

  /** Every theme id in the standard order. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(Theme::id).toList();
  }

  /** The ids as a comma-separated list, for messages that say what is known. */
  public static String idList() {
    return Arrays.stream(values()).map(Theme::id).collect(Collectors.joining(", "));
  }
}
