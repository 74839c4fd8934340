package org.kennisbank.core.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kennisbank.core.ContentProblem;

/** Issue 12 item 7: front matter is plain data; other YAML features are refused with their line. */
class YamlFeaturesTest {

  private final ArticleParser parser = new ArticleParser();

  private List<String> problems(String text) {
    return parser.parse(Articles.FILE, text).problems().stream().map(ContentProblem::toString).toList();
  }

  @Test
  void an_alias_is_refused_instead_of_becoming_a_keyword() {
    String text = Articles.GOOD.replace("title: Grofvuil ophalen", "title: &naam Grofvuil ophalen").replace("keywords: [grof afval]", "keywords: [*naam]");

    assertThat(parser.parse(Articles.FILE, text).article()).isEmpty();
    assertThat(problems(text)).containsExactly(
        Articles.FILE + ":4: YAML anchor '&naam' is not allowed; write the value where it is used",
        Articles.FILE + ":8: YAML alias '*naam' is not allowed; write the value itself");
  }

  @Test
  void tags_merge_keys_and_a_second_document_are_refused_with_their_line() {
    assertThat(problems(Articles.GOOD.replace("owner: Afvalbedrijf", "owner: !!str Afvalbedrijf")))
        .containsExactly(Articles.FILE + ":11: YAML tag 'tag:yaml.org,2002:str' is not allowed; write plain values");
    assertThat(problems(Articles.GOOD.replace("owner: Afvalbedrijf", "<<: {owner: Afvalbedrijf}")))
        .first().isEqualTo(Articles.FILE + ":11: YAML merge key '<<' is not allowed; write every field itself");
    assertThat(problems(Articles.GOOD.replace("owner: Afvalbedrijf", "owner: Afvalbedrijf\n--- {id: ander}")))
        .containsExactly(Articles.FILE + ":12: holds more than one YAML document; write one block of fields");
  }

  @Test
  void deep_yaml_is_refused_on_its_line() {
    String deep = "[".repeat(500) + "]".repeat(500);

    assertThat(SmallStack.call(() -> problems(Articles.GOOD.replace("keywords: [grof afval]", "keywords: " + deep))))
        .containsExactly(Articles.FILE + ":8: front matter is nested 4 levels deep; at most 3 are allowed (fields, and lists as values)");
  }

  @Test
  void a_yaml_syntax_error_names_its_line() {
    assertThat(problems(Articles.GOOD.replace("owner: Afvalbedrijf", "owner: [Afval")))
        .singleElement().asString().startsWith(Articles.FILE + ":12: front matter is not valid YAML: ");
  }

  @Test
  void dates_with_digits_other_than_ascii_are_refused() {
    assertThat(problems(Articles.GOOD.replace("review: 2027-01-15", "review: \u0662\u0660\u0662\u0667-\u0660\u0661-\u0661\u0665")))
        .containsExactly(Articles.FILE + ":12: review: '\u0662\u0660\u0662\u0667-\u0660\u0661-\u0661\u0665' is not a date; write it as YYYY-MM-DD");
    assertThat(problems(Articles.GOOD.replace("review: 2027-01-15", "review: \uFF12\uFF10\uFF12\uFF17-01-15"))).hasSize(1);
  }
}
