// Framework version 1, dimension "non_digital": every essential process also at a counter, by
// phone and by post, at the same price. The customers' cell is the domain notes' worked example.
import type { Dimension } from './framework.ts';

export const NON_DIGITAL: Dimension = {
  key: 'non_digital',
  commitments: [],
  causes: ['non_digital'],
  title: {
    nl: 'Niet-digitale alternatieven',
    fr: 'Alternatives non numériques',
    de: 'Nicht digitale Alternativen',
    en: 'Non-digital alternatives',
  },
  summary: {
    nl: 'Wie niet online kan of wil, kan toch alles doen wat essentieel is: aan het loket, via de telefoon of met de post, zonder meer te betalen.',
    fr: 'Les personnes qui ne peuvent pas ou ne veulent pas passer par Internet peuvent quand même faire tout l’essentiel : au guichet, par téléphone ou par courrier, sans payer plus.',
    de: 'Wer nicht online gehen kann oder will, kann trotzdem alles Wesentliche erledigen: am Schalter, per Telefon oder per Post, ohne mehr zu bezahlen.',
    en: 'Anyone who cannot or will not go online can still do everything essential: at a counter, by phone or by post, without paying more.',
  },
  cells: {
    employees: {
      levels: [
        {
          descriptor: {
            nl: 'Sommige HR-processen kunnen alleen online.',
            fr: 'Certaines démarches RH se font uniquement en ligne.',
            de: 'Manche Personalvorgänge gehen nur online.',
            en: 'Some HR processes can only be done online.',
          },
          examples: {
            nl: 'Verlof aanvragen en onkosten indienen kan alleen in de app.',
            fr: 'Demander un congé ou introduire une note de frais n’est possible que dans l’application.',
            de: 'Urlaub beantragen und Spesen einreichen geht nur in der App.',
            en: 'Requesting leave and claiming expenses are only possible in the app.',
          },
        },
        {
          descriptor: {
            nl: 'Medewerkers zonder digitale toegang kunnen een collega of de personeelsdienst om een uitzondering vragen.',
            fr: 'Les membres du personnel sans accès numérique peuvent demander une exception à un collègue ou au service du personnel.',
            de: 'Mitarbeitende ohne digitalen Zugang können eine Kollegin, einen Kollegen oder die Personalabteilung um eine Ausnahme bitten.',
            en: 'Staff without digital access can ask a colleague or HR for an exception.',
          },
          examples: {
            nl: 'De personeelsdienst drukt een loonbrief af als iemand erom vraagt.',
            fr: 'Le service du personnel imprime une fiche de paie quand quelqu’un le demande.',
            de: 'Die Personalabteilung druckt einen Lohnzettel aus, wenn jemand darum bittet.',
            en: 'HR prints a payslip when someone asks for it.',
          },
        },
        {
          descriptor: {
            nl: 'Een schriftelijk beleid geeft elk HR-proces een niet-digitaal alternatief.',
            fr: 'Une politique écrite prévoit une alternative non numérique pour chaque démarche RH.',
            de: 'Eine schriftliche Richtlinie sieht für jeden Personalvorgang eine nicht digitale Alternative vor.',
            en: 'A written policy gives every HR process a non-digital alternative.',
          },
          examples: {
            nl: 'Loonbrief op papier op vraag; verlof aanvragen met een formulier bij de leidinggevende.',
            fr: 'Fiche de paie sur papier sur demande ; demande de congé avec un formulaire remis au responsable.',
            de: 'Lohnzettel auf Papier auf Wunsch; Urlaubsantrag mit einem Formular bei der Führungskraft.',
            en: 'A paper payslip on request; leave requested on a form handed to the manager.',
          },
        },
        {
          descriptor: {
            nl: 'De organisatie meet hoe vaak het niet-digitale alternatief gebruikt wordt en of het even goed werkt.',
            fr: 'L’organisation mesure à quelle fréquence l’alternative non numérique est utilisée et si elle fonctionne aussi bien.',
            de: 'Die Organisation misst, wie oft die nicht digitale Alternative genutzt wird und ob sie genauso gut funktioniert.',
            en: 'The organisation measures how often the non-digital alternative is used and whether it works as well.',
          },
          examples: {
            nl: 'Een verlofaanvraag op papier wordt even snel behandeld als een online aanvraag.',
            fr: 'Une demande de congé sur papier est traitée aussi vite qu’une demande en ligne.',
            de: 'Ein Urlaubsantrag auf Papier wird genauso schnell bearbeitet wie ein Online-Antrag.',
            en: 'A leave request on paper is handled as fast as one made online.',
          },
        },
        {
          descriptor: {
            nl: 'Medewerkers die het niet-digitale alternatief gebruiken, worden elk jaar bevraagd, en de HR-processen worden daarop verbeterd.',
            fr: 'Les membres du personnel qui utilisent l’alternative non numérique sont consultés chaque année, et les démarches RH sont améliorées en conséquence.',
            de: 'Mitarbeitende, die die nicht digitale Alternative nutzen, werden jedes Jahr befragt, und die Personalvorgänge werden danach verbessert.',
            en: 'Staff who use the non-digital alternative are consulted every year, and HR processes are improved as a result.',
          },
          examples: {
            nl: 'Na een gesprek met ploegarbeiders kwam er een vast uur per week waarop de personeelsdienst op de werkvloer is.',
            fr: 'Après une rencontre avec des ouvriers postés, le service du personnel tient une permanence hebdomadaire sur le lieu de travail.',
            de: 'Nach einem Gespräch mit Schichtarbeitenden bietet die Personalabteilung jede Woche eine feste Sprechstunde vor Ort an.',
            en: 'After a meeting with shift workers, HR now holds a weekly drop-in hour on the shop floor.',
          },
        },
      ],
    },
    customers: {
      levels: [
        {
          descriptor: {
            nl: 'Sommige essentiële processen kunnen alleen online.',
            fr: 'Certaines démarches essentielles se font uniquement en ligne.',
            de: 'Manche wesentlichen Vorgänge gehen nur online.',
            en: 'Some essential processes are online only.',
          },
          examples: {
            nl: 'Een afspraak maken kan alleen via de website.',
            fr: 'Prendre rendez-vous n’est possible que sur le site.',
            de: 'Einen Termin vereinbaren kann man nur über die Website.',
            en: 'Appointments can only be booked on the website.',
          },
        },
        {
          descriptor: {
            nl: 'Voor sommige processen is er telefonische hulp.',
            fr: 'Pour certaines démarches, une aide par téléphone existe.',
            de: 'Für manche Vorgänge gibt es Hilfe am Telefon.',
            en: 'Phone help exists for some processes.',
          },
          examples: {
            nl: 'Een telefoonnummer voor hulp, maar een aanvraag indienen kan nog altijd alleen online.',
            fr: 'Un numéro de téléphone pour de l’aide, mais une demande ne peut toujours être introduite qu’en ligne.',
            de: 'Eine Telefonnummer für Hilfe, aber einen Antrag stellen kann man weiterhin nur online.',
            en: 'A phone number for help, but an application can still only be made online.',
          },
        },
        {
          descriptor: {
            nl: 'Een schriftelijk beleid geeft elk essentieel proces een niet-digitaal alternatief: aan het loket, via de telefoon en met de post.',
            fr: 'Une politique écrite prévoit une alternative non numérique pour chaque démarche essentielle : au guichet, par téléphone et par courrier.',
            de: 'Eine schriftliche Richtlinie sieht für jeden wesentlichen Vorgang eine nicht digitale Alternative vor: am Schalter, per Telefon und per Post.',
            en: 'A written policy gives every essential process a non-digital alternative: at a counter, by phone and by post.',
          },
          examples: {
            nl: 'De lijst van essentiële processen staat in het beleid, met voor elk het loket, het telefoonnummer en het postadres.',
            fr: 'La liste des démarches essentielles figure dans la politique, avec pour chacune le guichet, le numéro de téléphone et l’adresse postale.',
            de: 'Die Liste der wesentlichen Vorgänge steht in der Richtlinie, jeweils mit Schalter, Telefonnummer und Postanschrift.',
            en: 'The policy lists the essential processes, each with its counter, phone number and postal address.',
          },
        },
        {
          descriptor: {
            nl: 'Het gebruik van elk kanaal en de wachttijden worden gemeten, en de prijs is op elk kanaal dezelfde.',
            fr: 'L’utilisation de chaque canal et les temps d’attente sont suivis, et le prix est le même sur chaque canal.',
            de: 'Die Nutzung jedes Kanals und die Wartezeiten werden gemessen, und der Preis ist auf jedem Kanal gleich.',
            en: 'Use of each channel and waiting times are monitored, and the price is the same on every channel.',
          },
          examples: {
            nl: 'Geen toeslag voor een papieren factuur; de wachttijden aan het loket en aan de telefoon staan online.',
            fr: 'Pas de supplément pour une facture papier ; les temps d’attente au guichet et au téléphone sont publiés.',
            de: 'Kein Aufpreis für eine Papierrechnung; die Wartezeiten am Schalter und am Telefon werden veröffentlicht.',
            en: 'No surcharge for a paper bill; waiting times at the counter and on the phone are published.',
          },
        },
        {
          descriptor: {
            nl: 'Klanten die offline blijven, worden elk jaar bevraagd, en de wijzigingen die daaruit volgen, worden bekendgemaakt.',
            fr: 'Les clients qui n’utilisent pas Internet sont consultés chaque année, et les changements qui en découlent sont publiés.',
            de: 'Kundinnen und Kunden, die offline bleiben, werden jedes Jahr befragt, und die Änderungen, die daraus folgen, werden veröffentlicht.',
            en: 'Customers who stay offline are consulted every year, and the changes that follow are published.',
          },
          examples: {
            nl: 'Na de jaarlijkse bevraging blijft het loket ook op zaterdagochtend open; dat staat in het jaarverslag.',
            fr: 'Après la consultation annuelle, le guichet ouvre aussi le samedi matin ; le rapport annuel l’annonce.',
            de: 'Nach der jährlichen Befragung ist der Schalter auch samstagvormittags geöffnet; der Jahresbericht nennt diese Änderung.',
            en: 'After the yearly consultation, the counter now also opens on Saturday mornings; the annual report says so.',
          },
        },
      ],
    },
    community: {
      levels: [
        {
          descriptor: {
            nl: 'Mensen die online niet verder kunnen, worden nergens naar doorverwezen.',
            fr: 'Les personnes qui n’y arrivent pas en ligne ne sont orientées nulle part.',
            de: 'Menschen, die online nicht weiterkommen, werden nirgendwohin verwiesen.',
            en: 'People who cannot manage online are not referred anywhere.',
          },
          examples: {
            nl: 'Wie aan het loket om hulp vraagt met een online formulier, wordt naar huis gestuurd.',
            fr: 'Une personne qui demande de l’aide au guichet pour un formulaire en ligne est renvoyée chez elle.',
            de: 'Wer am Schalter um Hilfe mit einem Online-Formular bittet, wird nach Hause geschickt.',
            en: 'Someone who asks at the counter for help with an online form is sent home.',
          },
        },
        {
          descriptor: {
            nl: 'Medewerkers verwijzen mensen soms door naar een hulppunt dat ze toevallig kennen.',
            fr: 'Le personnel oriente parfois les personnes vers un lieu d’aide qu’il connaît par hasard.',
            de: 'Mitarbeitende verweisen Menschen manchmal an eine Anlaufstelle, die sie zufällig kennen.',
            en: 'Staff sometimes refer people to a help point they happen to know.',
          },
          examples: {
            nl: 'Een medewerker noemt de bibliotheek in de buurt, zonder te weten of daar hulp is.',
            fr: 'Un employé cite la bibliothèque du quartier, sans savoir si on peut y être aidé.',
            de: 'Ein Mitarbeiter nennt die Bibliothek in der Nähe, ohne zu wissen, ob es dort Hilfe gibt.',
            en: 'An employee mentions the local library without knowing whether help is available there.',
          },
        },
        {
          descriptor: {
            nl: 'Een schriftelijke procedure zegt naar welke hulppunten mensen die hulp nodig hebben, worden doorverwezen, met een actuele lijst.',
            fr: 'Une procédure écrite précise vers quels lieux d’aide orienter les personnes qui en ont besoin, avec une liste à jour.',
            de: 'Ein schriftliches Verfahren legt fest, an welche Anlaufstellen Menschen, die Hilfe brauchen, verwiesen werden, mit einer aktuellen Liste.',
            en: 'A written procedure says which help points to refer people to when they need help, with an up-to-date list.',
          },
          examples: {
            nl: 'Een lijst van digipunten en openbare digitale ruimtes (EPN) in de buurt, die aan het loket wordt meegegeven.',
            fr: 'Une liste des espaces publics numériques (EPN) et des digipunten proches, remise au guichet.',
            de: 'Eine Liste der öffentlichen digitalen Räume (EPN) und Digipunten in der Nähe, die am Schalter mitgegeben wird.',
            en: 'A list of nearby digipunten and public digital spaces (EPN), handed out at the counter.',
          },
        },
        {
          descriptor: {
            nl: 'De organisatie houdt de doorverwijzingen bij en vraagt de hulppunten of mensen geholpen werden.',
            fr: 'L’organisation suit les orientations et demande aux lieux d’aide si les personnes ont été aidées.',
            de: 'Die Organisation erfasst die Verweise und fragt bei den Anlaufstellen nach, ob den Menschen geholfen wurde.',
            en: 'The organisation keeps track of referrals and asks the help points whether people were helped.',
          },
          examples: {
            nl: 'Elk kwartaal een kort overleg met het digipunt over het aantal doorverwezen mensen en wat ermee gebeurde.',
            fr: 'Chaque trimestre, un court échange avec l’EPN sur le nombre de personnes orientées et la suite donnée.',
            de: 'Jedes Quartal ein kurzer Austausch mit dem EPN über die Zahl der verwiesenen Menschen und was daraus wurde.',
            en: 'Every quarter, a short meeting with the digipunt on how many people were referred and what happened next.',
          },
        },
        {
          descriptor: {
            nl: 'Begunstigden en hulppunten bekijken de doorverwijzing geregeld samen met de organisatie, en ze wordt daarop verbeterd.',
            fr: 'Les bénéficiaires et les lieux d’aide évaluent régulièrement l’orientation avec l’organisation, qui l’améliore en conséquence.',
            de: 'Begünstigte und Anlaufstellen überprüfen die Verweise regelmäßig mit der Organisation, die sie daraufhin verbessert.',
            en: 'Beneficiaries and help points review the referral process regularly with the organisation, and it is improved as a result.',
          },
          examples: {
            nl: 'Op vraag van begunstigden houdt een begeleider van het digipunt nu elke week zitdag in het gebouw van de organisatie.',
            fr: 'À la demande des bénéficiaires, un animateur de l’EPN tient désormais une permanence chaque semaine dans les locaux de l’organisation.',
            de: 'Auf Wunsch der Begünstigten hält eine Begleitperson des EPN jetzt jede Woche eine Sprechstunde in den Räumen der Organisation.',
            en: 'At beneficiaries’ request, a facilitator from the digipunt now holds a weekly drop-in session on the organisation’s premises.',
          },
        },
      ],
    },
  },
};
