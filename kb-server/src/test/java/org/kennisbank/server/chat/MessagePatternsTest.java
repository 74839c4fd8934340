package org.kennisbank.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The handover patterns on made-up sentences (none taken from the judgment files). */
class MessagePatternsTest {

  private final MessagePatterns patterns = new MessagePatterns();

  private Optional<ChatReason> reason(String message) {
    return patterns.handover(MessageText.of(message));
  }

  @Test
  void greetings_and_thanks_without_a_question_hand_over() {
    assertThat(reason("Goeiemiddag, zijn jullie daar?")).contains(ChatReason.GREETING);
    assertThat(reason("hallooo")).contains(ChatReason.GREETING);
    assertThat(reason("heel erg bedankt voor de uitleg!")).contains(ChatReason.THANKS);
    assertThat(reason("super, dan weet ik genoeg")).contains(ChatReason.THANKS);
  }

  @Test
  void a_greeting_with_a_question_is_a_question() {
    assertThat(reason("hallo, hoe verleng ik mijn rijbewijs?")).isEmpty();
  }

  @Test
  void danger_now_is_an_emergency() {
    assertThat(reason("mijn opa is gevallen en reageert niet meer")).contains(ChatReason.EMERGENCY);
    assertThat(reason("het ruikt hier heel sterk naar gas")).isEmpty();
    assertThat(reason("ik ruik gas in de gang")).contains(ChatReason.EMERGENCY);
    assertThat(reason("mijn vriend slaat me nu, help")).contains(ChatReason.EMERGENCY);
    assertThat(reason("ik wil niet meer leven")).contains(ChatReason.EMERGENCY);
  }

  @Test
  void violence_or_suicide_without_acute_danger_is_answered_with_help_lines() {
    MessageText question = MessageText.of("mijn zus wordt al jaren door haar man geslagen, waar kan zij hulp vinden");

    assertThat(patterns.handover(question)).isEmpty();
    assertThat(patterns.needsHelpLines(question)).isTrue();
    assertThat(patterns.needsHelpLines(MessageText.of("mijn neef heeft het over zelfmoord"))).isTrue();
    assertThat(patterns.needsHelpLines(MessageText.of("wat kost een parkeervergunning"))).isFalse();
  }

  @Test
  void own_cases_complaints_abuse_and_national_matters_hand_over() {
    assertThat(reason("hoe ver is mijn aanvraag voor bijzondere bijstand")).contains(ChatReason.PERSONAL_CASE);
    assertThat(reason("mijn zaaknummer is Z-88213, is er al een besluit?")).contains(ChatReason.PERSONAL_CASE);
    assertThat(reason("echt schandalig dat niemand terugbelt")).contains(ChatReason.COMPLAINT);
    assertThat(reason("stelletje prutsers zijn jullie")).contains(ChatReason.ABUSE);
    assertThat(reason("wanneer betaalt de belastingdienst mijn teruggave")).contains(ChatReason.OUT_OF_SCOPE);
    assertThat(reason("ja")).contains(ChatReason.UNCLEAR);
  }

  @Test
  void asking_how_to_complain_or_object_is_a_question() {
    assertThat(reason("ik ben onbeschoft behandeld, waar kan ik een klacht indienen")).isEmpty();
    assertThat(reason("mijn aanvraag is afgewezen en ik ben het er niet mee eens")).isEmpty();
  }

  @Test
  void follow_up_form_is_recognised() {
    assertThat(FollowUps.isFollowUp(MessageText.of("en voor een kind?"))).isTrue();
    assertThat(FollowUps.isFollowUp(MessageText.of("wat kost dat"))).isTrue();
    assertThat(FollowUps.isFollowUp(MessageText.of("hoe vraag ik een parkeervergunning aan"))).isFalse();
  }
}
