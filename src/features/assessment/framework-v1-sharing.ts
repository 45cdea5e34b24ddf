// Framework version 1, dimension "sharing" (commitments 1, 2, 5 and 6): listening, learning from
// figures, sharing what works, growing the signatories and joining campaigns.
import type { Dimension } from './framework.ts';

export const SHARING: Dimension = {
  key: 'sharing',
  commitments: [1, 2, 5, 6],
  causes: [],
  title: {
    nl: 'Delen en uitdragen',
    fr: 'Partage et mobilisation',
    de: 'Austausch und Engagement',
    en: 'Sharing and advocacy',
  },
  summary: {
    nl: 'De organisatie luistert, leert uit haar cijfers en deelt wat werkt, binnen en buiten de organisatie. Ze brengt anderen bij het Charter en doet mee aan campagnes.',
    fr: 'L’organisation écoute, tire des leçons de ses chiffres et partage ce qui marche, en interne comme à l’extérieur. Elle amène d’autres organisations à la Charte et participe aux campagnes.',
    de: 'Die Organisation hört zu, lernt aus ihren Zahlen und teilt, was funktioniert, intern und nach außen. Sie gewinnt andere für die Charta und beteiligt sich an Kampagnen.',
    en: 'The organisation listens, learns from its figures and shares what works, inside and outside. It brings others to the Charter and joins campaigns.',
  },
  cells: {
    employees: {
      levels: [
        {
          descriptor: {
            nl: 'Niemand vraagt medewerkers hoe zeker ze zich voelen met digitale tools.',
            fr: 'Personne ne demande au personnel s’il se sent à l’aise avec les outils numériques.',
            de: 'Niemand fragt die Mitarbeitenden, wie sicher sie sich im Umgang mit digitalen Werkzeugen fühlen.',
            en: 'No one asks staff how confident they feel with digital tools.',
          },
          examples: {
            nl: 'Wie moeite heeft, zwijgt erover uit schaamte.',
            fr: 'Les personnes en difficulté n’en parlent pas, par gêne.',
            de: 'Wer Schwierigkeiten hat, schweigt aus Scham darüber.',
            en: 'People who struggle keep quiet out of embarrassment.',
          },
        },
        {
          descriptor: {
            nl: 'De mening van medewerkers wordt informeel gehoord, bijvoorbeeld op een teamvergadering.',
            fr: 'L’avis du personnel est entendu de manière informelle, par exemple en réunion d’équipe.',
            de: 'Die Meinung der Mitarbeitenden wird informell gehört, zum Beispiel in einer Teambesprechung.',
            en: 'Staff views are heard informally, for example at a team meeting.',
          },
          examples: {
            nl: 'Een teamleider vraagt na de invoering van een nieuwe tool hoe het loopt.',
            fr: 'Après l’arrivée d’un nouvel outil, un chef d’équipe demande comment ça se passe.',
            de: 'Nach der Einführung eines neuen Werkzeugs fragt ein Teamleiter, wie es läuft.',
            en: 'After a new tool arrives, a team leader asks how it is going.',
          },
        },
        {
          descriptor: {
            nl: 'Een schriftelijk plan zegt dat medewerkers bevraagd worden over hun digitale zelfvertrouwen, en dat de resultaten en acties gedeeld worden.',
            fr: 'Un plan écrit prévoit d’interroger le personnel sur son aisance numérique et de partager les résultats et les actions.',
            de: 'Ein schriftlicher Plan sieht vor, die Mitarbeitenden zu ihrem digitalen Selbstvertrauen zu befragen und Ergebnisse und Maßnahmen zu teilen.',
            en: 'A written plan says that staff are surveyed about their digital confidence, and that the results and actions are shared.',
          },
          examples: {
            nl: 'Vijf vragen over digitaal zelfvertrouwen in de personeelsbevraging, met een terugkoppeling op het intranet.',
            fr: 'Cinq questions sur l’aisance numérique dans l’enquête auprès du personnel, avec un retour sur l’intranet.',
            de: 'Fünf Fragen zum digitalen Selbstvertrauen in der Mitarbeitendenbefragung, mit einer Rückmeldung im Intranet.',
            en: 'Five questions on digital confidence in the staff survey, with feedback on the intranet.',
          },
        },
        {
          descriptor: {
            nl: 'De bevraging wordt elk jaar herhaald, en de resultaten worden per team over de jaren vergeleken.',
            fr: 'L’enquête est répétée chaque année, et les résultats sont comparés d’une année à l’autre, par équipe.',
            de: 'Die Befragung wird jedes Jahr wiederholt, und die Ergebnisse werden pro Team über die Jahre verglichen.',
            en: 'The survey is repeated every year, and the results are compared over the years, team by team.',
          },
          examples: {
            nl: 'Het aandeel medewerkers dat zich zeker voelt, steeg op twee jaar van 55% naar 72%.',
            fr: 'La part du personnel qui se sent à l’aise est passée de 55 % à 72 % en deux ans.',
            de: 'Der Anteil der Mitarbeitenden, die sich sicher fühlen, stieg in zwei Jahren von 55 % auf 72 %.',
            en: 'The share of staff who feel confident rose from 55% to 72% in two years.',
          },
        },
        {
          descriptor: {
            nl: 'Medewerkers bespreken de resultaten en kiezen samen met de directie de acties; wat veranderde, wordt binnen en buiten de organisatie gedeeld.',
            fr: 'Le personnel discute des résultats et choisit les actions avec la direction ; ce qui a changé est partagé en interne et à l’extérieur.',
            de: 'Die Mitarbeitenden besprechen die Ergebnisse und wählen die Maßnahmen mit der Leitung; was sich geändert hat, wird intern und nach außen geteilt.',
            en: 'Staff discuss the results and choose the actions with senior management; what changed is shared inside and outside the organisation.',
          },
          examples: {
            nl: 'Een werkgroep van medewerkers stelde de acties voor en vertelde erover op een bijeenkomst van ondertekenaars.',
            fr: 'Un groupe de travail du personnel a proposé les actions et les a présentées lors d’une rencontre des signataires.',
            de: 'Eine Arbeitsgruppe der Mitarbeitenden hat die Maßnahmen vorgeschlagen und bei einem Treffen der Unterzeichnenden vorgestellt.',
            en: 'A staff working group proposed the actions and presented them at a meeting of signatories.',
          },
        },
      ],
    },
    customers: {
      levels: [
        {
          descriptor: {
            nl: 'De organisatie weet niet waar klanten afhaken.',
            fr: 'L’organisation ne sait pas où les clients abandonnent.',
            de: 'Die Organisation weiß nicht, wo die Kundschaft aufgibt.',
            en: 'The organisation does not know where customers give up.',
          },
          examples: {
            nl: 'Niemand kijkt hoeveel online aanvragen halverwege blijven steken.',
            fr: 'Personne ne regarde combien de demandes en ligne restent bloquées en cours de route.',
            de: 'Niemand schaut, wie viele Online-Anträge auf halbem Weg stecken bleiben.',
            en: 'No one looks at how many online applications are left half-finished.',
          },
        },
        {
          descriptor: {
            nl: 'Klachten over digitale diensten worden een voor een behandeld.',
            fr: 'Les plaintes sur les services numériques sont traitées une par une.',
            de: 'Beschwerden über digitale Dienste werden einzeln bearbeitet.',
            en: 'Complaints about digital services are handled one by one.',
          },
          examples: {
            nl: 'De klachtendienst lost elk probleem op, maar niemand zoekt naar een patroon.',
            fr: 'Le service des plaintes règle chaque problème, mais personne ne cherche de tendance.',
            de: 'Das Beschwerdemanagement löst jedes Problem, aber niemand sucht nach einem Muster.',
            en: 'The complaints team solves each problem, but no one looks for a pattern.',
          },
        },
        {
          descriptor: {
            nl: 'Een schriftelijk beleid zegt welke punten van afhaken per kanaal gevolgd worden en wie dan optreedt.',
            fr: 'Une politique écrite précise quels points d’abandon sont suivis pour chaque canal et qui intervient.',
            de: 'Eine schriftliche Richtlinie legt fest, welche Abbruchstellen pro Kanal verfolgt werden und wer dann handelt.',
            en: 'A written policy says which drop-out points are tracked for each channel and who acts on them.',
          },
          examples: {
            nl: 'Voor de vijf belangrijkste online formulieren is er een verantwoordelijke die het afhaken opvolgt.',
            fr: 'Pour les cinq principaux formulaires en ligne, une personne est chargée de suivre les abandons.',
            de: 'Für die fünf wichtigsten Online-Formulare gibt es eine verantwortliche Person, die die Abbrüche verfolgt.',
            en: 'Each of the five main online forms has someone responsible for following up drop-out.',
          },
        },
        {
          descriptor: {
            nl: 'Afhaken wordt per kanaal en per stap gemeten en in de tijd gevolgd.',
            fr: 'Les abandons sont mesurés par canal et par étape, et suivis dans le temps.',
            de: 'Abbrüche werden pro Kanal und pro Schritt gemessen und über die Zeit verfolgt.',
            en: 'Drop-out is measured for each channel and each step, and followed over time.',
          },
          examples: {
            nl: 'Het aandeel onafgewerkte online formulieren, en het aantal telefoontjes na een mislukte poging online.',
            fr: 'La part des formulaires en ligne abandonnés, et le nombre d’appels après un essai raté en ligne.',
            de: 'Der Anteil abgebrochener Online-Formulare und die Zahl der Anrufe nach einem gescheiterten Versuch online.',
            en: 'The share of online forms abandoned, and the number of calls after a failed attempt online.',
          },
        },
        {
          descriptor: {
            nl: 'Klanten die afhaakten, wordt gevraagd waarom, en de organisatie deelt wat ze veranderde, ook met andere ondertekenaars.',
            fr: 'On demande aux clients qui ont abandonné pourquoi, et l’organisation partage ce qu’elle a changé, y compris avec d’autres signataires.',
            de: 'Kundinnen und Kunden, die aufgegeben haben, werden nach dem Grund gefragt, und die Organisation teilt, was sie geändert hat, auch mit anderen Unterzeichnenden.',
            en: 'Customers who gave up are asked why, and the organisation shares what it changed, including with other signatories.',
          },
          examples: {
            nl: 'Na gesprekken met klanten werd een formulier van tien naar vier stappen ingekort; de aanpak staat als praktijk op het platform.',
            fr: 'Après des entretiens avec des clients, un formulaire est passé de dix à quatre étapes ; la démarche est partagée comme pratique sur la plateforme.',
            de: 'Nach Gesprächen mit der Kundschaft wurde ein Formular von zehn auf vier Schritte gekürzt; das Vorgehen steht als Praxis auf der Plattform.',
            en: 'After talking with customers, a form went from ten steps to four; the approach is shared as a practice on the platform.',
          },
        },
      ],
    },
    community: {
      levels: [
        {
          descriptor: {
            nl: 'De organisatie houdt wat ze doet voor zich en neemt niet deel aan gezamenlijke acties.',
            fr: 'L’organisation garde pour elle ce qu’elle fait et ne participe pas aux actions communes.',
            de: 'Die Organisation behält für sich, was sie tut, und beteiligt sich nicht an gemeinsamen Aktionen.',
            en: 'The organisation keeps what it does to itself and does not take part in joint actions.',
          },
          examples: {
            nl: 'Een geslaagd project voor begunstigden blijft binnenshuis.',
            fr: 'Un projet réussi pour les bénéficiaires reste en interne.',
            de: 'Ein gelungenes Projekt für Begünstigte bleibt im Haus.',
            en: 'A successful project for beneficiaries stays in-house.',
          },
        },
        {
          descriptor: {
            nl: 'De organisatie vertelt soms aan een partner over een praktijk, of doet mee aan een campagne als het haar gevraagd wordt.',
            fr: 'L’organisation parle parfois d’une pratique à un partenaire, ou participe à une campagne quand on le lui demande.',
            de: 'Die Organisation erzählt manchmal einem Partner von einer Praxis oder macht bei einer Kampagne mit, wenn sie gefragt wird.',
            en: 'The organisation sometimes tells a partner about a practice, or joins a campaign when asked.',
          },
          examples: {
            nl: 'Een affiche van een campagne hangt een week in de inkomhal.',
            fr: 'L’affiche d’une campagne reste une semaine dans le hall d’entrée.',
            de: 'Ein Kampagnenplakat hängt eine Woche lang im Eingangsbereich.',
            en: 'A campaign poster hangs in the entrance hall for a week.',
          },
        },
        {
          descriptor: {
            nl: 'Een schriftelijk plan zegt welke praktijken de organisatie deelt, welke campagnes ze steunt en hoe ze nieuwe ondertekenaars voor het Charter zoekt.',
            fr: 'Un plan écrit précise quelles pratiques l’organisation partage, quelles campagnes elle soutient et comment elle recrute de nouveaux signataires pour la Charte.',
            de: 'Ein schriftlicher Plan legt fest, welche Praktiken die Organisation teilt, welche Kampagnen sie unterstützt und wie sie neue Unterzeichnende für die Charta gewinnt.',
            en: 'A written plan says which practices the organisation shares, which campaigns it supports and how it recruits new signatories to the Charter.',
          },
          examples: {
            nl: 'Twee praktijken per jaar op het platform, deelname aan de campagnes van de coalitie, en het Charter voorgesteld aan leveranciers.',
            fr: 'Deux pratiques par an sur la plateforme, la participation aux campagnes de la coalition, et la Charte présentée aux fournisseurs.',
            de: 'Zwei Praktiken pro Jahr auf der Plattform, Teilnahme an den Kampagnen der Koalition und die Charta bei Lieferanten vorgestellt.',
            en: 'Two practices a year on the platform, taking part in the coalition’s campaigns, and the Charter presented to suppliers.',
          },
        },
        {
          descriptor: {
            nl: 'De organisatie telt de gedeelde praktijken, de campagnes waaraan ze meedeed en de nieuwe ondertekenaars, en brengt erover verslag uit.',
            fr: 'L’organisation compte les pratiques partagées, les campagnes suivies et les nouveaux signataires, et en rend compte.',
            de: 'Die Organisation zählt die geteilten Praktiken, die Kampagnen, an denen sie teilgenommen hat, und die neuen Unterzeichnenden und berichtet darüber.',
            en: 'The organisation counts the practices shared, the campaigns joined and the new signatories, and reports on them.',
          },
          examples: {
            nl: 'In het jaarverslag: drie praktijken gedeeld, twee campagnes gesteund, vier nieuwe ondertekenaars.',
            fr: 'Dans le rapport annuel : trois pratiques partagées, deux campagnes soutenues, quatre nouveaux signataires.',
            de: 'Im Jahresbericht: drei Praktiken geteilt, zwei Kampagnen unterstützt, vier neue Unterzeichnende.',
            en: 'In the annual report: three practices shared, two campaigns supported, four new signatories.',
          },
        },
        {
          descriptor: {
            nl: 'Samen met begunstigden en andere ondertekenaars brengt de organisatie drempels in kaart en pakt ze die aan; de resultaten worden bekendgemaakt.',
            fr: 'Avec les bénéficiaires et d’autres signataires, l’organisation recense les obstacles et agit pour les lever, puis publie les résultats.',
            de: 'Gemeinsam mit Begünstigten und anderen Unterzeichnenden erfasst die Organisation Hürden, geht sie an und veröffentlicht die Ergebnisse.',
            en: 'With beneficiaries and other signatories, the organisation maps obstacles and acts on them together, and publishes the results.',
          },
          examples: {
            nl: 'Met een OCMW en twee andere ondertekenaars werd een drempel in het register samen aangepakt; het resultaat staat bij de actie.',
            fr: 'Avec un CPAS et deux autres signataires, un obstacle du registre a été traité ensemble ; le résultat figure dans l’action.',
            de: 'Mit einem ÖSHZ und zwei anderen Unterzeichnenden wurde eine Hürde aus dem Register gemeinsam angegangen; das Ergebnis steht bei der Aktion.',
            en: 'With a public social welfare centre (OCMW/CPAS) and two other signatories, an obstacle from the register was tackled together; the result is shown on the action.',
          },
        },
      ],
    },
  },
};
