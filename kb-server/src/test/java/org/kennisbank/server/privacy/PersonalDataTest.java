package org.kennisbank.server.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Realistic resident messages: what must go before a question is stored, and what must stay. */
class PersonalDataTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      mijn bsn is 111222333 kunt u kijken                          | mijn bsn is [bsn] kunt u kijken
      BSN: 123.456.782, waar blijft mijn paspoort?                 | BSN: [bsn], waar blijft mijn paspoort?
      burgerservicenummer 1234 56 782                              | burgerservicenummer [bsn]
      bsn 123 456 782 en ik ben verhuisd                           | bsn [bsn] en ik ben verhuisd
      het geld moet naar NL91ABNA0417164300 graag                  | het geld moet naar [iban] graag
      rekening NL91 ABNA 0417 1643 00.                             | rekening [iban].
      mijn iban is nl91abna0417164300                              | mijn iban is [iban]
      Duitse rekening DE89 3704 0044 0532 0130 00 kan dat?         | Duitse rekening [iban] kan dat?
      BE71 0961 2345 6769 is mijn Belgische rekening               | [iban] is mijn Belgische rekening
      mail me op j.de.vries@example.nl aub                         | mail me op [e-mail] aub
      Piet.Jansen+gemeente@Hotmail.COM                              | [e-mail]
      bel me terug op 06-12345678                                  | bel me terug op [telefoon]
      mijn nummer: 06 12 34 56 78.                                 | mijn nummer: [telefoon].
      0612345678 graag terugbellen                                 | [telefoon] graag terugbellen
      +31 6 12345678 whatsapp                                      | [telefoon] whatsapp
      bereikbaar op 0031612345678                                  | bereikbaar op [telefoon]
      +31 (0)20 123 4567 overdag                                   | [telefoon] overdag
      vast nummer 020-1234567                                      | vast nummer [telefoon]
      thuis (010) 123 45 67                                        | thuis [telefoon]
      ik belde 14 020 maar niemand nam op                          | ik belde [telefoon] maar niemand nam op
      ik woon op 1234 AB 12 en de kliko is weg                     | ik woon op [postcode] en de kliko is weg
      postcode 1234ab huisnummer 5                                 | postcode [postcode] huisnummer 5
      3511 kd, 7a lantaarnpaal kapot                               | [postcode] lantaarnpaal kapot
      ik woon op de Kerkstraat 12a en er ligt afval                | ik woon op de [adres] en er ligt afval
      lantaarnpaal bij dorpsweg 7 is kapot                         | lantaarnpaal bij [adres] is kapot
      Van Goghlaan 3-2 heeft een gat in de stoep                   | Van [adres] heeft een gat in de stoep
      ik ben Jan, bsn 111222333, tel 0612345678, mail jan@x.nl     | ik ben Jan, bsn [bsn], tel [telefoon], mail [e-mail]
      """)
  void personal_data_is_replaced_by_a_placeholder(String message, String stored) {
    assertThat(PersonalData.scrub(message)).isEqualTo(stored);
    assertThat(PersonalData.scrub(stored)).as("scrubbing twice changes nothing more").isEqualTo(stored);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "wat kost een paspoort in 2027?",
      "in 2024 is mijn rijbewijs verlopen",
      "de aanslag was € 84,70 en nu € 1.234,56",
      "volgens artikel 12 van de verordening",
      "productnummer 123456789 werkt niet",
      "bestelnummer 123.456.789 is kwijt",
      "hoe lang duurt het, 5 werkdagen of 10?",
      "ik ben 85 en woon in de Kerkstraat",
      "de A12 is dicht bij afrit 14",
      "mijn moeder is 85 en kan niet meer zelf boodschappen doen",
      "wat kost parkeren per uur tussen 9.00 en 17.00 uur?",
      "zaaknummer Z-2026-001234",
      "kan ik 14 dagen later betalen?",
      "tussen 1000 en 2000 euro"})
  void ordinary_text_stays_as_typed(String message) {
    assertThat(PersonalData.scrub(message)).isEqualTo(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"111222333", "123456782", "999999990"})
  void numbers_that_pass_the_elfproef_are_bsns(String number) {
    assertThat(PersonalData.passesElfproef(number)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456789", "111222334", "000000000", "12345678"})
  void numbers_that_fail_the_elfproef_are_not(String number) {
    assertThat(PersonalData.passesElfproef(number)).isFalse();
  }
}
