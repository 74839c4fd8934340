package org.kennisbank.server.chat;

/** What the bot says when it hands over, per reason, in Dutch. */
final class HandoverTexts {

  private HandoverTexts() {}

  static String of(ChatReason reason) {
    return switch (reason) {
      case GREETING -> "Hallo! Waarmee kan ik u helpen? Stel uw vraag in een zin, dan zoek ik het antwoord voor u op.";
      case THANKS -> "Graag gedaan! Hebt u nog een vraag, stel die dan gerust.";
      case PERSONAL_CASE -> "Uw eigen aanvraag, melding of dossier kan ik niet inzien. Een medewerker van het Klant Contact"
          + " Centrum zoekt het graag voor u uit.";
      case COMPLAINT -> "Vervelend dat u niet tevreden bent. Een medewerker van het Klant Contact Centrum hoort graag wat"
          + " er is gebeurd. U kunt ook een klacht indienen.";
      case OUT_OF_SCOPE -> "Hier vind ik geen betrouwbaar antwoord op in onze informatie; misschien regelt de gemeente dit"
          + " niet. Een medewerker van het Klant Contact Centrum denkt graag met u mee.";
      case EMERGENCY -> "Is er direct gevaar? Bel meteen 112. Denkt u aan zelfmoord, bel dan 113 of gratis 0800-0113."
          + " Bij huiselijk geweld of kindermishandeling: Veilig Thuis, gratis 0800-2000, dag en nacht.";
      case UNCLEAR -> "Ik begrijp uw vraag nog niet goed. Wilt u in een zin vertellen waar het over gaat?";
      case ABUSE -> "Zo voer ik het gesprek liever niet. Hebt u een vraag, dan help ik u graag; een medewerker van het"
          + " Klant Contact Centrum is ook bereikbaar.";
      case ANSWERED -> throw new IllegalArgumentException("an answer is not a handover");
    };
  }
}
