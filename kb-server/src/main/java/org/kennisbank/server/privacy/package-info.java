/**
 * Personal data kept out of what the server stores. {@link org.kennisbank.server.privacy.PersonalData#scrub}
 * replaces a BSN, an IBAN, an e-mail address, a phone number, a postcode (with its house number)
 * and a street address with a number by a placeholder such as {@code [bsn]}, before a resident's
 * message reaches the chat log. It errs on the side of removing: a nine-digit number that passes
 * the elfproef goes, also when it was something else.
 */
package org.kennisbank.server.privacy;
