package org.kennisbank.server.tooling.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeMappingTest {

  @Test
  void rijksoverheid_themes_map_to_kennisbank_themes_in_standard_order() {
    assertThat(ThemeMapping.themes(List.of("Belastingen, uitkeringen en toeslagen", "Werk"))).containsExactly("werk-en-inkomen", "belastingen");
    assertThat(ThemeMapping.themes(List.of("Familie, zorg en gezondheid"))).containsExactly("zorg-en-ondersteuning");
    assertThat(ThemeMapping.themes(List.of("Onderwijs"))).containsExactly("onderwijs-en-sport");
    assertThat(ThemeMapping.themes(List.of("Bouwen en wonen"))).containsExactly("vergunningen");
    assertThat(ThemeMapping.themes(List.of("Paspoort en identiteitskaart", "Migratie en reizen"))).containsExactly("identiteit-en-reizen");
    assertThat(ThemeMapping.themes(List.of("Klimaat, milieu en natuur", "Afval"))).containsExactly("grofvuil-en-leefomgeving");
    assertThat(ThemeMapping.themes(List.of("Bezwaar en beroep"))).containsExactly("vragen-en-klagen");
  }

  @Test
  void keywords_match_the_start_of_a_word_only() {
    assertThat(ThemeMapping.themes(List.of("Verpleeghuizen en zorginstellingen"))).containsExactly("zorg-en-ondersteuning");
    assertThat(ThemeMapping.themes(List.of("Internationale samenwerking"))).containsExactly("vragen-en-klagen");
  }

  @Test
  void records_without_a_matching_label_fall_back_to_vragen_en_klagen() {
    assertThat(ThemeMapping.themes(List.of("Overheid en democratie", "Privacy en persoonsgegevens"))).containsExactly("vragen-en-klagen");
    assertThat(ThemeMapping.themes(List.of())).containsExactly("vragen-en-klagen");
  }

  @Test
  void labels_about_businesses_add_the_ondernemer_audience() {
    assertThat(ThemeMapping.audiences(List.of("Werk"))).containsExactly("particulier");
    assertThat(ThemeMapping.audiences(List.of("Ondernemen en innovatie"))).containsExactly("particulier", "ondernemer");
    assertThat(ThemeMapping.audiences(List.of("Zakendoen met het Rijk"))).containsExactly("particulier", "ondernemer");
    assertThat(ThemeMapping.audiences(List.of("Bedrijven en ondernemers"))).containsExactly("particulier", "ondernemer");
  }

  @Test
  void keywords_are_the_labels_lowercased_and_deduplicated() {
    assertThat(ThemeMapping.keywords(List.of("Paspoort en identiteitskaart", "Werk", " werk ", "Recht,  veiligheid en defensie", "")))
        .containsExactly("paspoort en identiteitskaart", "werk", "recht, veiligheid en defensie");
  }
}
