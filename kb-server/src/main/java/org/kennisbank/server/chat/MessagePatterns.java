package org.kennisbank.server.chat;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The handover patterns: what a message says about itself before any search, each pattern an
 * explainable rule on the words of the message (see docs/chat.md). Checked in order of harm:
 * danger first, then abuse, complaints, national matters, the resident's own case, and last
 * greetings and thanks that carry no question. The retrieval signals decide the rest
 * ({@link Confidence}). Also says whether a question is about violence at home or suicide, so that
 * an answer to it carries the help lines. Stateless and thread-safe.
 */
final class MessagePatterns {

  /** Happening now, here. */
  private static final String NOW = "( nu | net | op dit moment | hier in | staat hier | voor (mijn|de|onze) deur | in huis "
      + "| beneden | snel | dringend | meteen | direct | zojuist | zonet | momenteel )";
  /** Signs of trouble that are an emergency when happening now. */
  private static final Pattern DISTRESS = Pattern.compile(
      " (agressief|dronken|ruzie|vecht\\w*|bang|paniek|in paniek|gillen|gilt|schreeuw\\w*|dreigt|dreigen|gewond|pijn) ");
  private static final Pattern NOW_PATTERN = Pattern.compile(NOW);
  /** Danger to life or health, acute by its nature. */
  private static final Pattern DANGER = Pattern.compile(String.join("|",
      " ademt (heel |erg )?(raar|niet|nauwelijks|moeilijk|slecht) ", " (kan|kon) (niet|nauwelijks) (meer )?ademen ", " geen lucht ",
      " ademhaling ", " bewusteloos ", " buiten bewustzijn ", " niet (meer )?wakker ", " reageert niet( meer)? ", " flauwgevallen ",
      " bloedend ", " bloedt ", " veel bloed ", " ingeslikt ", " stikt ", " verslikt ", " reanim", " hartaanval ", " hartstilstand ",
      " pijn op de borst ", " overdosis ", " vergiftig", " epileptische ", " gestoken ", " neergestoken ", " geschoten ",
      " neergeschoten ", " ligt op de grond ", " (ruik|ruiken|rook) .{0,30}gas ", " gaslucht ", " gaslek ", " koolmonoxide ",
      " staat in brand ", " brand ", " vlammen ", " rookt ", " rook uit ", " ontploft ", " explosie ", " in het water gevallen ",
      " te water ", " verdrinkt ", " verdrinken ", " ongeluk gebeurd ", " aanrijding ", " aangereden ", " opgesloten in ",
      " (mes|pistool|vuurwapen|wapen|geweer) ", " ingebroken ", " inbrekers? ", " overval ", " wordt (nu )?aangevallen ",
      " achtervolgd ", " vechtpartij ", " steekpartij ", " schietpartij ", " gijzel",
      " (kind|zoon|dochter|vader|moeder|man|vrouw|opa|oma) .{0,20}(is )?vermist "));  /** Someone says they will end their own life. */
  private static final Pattern OWN_SUICIDE = Pattern.compile(String.join("|",
      " (een )?(eind|einde) aan mijn leven ", " zie het (echt |gewoon |allemaal )?niet meer zitten ",
      " wil (niet meer leven|dood|er niet meer zijn|er een eind aan maken) ", " maak er een eind aan ", " pillen (al )?klaar",
      " mezelf (van kant|iets aan|ophangen|doden|wat aan)", " ik (ga|wil) (zelfmoord|suicide) ", " afscheidsbrief ",
      " van (de|een) (brug|flat) springen ", " ik wil springen ", " sta (op|bij) (het|de) (dak|brug|spoor) ", " voor de trein ",
      " geen adem ", " blauw aangelopen ", " ziet blauw ", " blauwe lippen ", " slap en ", " stuiptrek", " beweegt niet", " gevallen en kan niet (meer )?(op|opstaan|bewegen) ",
      " (heeft|krijgt) (een |nu )?(beroerte|hartinfarct|attaque|toeval|aanval) ", " (schreeuwt|roept|gilt) om hulp ",
      " staat (iemand|een man|een vrouw|een jongen|een meisje) op (het|de) (dak|brug|rand|spoor) ", " dreigt te springen ",
      " (pillen|medicijnen|tabletten) (genomen|ingenomen|geslikt) ", " te veel (pillen|medicijnen|tabletten) ",
      " kortsluiting ", " vonken ", " overstroming ", " water (stroomt|komt) .{0,15}binnen ", " bekneld ",
      " zit (nog )?iemand (in|onder) ", " valt .{0,25} aan ", " gebeten door ", " (bijl|knuppel) ", " schiet ", " schoten ",
      " dreigt .{0,30}(vermoorden|te doden|dood te maken|iets aan te doen|neer te steken) ",
      " (kind|kindje|zoontje|dochtertje|peuter|kleuter) (is )?(kwijt|zoek|vermist|weggelopen) ",
      " ik (wil|ga) (me|mezelf) (ophangen|doodmaken|iets aandoen) ", " ik kan niet meer verder ", " heeft (voor mij )?geen zin meer ",
      " ik heb (al )?(pillen|medicijnen|tabletten) ",
      " ambulance ", " brandweer ", " zwaargewond ", " levensgevaar", " in gevaar ", " direct gevaar ", " doodgaan ", " gaat dood ",
      " sterft ", " weeen ", " bevalt ",
      " in de sloot ", " in het kanaal ", " in de gracht ", " door het ijs ", " brandlucht ", " schroeilucht ", " rookmelder ",
      " brandalarm ", " koolmonoxidemelder ", " te springen ", " bloedverlies ", " stroomkabels? ", " hoogspanning",
      " vast in (de|een) lift ", " op de snelweg ", " onwel ", " niet goed geworden ", " in elkaar gezakt ", " allergische reactie ",
      " anafylact", " hypo ", " (schoonmaakmiddel|bleek|chloor|gif|gootsteenontstopper|medicijnen|pillen) .{0,20}(gedronken|opgedronken|ingenomen|gegeten|ingeslikt) ",
      " (van|uit) (de|het) (trap|dak|raam|balkon|steiger|ladder) gevallen ", " gewonde ", " gewonden ", " verward .{0,30}(buiten|op straat|weggelopen) ",
      " probeert (binnen te komen|de deur|in te breken) ", " trapt de deur ", " bonkt "));
  private static final Pattern VIOLENCE = Pattern.compile(String.join("|",
      " (slaat|schopt|wurgt|bedreigt|mishandelt|aanvalt) ", " geslagen ", " mishandel", " geweld", " bedreig",
      " huisverbod ", " stalk", " loverboy", " uitgebuit ", " misbruik", " bang voor mijn ", " durf niet (meer )?(naar huis|thuis)"));
  private static final Pattern SUICIDE = Pattern.compile(String.join("|",
      " zelfmoord", " suicid", " (eind|einde) aan (zijn|haar|mijn|m n|hun)? ?(leven )?(wil |gaat )?maken ",
      " eind aan wil maken ", " zichzelf iets aan", " niet meer (willen )?leven ", " zelfdoding "));
  private static final Pattern ABUSE = Pattern.compile(String.join("|",
      " zakkenwassers? ", " kut", " klootzak", " kanker(gemeente|bot|zooi|lijers?|ambtena\\w*|hoer|\\w*s )", " kk ",
      " tering", " tyfus", " godverdomme ", " gvd ", " idioot ", " idioten ", " achterlijke? ", " debiel", " randdebiel",
      " mongool", " hoer ", " lul ", " eikels? ", " sukkels? ", " prutsers ", " nietsnutten ", " parasieten ", " tuig ",
      " uitschot ", " gajes ", " hou (je|jullie) (bek|kop|muil|smoel) ", " val dood ", " stik (maar )?", " krijg de ",
      " stomme ", " oprotten ", " rot op ", " fuck", " klote", " shit ", " wtf ",
      " (kom|komen) (ik )?langs en ", " sla (ik )?(alles|je|jullie|hem|haar) (kapot|in elkaar) ", " pas (maar )?op ",
      " weet waar .{0,40} woont ", " weet (je|jullie) te vinden ", " kom (je|jullie) halen ", " gaan eraan ", " in de fik ",
      " in brand steken ", " opwachten ", " opgehangen worden ", " (maak|maken) (je|jullie|hem|haar) af ", " vermoord",
      " bom ", " ik schiet ",
      " dombo", " dommerik", " kneus", " loser", " mafkezen ", " malloten ", " clowns ", " apen ", " varkens? ", " hufters? ",
      " schoft", " flikker", " stelletje \\w+", " ga (toch )?dood ", " sterf ", " doodvallen ", " moeten (allemaal )?(dood|branden) ",
      " ik (ga|zal) (jullie|je|die|hem|haar) .{0,25}(pakken|slaan|vinden|krijgen|afmaken) ", " verhaal (komen )?halen ",
      " wacht maar tot ", " dan gebeurt er wat ", " gaat eraan ", " moron", " idiot ", " stupid ", " bitch", " asshole"));
  private static final Pattern COMPLAINT = Pattern.compile(String.join("|",
      " belachelijk", " schandalig", " schande ", " waardeloze? ", " nutteloos ", " ontevreden ", " teleurgesteld ",
      " onacceptabel ", " onbegrijpelijk ", " te gek voor woorden ", " spuugzat ", " het zat ", " ben er klaar mee ",
      " woedend ", " gefrustreerd ", " ergerlijk ", " bizar ", " absurd ", " kastje naar de muur ",
      " niemand (belt|doet|reageert|helpt|neemt|luistert)", " (heeft|hebben) me (gewoon )?opgehangen ",
      " nooit (meer )?(iets )?(gehoord|teruggehoord|teruggebeld|antwoord|reactie)", " niet teruggebeld ", " geen reactie ",
      " amateurs? ", " excuses ", " in de wacht ", " word er gek van ", " betaal me blauw ", " elke keer (krijg ik )?een ander ",
      " (vierde|derde|tiende|zoveelste) keer ", " wacht al \\w+ (dagen|weken|maanden|jaar) ", " wat een (puinhoop|bende|zooi) ",
      " slecht geholpen ", " slechte service ", " onbeschoft", " respectloos ", " arrogant "));  /** National or private matters the municipality does not handle, and no municipal matter at all. */
  private static final Pattern OUT_OF_SCOPE = Pattern.compile(String.join("|",
      " belastingdienst ", " belastingteruggave ", " inkomstenbelasting ", " belastingaangifte ", " toeslagen ",
      " huurtoeslag ", " zorgtoeslag ", " kinderopvangtoeslag ", " kindgebonden budget ", " aow ", " pensioen ",
      " kinderbijslag ", " svb ", " uwv ", " ww uitkering ", " wia ", " ziektewet ", " duo ", " studiefinanciering ",
      " studielening ", " ind ", " verblijfsvergunning ", " cbr ", " rijexamen ", " rdw ", " apk ",
      " wegenbelasting ", " motorrijtuigenbelasting ", " minimumloon ", " hypotheek ", " testament ",
      " erfenis ", " huurcommissie ", " energieleverancier ", " energierekening ", " ziggo ", " kpn ", 
      " zorgverzekeraar ", " eigen risico ", " het weer ", " weerbericht ",
      " recept ", " eredivisie ", " voetbal ", " hoofdstad ", " president ", " (laatste|eerste|volgende) (bus|trein|tram|metro) ",
      " dienstregeling ", " ov chipkaart ", " ns ", " schrijf (een|mij|me) ", " vertaal ", " gedicht ", " grap ", " bioscoop ",
      " ik heb een klacht ", " ik wil klagen ", " wil een klacht ", " nog steeds (niet|niks|niets|geen) (opgelost|gerepareerd|gedaan|geregeld|gebeurd|teruggebeld|gehoord) ",
      " (ben|zijn) (het )?(zat|beu) ", " (heel|erg|zeer|echt|best) (boos|kwaad|ontevreden|teleurgesteld|gefrustreerd|geirriteerd) ",
      " niet normaal ", " wat een (slechte|waardeloze|trage) ", " duurt (veel|echt|veels) te lang ", " zo traag ",
      " jullie (doen|kunnen|snappen) (ook )?(nooit|niks|niets) ", " klantonvriendelijk", " bureaucrat", " ambtenarij ",
      " niet te geloven ", " geen service ",
      " keuring ", " kenteken (overschrijven|overzetten) ", " kentekenbewijs ", " cjib ", " verkeersboete ", " flitspaal ",
      " snelheidsboete ", " stroomstoring ", " netbeheerder ", " postnl ", " pakketje ", " webshop ", " loterij ",
      " postcodeloterij ", " staatsloterij ", " bankrekening ", " rabobank ", " abn ", " ing ", " makelaar ", " voorlopige aanslag ",
      " zorgverzekering (afsluiten|overstappen) ", " overstappen ", " vliegticket", " vlucht boeken ", " file ", " files "));
  private static final String CASE_NOUN = "(aanvraag|melding|bezwaar|aanslag|belastingaanslag|uitkering|bijstand|dossier|afspraak|zaak|indicatie|verzoek|inschrijving|stadspas|parkeervergunning|geld|toeslag|"
      + "wmo indicatie|kwijtschelding|vergunning|betaling|uitbetaling|beschikking|werkcoach|consulent|klantmanager|"
      + "casemanager|paspoort|rijbewijs|identiteitskaart|id kaart|pgb|subsidie|voorziening|sollicitatieformulier|klacht)";
  private static final Pattern OWN_CASE = Pattern.compile(String.join("|",
      " (klantnummer|dossiernummer|zaaknummer|kenmerk|referentienummer|aanslagnummer|relatienummer|mijn bsn) ",
      " \\d{4} ?[a-z]{2} \\d{1,4} ", " (kunt|kun|kan) (u|je|jij|jullie) (even |eens )?(kijken|nakijken|checken|controleren|nagaan|zien) ",
      " ik heb .{0,40}(aangevraagd|ingediend|gemeld|opgestuurd|ingestuurd) .{0,40}(nog (niets|niks|geen|steeds)|wanneer|hoe ver) ",
      " \\d{4} \\d{3,} ", " [a-z]{1,3} ?\\d{4,} ", " \\d{5,} ",
      " kunt u (even |eens )?(mijn|kijken|nakijken|nagaan) ", " (hoe ver|status) .{0,20}mijn ", " over mijn dossier ",
      " (de|mijn) (consulent|werkcoach|klantmanager|casemanager) ",
      " waarom (heb|moet|krijg) ik (nog )?(een )?(brief|aanslag|aanmaning|herinnering|rekening) ", 
      " (kan|wil) iemand (mij|me) (terug)?bellen ", " terugbellen ", " (u|jullie) (hebt|heeft|hebben) (mij|me) (gebeld|gemaild|geschreven|een brief) ",
      " wanneer (krijg|hoor) ik (iets|bericht|antwoord|uitsluitsel) ", " (mijn|de) (uitkering|bijstand|toeslag|betaling) is (niet|nog niet|te laat) "));
  private static final Pattern CASE_STATUS = Pattern.compile(
      " mijn " + CASE_NOUN + " .{0,60}(hoe ver|al klaar|nog steeds|nog niet|te laat|afgewezen|ontvangen|nakijken|aanpassen|"
      + "onderweg|behandeld|in behandeling|ingediend|goedgekeurd|afgekeurd|toegekend|verwerkt|gezien|stopt|gestopt|stopgezet|"
      + "ingetrokken| open |wanneer|waarom|nog geen|niet (ontvangen|gekregen|betaald|overgemaakt)|"
      + "stand van zaken|hoe staat het)"
      + "| (hoe ver|klopt het|wanneer|waarom|heeft|is) .{0,30}mijn " + CASE_NOUN + " ");
  /** Asking what to do about a decision is a question about objecting, not about the own case. */
  private static final Pattern OBJECTION = Pattern.compile(" (bezwaar|niet mee eens|oneens|niet eens) ");
  /** Asking where or how to complain is a question the content answers, not venting. */
  private static final Pattern HOW_TO_COMPLAIN = Pattern.compile(
      " (waar|bij wie) (kan|moet) ik | hoe (dien|kan|moet) ik .{0,30}(klacht|indienen|melden|kwijt) ");
  private static final Set<String> GREETINGS = Set.of("hallo", "hoi", "hey", "hai", "hee", "hi", "hello", "hallootjes",
      "heej", "hoihoi", "goeiedag", "goeiendag", "hoy", "welkom", "moi", "moin", "goedemorgend",
      "goedemorgen", "goedemiddag", "goedenavond", "goeiemorgen", "goeiemiddag", "goeienavond", "goedendag", "dag", "daar",
      "morgen", "middag", "avond", "goede", "goeie", "goeden", "beste", "yo", "mevrouw", "meneer", "allemaal", "gemeente");
  /** Words that leave a message without a question when nothing else is there ("is er iemand?"). */
  private static final Set<String> FILLER = Set.of(
      "is", "er", "iemand", "aanwezig", "met", "wie", "spreek", "ik", "ben", "hier", "goed", "bij", "de", "het",
      "heb", "had", "een", "vraag", "vraagje", "vragen", "zijn", "jullie", "nog", "u", "wel", "even", "mag", "iets",
      "kan", "stellen", "jij", "bent", "online", "open", "daar", "juist", "terecht", "en", "zo", "dan", "je", "voor",
      "hulp", "dat", "was", "weet", "genoeg", "heel", "erg", "hoor", "nogmaals", "alvast", "fijne", "snelle",
      "antwoord", "helemaal", "duidelijk", "verder", "niets", "niks", "meer", "alles", "dit", "toch", "geholpen",
      "helpt", "aan", "wat", "me", "mij", "lief", "vriendelijk", "ontzettend", "enorm", "zeer", "echt", "al", "veel",
      "tot", "ziens", "groet", "groetjes", "mvg", "beaucoup", "jou", "reactie", "uitleg", "info", "informatie",
      "gauw", "snel", "daarmee", "ermee", "kunnen", "ja", "nou", "mooi");
  private static final Set<String> THANKS = Set.of("bedankt", "dank", "dankjewel", "dankjwel", "dankuwel", "danku", "thanks",
      "thx", "thnx", "merci", "top", "super", "fijn", "prima", "perfect", "mooi", "duizendmaal", "hartelijk", "oke", "ok",
      "okay", "okee", "genoeg", "thank", "you", "tof", "geweldig", "helder", "duidelijk", "cheers", "doei", "dankje");
  private static final Set<String> THANKS_MARKERS = Set.of("bedankt", "dank", "dankjewel", "dankjwel", "dankuwel", "danku",
      "thanks", "thx", "thnx", "merci", "top", "super", "fijn", "prima", "perfect", "genoeg", "geweldig", "thank",
      "geholpen", "cheers", "doei", "ziens", "groetjes", "helpt");

  /** Chat noise that carries no question ("ja", "nee", "hmm"), whatever a search would find for it. */
  private static final Set<String> NOISE = Set.of("ja", "nee", "ok", "oke", "hmm", "hm", "huh", "eh", "uh", "uhm", "pardon",
      "sorry", "tja", "nou", "misschien", "klopt", "precies", "inderdaad", "jawel", "neen", "jep", "nope", "wat", "hoezo");
  private static final Set<String> THANKS_AND_GREETINGS = union(THANKS, GREETINGS);

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  Optional<ChatReason> handover(MessageText text) {
    String t = text.normalized();
    boolean violence = VIOLENCE.matcher(t).find();
    if (DANGER.matcher(t).find() || OWN_SUICIDE.matcher(t).find()
        || ((violence || DISTRESS.matcher(t).find()) && (NOW_PATTERN.matcher(t).find() || t.startsWith(" help ")
            || text.original().contains("!!")))) {
      return Optional.of(ChatReason.EMERGENCY);
    }
    if (ABUSE.matcher(t).find()) {
      return Optional.of(ChatReason.ABUSE);
    }
    if (COMPLAINT.matcher(t).find() && !HOW_TO_COMPLAIN.matcher(t).find()) {
      return Optional.of(ChatReason.COMPLAINT);
    }
    if (OUT_OF_SCOPE.matcher(t).find()) {
      return Optional.of(ChatReason.OUT_OF_SCOPE);
    }
    if (isOnly(text, Set.of(), NOISE)) {
      return Optional.of(ChatReason.UNCLEAR);
    }
    if (OWN_CASE.matcher(t).find() || (CASE_STATUS.matcher(t).find() && !OBJECTION.matcher(t).find())) {
      return Optional.of(ChatReason.PERSONAL_CASE);
    }
    if (isOnly(text, THANKS_AND_GREETINGS, THANKS_MARKERS)) {
      return Optional.of(ChatReason.THANKS);
    }
    if (isOnly(text, GREETINGS, GREETINGS)) {
      return Optional.of(ChatReason.GREETING);
    }
    return Optional.empty();
  }

  /**
   * Whether a question is about violence at home, suicide or danger: its answer then carries the
   * help lines. Broader than the emergency patterns on purpose: a help line too many costs nothing.
   */
  boolean needsHelpLines(MessageText text) {
    String t = text.normalized();
    return VIOLENCE.matcher(t).find() || SUICIDE.matcher(t).find() || OWN_SUICIDE.matcher(t).find() || DANGER.matcher(t).find();
  }

  /** A message of such words and filler only, with at least one of the markers (and not filler alone). */
  private static boolean isOnly(MessageText text, Set<String> words, Set<String> markers) {
    boolean marked = false;
    for (String typed : text.words()) {
      // "hallooo", "hoiii", "bedanktttt": letters held down count once.
      String word = typed.replaceAll("(.)\\1{2,}", "$1");
      if (markers.contains(word)) {
        marked = true;
      } else if (!words.contains(word) && !FILLER.contains(word)) {
        return false;
      }
    }
    return marked;
  }
}
