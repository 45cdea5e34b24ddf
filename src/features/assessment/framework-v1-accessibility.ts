// Framework version 1, dimension "accessibility": WCAG 2.2 AA, the accessibility statement and
// plain language (the causes "digital stress" and "skills": a hard tool asks more of people).
import type { Dimension } from './framework.ts';

export const ACCESSIBILITY: Dimension = {
  key: 'accessibility',
  commitments: [],
  causes: ['stress', 'skills'],
  title: {
    nl: 'Toegankelijkheid en gebruiksgemak',
    fr: 'Accessibilité et facilité d’utilisation',
    de: 'Barrierefreiheit und Benutzerfreundlichkeit',
    en: 'Accessibility and ease of use',
  },
  summary: {
    nl: 'Digitale tools zijn toegankelijk voor mensen met een handicap (WCAG 2.2 AA) en voor iedereen makkelijk te gebruiken, in klare taal. Zo is er minder digitale stress.',
    fr: 'Les outils numériques sont accessibles aux personnes en situation de handicap (WCAG 2.2 AA) et faciles à utiliser pour tout le monde, en langage clair. Cela réduit le stress numérique.',
    de: 'Digitale Werkzeuge sind für Menschen mit Behinderung barrierefrei (WCAG 2.2 AA) und für alle leicht zu bedienen, in einfacher Sprache. So entsteht weniger digitaler Stress.',
    en: 'Digital tools are accessible to people with disabilities (WCAG 2.2 AA) and easy for everyone to use, in plain language. This reduces digital stress.',
  },
  cells: {
    employees: {
      levels: [
        {
          descriptor: {
            nl: 'Interne tools worden gekocht of gebouwd zonder aandacht voor toegankelijkheid of gebruiksgemak.',
            fr: 'Les outils internes sont achetés ou développés sans attention pour l’accessibilité ni la facilité d’utilisation.',
            de: 'Interne Werkzeuge werden gekauft oder entwickelt, ohne auf Barrierefreiheit oder Benutzerfreundlichkeit zu achten.',
            en: 'Internal tools are bought or built with no attention to accessibility or ease of use.',
          },
          examples: {
            nl: 'Het tijdsregistratiesysteem werkt niet met een schermlezer.',
            fr: 'Le logiciel de pointage ne fonctionne pas avec un lecteur d’écran.',
            de: 'Die Zeiterfassung funktioniert nicht mit einem Screenreader.',
            en: 'The time-recording system does not work with a screen reader.',
          },
        },
        {
          descriptor: {
            nl: 'Problemen met interne tools worden opgelost wanneer een medewerker klaagt.',
            fr: 'Les problèmes des outils internes sont réglés quand un membre du personnel se plaint.',
            de: 'Probleme mit internen Werkzeugen werden behoben, wenn sich Mitarbeitende beschweren.',
            en: 'Problems with internal tools are fixed when a member of staff complains.',
          },
          examples: {
            nl: 'Een collega met een schermlezer krijgt een omweg voor het tijdsregistratiesysteem.',
            fr: 'Une collègue qui utilise un lecteur d’écran reçoit une solution de contournement pour le pointage.',
            de: 'Eine Kollegin mit Screenreader bekommt eine Ausweichlösung für die Zeiterfassung.',
            en: 'A colleague who uses a screen reader is given a workaround for the time-recording system.',
          },
        },
        {
          descriptor: {
            nl: 'Een schriftelijk beleid eist dat interne tools voldoen aan WCAG 2.2 AA en makkelijk te gebruiken zijn, ook als ze aangekocht worden.',
            fr: 'Une politique écrite exige que les outils internes respectent les WCAG 2.2 AA et soient faciles à utiliser, y compris quand ils sont achetés.',
            de: 'Eine schriftliche Richtlinie verlangt, dass interne Werkzeuge WCAG 2.2 AA erfüllen und leicht zu bedienen sind, auch wenn sie gekauft werden.',
            en: 'A written policy requires internal tools to meet WCAG 2.2 AA and be easy to use, including tools that are bought in.',
          },
          examples: {
            nl: 'Elke aanbesteding bevat eisen over toegankelijkheid volgens EN 301 549.',
            fr: 'Chaque appel d’offres contient des exigences d’accessibilité fondées sur la norme EN 301 549.',
            de: 'Jede Ausschreibung enthält Anforderungen an die Barrierefreiheit nach EN 301 549.',
            en: 'Every tender includes accessibility requirements based on EN 301 549.',
          },
        },
        {
          descriptor: {
            nl: 'Interne tools worden getest tegen WCAG 2.2 AA, en de resultaten en herstellingen worden opgevolgd.',
            fr: 'Les outils internes sont testés au regard des WCAG 2.2 AA, et les résultats et corrections sont suivis.',
            de: 'Interne Werkzeuge werden nach WCAG 2.2 AA geprüft, und Ergebnisse und Korrekturen werden verfolgt.',
            en: 'Internal tools are tested against WCAG 2.2 AA, and the results and fixes are followed up.',
          },
          examples: {
            nl: 'Een jaarlijkse audit van het intranet en de HR-tool, met een lijst van fouten en een datum per herstelling.',
            fr: 'Un audit annuel de l’intranet et de l’outil RH, avec la liste des erreurs et une date pour chaque correction.',
            de: 'Eine jährliche Prüfung von Intranet und Personal-Software, mit einer Fehlerliste und einem Datum für jede Korrektur.',
            en: 'A yearly audit of the intranet and the HR tool, with a list of faults and a date for each fix.',
          },
        },
        {
          descriptor: {
            nl: 'Medewerkers met een handicap of met weinig digitale vaardigheden testen tools voor ze in gebruik gaan, en de tools worden met hen verbeterd.',
            fr: 'Des membres du personnel en situation de handicap ou peu à l’aise avec le numérique testent les outils avant leur mise en service, et les outils sont améliorés avec eux.',
            de: 'Mitarbeitende mit Behinderung oder mit wenig digitalen Kompetenzen testen Werkzeuge vor der Einführung, und die Werkzeuge werden mit ihnen verbessert.',
            en: 'Staff with disabilities or few digital skills test tools before they are rolled out, and the tools are improved with them.',
          },
          examples: {
            nl: 'Een testpanel van collega’s; wat het veranderde, staat op het intranet.',
            fr: 'Un panel de test composé de collègues ; ce qu’il a fait changer est publié sur l’intranet.',
            de: 'Ein Testpanel aus Kolleginnen und Kollegen; was es verändert hat, steht im Intranet.',
            en: 'A test panel of colleagues; what it changed is posted on the intranet.',
          },
        },
      ],
    },
    customers: {
      levels: [
        {
          descriptor: {
            nl: 'Website en apps werden nooit op toegankelijkheid gecontroleerd, en er is geen toegankelijkheidsverklaring.',
            fr: 'Le site et les applications n’ont jamais été vérifiés sur le plan de l’accessibilité, et il n’y a pas de déclaration d’accessibilité.',
            de: 'Website und Apps wurden nie auf Barrierefreiheit geprüft, und es gibt keine Erklärung zur Barrierefreiheit.',
            en: 'The website and apps have never been checked for accessibility, and there is no accessibility statement.',
          },
          examples: {
            nl: 'Formulieren zonder labels en teksten vol vakjargon.',
            fr: 'Des formulaires sans étiquettes et des textes pleins de jargon.',
            de: 'Formulare ohne Beschriftungen und Texte voller Fachsprache.',
            en: 'Forms without labels and texts full of jargon.',
          },
        },
        {
          descriptor: {
            nl: 'Sommige fouten worden hersteld na klachten, en sommige teksten worden herschreven.',
            fr: 'Certaines erreurs sont corrigées après des plaintes, et certains textes sont réécrits.',
            de: 'Einige Fehler werden nach Beschwerden behoben, und einige Texte werden neu geschrieben.',
            en: 'Some faults are fixed after complaints, and some texts are rewritten.',
          },
          examples: {
            nl: 'Na een klacht krijgt de knop ‘Betalen’ een duidelijke naam voor schermlezers.',
            fr: 'Après une plainte, le bouton « Payer » reçoit un nom clair pour les lecteurs d’écran.',
            de: 'Nach einer Beschwerde bekommt die Schaltfläche „Bezahlen“ einen klaren Namen für Screenreader.',
            en: 'After a complaint, the ‘Pay’ button gets a clear name for screen readers.',
          },
        },
        {
          descriptor: {
            nl: 'Een schriftelijk beleid eist WCAG 2.2 AA, klare taal en een toegankelijkheidsverklaring voor elke website en app.',
            fr: 'Une politique écrite exige les WCAG 2.2 AA, un langage clair et une déclaration d’accessibilité pour chaque site et application.',
            de: 'Eine schriftliche Richtlinie verlangt WCAG 2.2 AA, einfache Sprache und eine Erklärung zur Barrierefreiheit für jede Website und App.',
            en: 'A written policy requires WCAG 2.2 AA, plain language and an accessibility statement for every website and app.',
          },
          examples: {
            nl: 'De toegankelijkheidsverklaring staat online met een contactadres voor problemen; teksten zijn geschreven op B1-niveau.',
            fr: 'La déclaration d’accessibilité est en ligne avec une adresse de contact pour signaler un problème ; les textes sont écrits au niveau B1.',
            de: 'Die Erklärung zur Barrierefreiheit ist online, mit einer Kontaktadresse für Probleme; die Texte sind auf Niveau B1 geschrieben.',
            en: 'The accessibility statement is online with a contact address for problems; texts are written at B1 level.',
          },
        },
        {
          descriptor: {
            nl: 'Websites en apps worden regelmatig geaudit, en de toegankelijkheidsverklaring toont de resultaten en wanneer fouten hersteld worden.',
            fr: 'Les sites et applications sont audités régulièrement, et la déclaration d’accessibilité indique les résultats et les dates de correction.',
            de: 'Websites und Apps werden regelmäßig geprüft, und die Erklärung zur Barrierefreiheit zeigt die Ergebnisse und wann Fehler behoben werden.',
            en: 'Websites and apps are audited regularly, and the accessibility statement shows the results and when faults will be fixed.',
          },
          examples: {
            nl: 'Een jaarlijkse audit door experts, bijvoorbeeld voor het AnySurfer-label; klachten worden geteld.',
            fr: 'Un audit annuel par des experts, par exemple pour le label AnySurfer ; les plaintes sont comptées.',
            de: 'Eine jährliche Prüfung durch Fachleute, zum Beispiel für das AnySurfer-Label; Beschwerden werden gezählt.',
            en: 'A yearly audit by experts, for example for the AnySurfer label; complaints are counted.',
          },
        },
        {
          descriptor: {
            nl: 'Klanten met een handicap of met weinig digitale vaardigheden testen elke nieuwe dienst, en de organisatie maakt bekend wat er veranderde.',
            fr: 'Des clients en situation de handicap ou peu à l’aise avec le numérique testent chaque nouveau service, et l’organisation publie ce qui a changé.',
            de: 'Kundinnen und Kunden mit Behinderung oder mit wenig digitalen Kompetenzen testen jeden neuen Dienst, und die Organisation veröffentlicht, was sich geändert hat.',
            en: 'Customers with disabilities or few digital skills test every new service, and the organisation publishes what changed.',
          },
          examples: {
            nl: 'Gebruikerstests met een vereniging van mensen met een handicap voor elke lancering.',
            fr: 'Des tests d’utilisation avec une association de personnes handicapées avant chaque lancement.',
            de: 'Nutzertests mit einem Verband von Menschen mit Behinderung vor jeder Einführung.',
            en: 'User tests with a disability organisation before every launch.',
          },
        },
      ],
    },
    community: {
      levels: [
        {
          descriptor: {
            nl: 'Aan begunstigden en partnerorganisaties wordt nooit gevraagd of de digitale diensten van de organisatie makkelijk te gebruiken zijn.',
            fr: 'On ne demande jamais aux bénéficiaires ni aux organisations partenaires si les services numériques de l’organisation sont faciles à utiliser.',
            de: 'Begünstigte und Partnerorganisationen werden nie gefragt, ob die digitalen Dienste der Organisation leicht zu bedienen sind.',
            en: 'Beneficiaries and partner organisations are never asked whether the organisation’s digital services are easy to use.',
          },
          examples: {
            nl: 'Een nieuw online platform wordt gelanceerd zonder dat één begunstigde het zag.',
            fr: 'Une nouvelle plateforme en ligne est lancée sans qu’aucun bénéficiaire l’ait vue.',
            de: 'Eine neue Online-Plattform startet, ohne dass eine einzige begünstigte Person sie gesehen hat.',
            en: 'A new online platform launches without a single beneficiary having seen it.',
          },
        },
        {
          descriptor: {
            nl: 'Opmerkingen van een partner worden soms meegenomen, als iemand ze doorgeeft.',
            fr: 'Les remarques d’un partenaire sont parfois prises en compte, quand quelqu’un les transmet.',
            de: 'Hinweise eines Partners werden manchmal berücksichtigt, wenn jemand sie weitergibt.',
            en: 'Feedback from a partner is sometimes taken into account, when someone passes it on.',
          },
          examples: {
            nl: 'Een digipunt meldt dat een formulier te moeilijk is, en één tekst wordt aangepast.',
            fr: 'Un EPN signale qu’un formulaire est trop difficile, et un texte est adapté.',
            de: 'Ein EPN meldet, dass ein Formular zu schwierig ist, und ein Text wird angepasst.',
            en: 'A digipunt reports that a form is too hard, and one text is changed.',
          },
        },
        {
          descriptor: {
            nl: 'Een schriftelijk beleid zegt welke partners van begunstigden deelnemen aan gebruikerstests, en wanneer.',
            fr: 'Une politique écrite précise quels partenaires représentant les bénéficiaires participent aux tests d’utilisation, et quand.',
            de: 'Eine schriftliche Richtlinie legt fest, welche Partner der Begünstigten an Nutzertests teilnehmen, und wann.',
            en: 'A written policy says which partners representing beneficiaries take part in user tests, and when.',
          },
          examples: {
            nl: 'Een akkoord met een vereniging van mensen met een handicap en een organisatie voor basiseducatie.',
            fr: 'Une convention avec une association de personnes handicapées et une association d’alphabétisation.',
            de: 'Eine Vereinbarung mit einem Verband von Menschen mit Behinderung und einer Organisation für Grundbildung.',
            en: 'An agreement with a disability organisation and an adult literacy organisation.',
          },
        },
        {
          descriptor: {
            nl: 'De organisatie volgt op aan hoeveel tests partners deelnamen, welke problemen ze vonden en welke hersteld zijn.',
            fr: 'L’organisation suit le nombre de tests auxquels les partenaires ont participé, les problèmes trouvés et ceux qui sont corrigés.',
            de: 'Die Organisation verfolgt, an wie vielen Tests Partner teilgenommen haben, welche Probleme sie fanden und welche behoben sind.',
            en: 'The organisation tracks how many tests partners took part in, which problems they found and which are fixed.',
          },
          examples: {
            nl: 'Vier tests per jaar; 25 problemen gevonden, 20 hersteld binnen drie maanden.',
            fr: 'Quatre tests par an ; 25 problèmes trouvés, 20 corrigés dans les trois mois.',
            de: 'Vier Tests pro Jahr; 25 Probleme gefunden, 20 innerhalb von drei Monaten behoben.',
            en: 'Four tests a year; 25 problems found, 20 fixed within three months.',
          },
        },
        {
          descriptor: {
            nl: 'Begunstigden en partners testen vanaf het begin mee, en de organisatie laat hun weten wat er veranderde.',
            fr: 'Les bénéficiaires et les partenaires testent dès le début, et l’organisation leur fait savoir ce qui a changé.',
            de: 'Begünstigte und Partner testen von Anfang an mit, und die Organisation teilt ihnen mit, was sich geändert hat.',
            en: 'Beneficiaries and partners test from the very start, and the organisation tells them what changed.',
          },
          examples: {
            nl: 'Een groep begunstigden test elk ontwerp; het verslag van de wijzigingen gaat naar alle deelnemers.',
            fr: 'Un groupe de bénéficiaires teste chaque maquette ; le compte rendu des changements est envoyé à tous les participants.',
            de: 'Eine Gruppe von Begünstigten testet jeden Entwurf; der Bericht über die Änderungen geht an alle Teilnehmenden.',
            en: 'A group of beneficiaries tests every design; the report on the changes goes to everyone who took part.',
          },
        },
      ],
    },
  },
};
