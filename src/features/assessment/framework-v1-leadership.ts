// Framework version 1, dimension "leadership" (commitments 3 and 9): who at the top answers for
// digital inclusion, with what targets and budget, and how progress is followed.
import type { Dimension } from './framework.ts';

export const LEADERSHIP: Dimension = {
  key: 'leadership',
  commitments: [3, 9],
  causes: [],
  title: {
    nl: 'Leiderschap',
    fr: 'Engagement de la direction',
    de: 'Führung',
    en: 'Leadership',
  },
  summary: {
    nl: 'De directie draagt digitale inclusie: iemand is ervoor verantwoordelijk, er zijn doelen en een budget, en de vooruitgang wordt elk jaar opgevolgd.',
    fr: 'La direction porte l’inclusion numérique : une personne en est responsable, il y a des objectifs et un budget, et les progrès sont suivis chaque année.',
    de: 'Die Leitung trägt die digitale Inklusion: Jemand ist dafür verantwortlich, es gibt Ziele und ein Budget, und die Fortschritte werden jedes Jahr überprüft.',
    en: 'Senior management owns digital inclusion: someone is accountable, there are targets and a budget, and progress is followed up every year.',
  },
  cells: {
    employees: {
      levels: [
        {
          descriptor: {
            nl: 'Niemand in de directie is verantwoordelijk voor de digitale inclusie van de medewerkers.',
            fr: 'Personne à la direction n’est responsable de l’inclusion numérique du personnel.',
            de: 'Niemand in der Leitung ist für die digitale Inklusion der Mitarbeitenden verantwortlich.',
            en: 'No one in senior management is responsible for the digital inclusion of staff.',
          },
          examples: {
            nl: 'Nieuwe digitale tools voor de medewerkers worden gekozen zonder te vragen wie erdoor uit de boot valt.',
            fr: 'Les nouveaux outils numériques du personnel sont choisis sans se demander qui risque d’être laissé de côté.',
            de: 'Neue digitale Werkzeuge für die Mitarbeitenden werden ausgewählt, ohne zu fragen, wer dabei zurückbleibt.',
            en: 'New digital tools for staff are chosen without asking who might be left behind.',
          },
        },
        {
          descriptor: {
            nl: 'Leidinggevenden grijpen soms in als een medewerker vastloopt met digitale tools, maar niemand is daarvoor verantwoordelijk.',
            fr: 'Des responsables agissent parfois quand un membre du personnel bloque sur un outil numérique, mais personne n’en est chargé.',
            de: 'Führungskräfte helfen manchmal, wenn Mitarbeitende mit digitalen Werkzeugen nicht zurechtkommen, aber niemand ist dafür zuständig.',
            en: 'Managers sometimes step in when a member of staff struggles with digital tools, but no one is accountable for it.',
          },
          examples: {
            nl: 'Een teamleider regelt zelf hulp voor een collega die niet met de nieuwe HR-app overweg kan.',
            fr: 'Une cheffe d’équipe organise elle-même de l’aide pour un collègue perdu dans la nouvelle application RH.',
            de: 'Eine Teamleiterin organisiert selbst Hilfe für einen Kollegen, der mit der neuen Personal-App nicht zurechtkommt.',
            en: 'A team leader arranges help herself for a colleague who cannot cope with the new HR app.',
          },
        },
        {
          descriptor: {
            nl: 'Een schriftelijk beleid maakt een lid van de directie verantwoordelijk voor de digitale inclusie van de medewerkers en legt jaarlijkse doelen vast.',
            fr: 'Une politique écrite rend un membre de la direction responsable de l’inclusion numérique du personnel et fixe des objectifs annuels.',
            de: 'Eine schriftliche Richtlinie macht ein Mitglied der Leitung für die digitale Inklusion der Mitarbeitenden verantwortlich und legt jährliche Ziele fest.',
            en: 'A written policy makes a member of senior management accountable for the digital inclusion of staff and sets yearly targets.',
          },
          examples: {
            nl: 'Het directiecomité keurde een nota goed met een verantwoordelijke bij naam en drie doelen voor het jaar.',
            fr: 'Le comité de direction a approuvé une note qui nomme la personne responsable et fixe trois objectifs pour l’année.',
            de: 'Das Leitungsgremium hat ein Papier verabschiedet, das die verantwortliche Person nennt und drei Ziele für das Jahr festlegt.',
            en: 'The management committee approved a note naming the person accountable and setting three targets for the year.',
          },
        },
        {
          descriptor: {
            nl: 'De directie volgt de doelen elk jaar op met cijfers en brengt erover verslag uit.',
            fr: 'La direction suit les objectifs chaque année, chiffres à l’appui, et en rend compte.',
            de: 'Die Leitung überprüft die Ziele jedes Jahr anhand von Zahlen und berichtet darüber.',
            en: 'Senior management follows up the targets with figures every year and reports on them.',
          },
          examples: {
            nl: 'Een jaarverslag aan de raad van bestuur met het aandeel opgeleide medewerkers en het aantal hulpvragen.',
            fr: 'Un rapport annuel au conseil d’administration avec la part du personnel formé et le nombre de demandes d’aide.',
            de: 'Ein Jahresbericht an den Verwaltungsrat mit dem Anteil geschulter Mitarbeitender und der Zahl der Hilfeanfragen.',
            en: 'A yearly report to the board with the share of staff trained and the number of requests for help.',
          },
        },
        {
          descriptor: {
            nl: 'Medewerkers en hun vertegenwoordigers bepalen de doelen mee, en de directie past het beleid elk jaar samen met hen aan.',
            fr: 'Le personnel et ses représentants participent à la fixation des objectifs, et la direction adapte la politique avec eux chaque année.',
            de: 'Die Mitarbeitenden und ihre Vertretung bestimmen die Ziele mit, und die Leitung passt die Richtlinie jedes Jahr gemeinsam mit ihnen an.',
            en: 'Staff and their representatives help set the targets, and senior management adjusts the policy with them every year.',
          },
          examples: {
            nl: 'De ondernemingsraad bespreekt de cijfers elk jaar; wat daarna verandert, staat op het intranet.',
            fr: 'Le conseil d’entreprise examine les chiffres chaque année ; ce qui change ensuite est publié sur l’intranet.',
            de: 'Der Betriebsrat bespricht die Zahlen jedes Jahr; was sich danach ändert, steht im Intranet.',
            en: 'The works council discusses the figures every year; what changes as a result is posted on the intranet.',
          },
        },
      ],
    },
    customers: {
      levels: [
        {
          descriptor: {
            nl: 'Digitale kanalen worden gelanceerd zonder aandacht voor klanten die minder vertrouwd zijn met digitale tools.',
            fr: 'Les canaux numériques sont lancés sans penser aux clients moins à l’aise avec le numérique.',
            de: 'Digitale Kanäle werden eingeführt, ohne an Kundschaft zu denken, die weniger digital unterwegs ist.',
            en: 'Digital channels are launched without thinking of customers who are less at ease with digital tools.',
          },
          examples: {
            nl: 'Een nieuwe app vervangt het papieren formulier, zonder overgangsperiode.',
            fr: 'Une nouvelle application remplace le formulaire papier, sans période de transition.',
            de: 'Eine neue App ersetzt das Papierformular, ohne Übergangszeit.',
            en: 'A new app replaces the paper form with no transition period.',
          },
        },
        {
          descriptor: {
            nl: 'Soms denkt een projectteam aan klanten die het moeilijk hebben, afhankelijk van wie het project leidt.',
            fr: 'Parfois, une équipe de projet pense aux clients en difficulté, selon la personne qui mène le projet.',
            de: 'Manchmal denkt ein Projektteam an Kundschaft mit Schwierigkeiten, je nachdem, wer das Projekt leitet.',
            en: 'Sometimes a project team thinks of customers who struggle, depending on who leads the project.',
          },
          examples: {
            nl: 'Een projectleider houdt op eigen initiatief een papieren formulier aan.',
            fr: 'De sa propre initiative, une cheffe de projet garde un formulaire papier.',
            de: 'Eine Projektleiterin behält aus eigener Initiative ein Papierformular bei.',
            en: 'A project manager keeps a paper form on her own initiative.',
          },
        },
        {
          descriptor: {
            nl: 'Volgens een schriftelijke regel wordt de inclusie getoetst en moet de directie akkoord gaan voordat een kanaal alleen nog digitaal werkt.',
            fr: 'Une règle écrite impose de vérifier l’inclusion, avec l’accord de la direction, avant qu’un canal ne devienne uniquement numérique.',
            de: 'Eine schriftliche Regel verlangt eine Prüfung der Inklusion und die Zustimmung der Leitung, bevor ein Kanal nur noch digital ist.',
            en: 'A written rule requires an inclusion check, signed off by senior management, before any channel goes digital-only.',
          },
          examples: {
            nl: 'Een inclusiechecklist hoort bij elke beslissing om een nieuw kanaal te lanceren.',
            fr: 'Une liste de contrôle « inclusion » accompagne chaque décision de lancer un nouveau canal.',
            de: 'Eine Checkliste zur Inklusion gehört zu jeder Entscheidung über einen neuen Kanal.',
            en: 'An inclusion checklist is part of every decision to launch a new channel.',
          },
        },
        {
          descriptor: {
            nl: 'De directie volgt met cijfers op hoeveel projecten getoetst werden en wat de toets veranderde.',
            fr: 'La direction suit, chiffres à l’appui, le nombre de projets vérifiés et ce que la vérification a changé.',
            de: 'Die Leitung verfolgt mit Zahlen, wie viele Projekte geprüft wurden und was die Prüfung verändert hat.',
            en: 'Senior management tracks with figures how many projects were checked and what the check changed.',
          },
          examples: {
            nl: 'Een jaarlijks overzicht: getoetste projecten, en lanceringen die werden uitgesteld of aangepast.',
            fr: 'Un tableau annuel : projets vérifiés, et lancements reportés ou adaptés.',
            de: 'Eine jährliche Übersicht: geprüfte Projekte und Einführungen, die verschoben oder angepasst wurden.',
            en: 'A yearly overview: projects checked, and launches postponed or adapted.',
          },
        },
        {
          descriptor: {
            nl: 'Klanten die minder vertrouwd zijn met digitale tools, nemen deel aan de toets, en de directie maakt bekend wat er daardoor veranderde.',
            fr: 'Des clients moins à l’aise avec le numérique participent à la vérification, et la direction publie ce qui a changé grâce à eux.',
            de: 'Kundinnen und Kunden, die weniger digital unterwegs sind, wirken an der Prüfung mit, und die Leitung veröffentlicht, was sich dadurch geändert hat.',
            en: 'Customers who are less at ease with digital tools take part in the check, and senior management publishes what changed as a result.',
          },
          examples: {
            nl: 'Een klantenpanel met oudere klanten test elk nieuw kanaal voor de lancering.',
            fr: 'Un panel de clients âgés teste chaque nouveau canal avant son lancement.',
            de: 'Ein Panel mit älteren Kundinnen und Kunden testet jeden neuen Kanal vor der Einführung.',
            en: 'A panel of older customers tests every new channel before it launches.',
          },
        },
      ],
    },
    community: {
      levels: [
        {
          descriptor: {
            nl: 'De digitale inclusie van begunstigden en de gemeenschap staat niet op de agenda van de directie en heeft geen budget.',
            fr: 'L’inclusion numérique des bénéficiaires et de la collectivité n’est pas à l’ordre du jour de la direction et n’a pas de budget.',
            de: 'Die digitale Inklusion von Begünstigten und Gemeinschaft steht nicht auf der Tagesordnung der Leitung und hat kein Budget.',
            en: 'The digital inclusion of beneficiaries and the community is not on senior management’s agenda and has no budget.',
          },
          examples: {
            nl: 'Vragen van partners om steun blijven onbeantwoord.',
            fr: 'Les demandes de soutien des partenaires restent sans réponse.',
            de: 'Anfragen von Partnern nach Unterstützung bleiben unbeantwortet.',
            en: 'Requests for support from partners go unanswered.',
          },
        },
        {
          descriptor: {
            nl: 'De directie steunt af en toe een lokaal initiatief, geval per geval.',
            fr: 'La direction soutient de temps en temps une initiative locale, au cas par cas.',
            de: 'Die Leitung unterstützt ab und zu eine lokale Initiative, von Fall zu Fall.',
            en: 'Senior management supports a local initiative now and then, case by case.',
          },
          examples: {
            nl: 'Een eenmalige gift aan het digipunt in de buurt.',
            fr: 'Un don ponctuel à l’espace public numérique (EPN) du quartier.',
            de: 'Eine einmalige Spende an den öffentlichen digitalen Raum (EPN) in der Nähe.',
            en: 'A one-off donation to the local digipunt or public digital space (EPN).',
          },
        },
        {
          descriptor: {
            nl: 'Een schriftelijk beleid legt een jaarlijks budget en een verantwoordelijke vast voor digitale inclusie in de gemeenschap.',
            fr: 'Une politique écrite fixe un budget annuel et une personne responsable pour l’inclusion numérique dans la collectivité.',
            de: 'Eine schriftliche Richtlinie legt ein jährliches Budget und eine verantwortliche Person für die digitale Inklusion in der Gemeinschaft fest.',
            en: 'A written policy sets a yearly budget and names a person responsible for digital inclusion in the community.',
          },
          examples: {
            nl: 'Een vast budget voor hulppunten, zoals digipunten of openbare digitale ruimtes (EPN).',
            fr: 'Un budget fixe pour des lieux d’aide, comme les espaces publics numériques (EPN) ou les digipunten.',
            de: 'Ein festes Budget für Anlaufstellen, etwa öffentliche digitale Räume (EPN) oder Digipunten.',
            en: 'A fixed budget for help points, such as digipunten or public digital spaces (EPN).',
          },
        },
        {
          descriptor: {
            nl: 'De directie meet wat het budget oplevert en brengt er elk jaar verslag over uit.',
            fr: 'La direction mesure ce que le budget permet d’atteindre et en rend compte chaque année.',
            de: 'Die Leitung misst, was das Budget bewirkt, und berichtet jedes Jahr darüber.',
            en: 'Senior management measures what the budget achieves and reports on it every year.',
          },
          examples: {
            nl: 'Het aantal mensen dat in de gesteunde hulppunten geholpen werd, staat in het jaarverslag.',
            fr: 'Le nombre de personnes aidées dans les lieux d’aide soutenus figure dans le rapport annuel.',
            de: 'Die Zahl der Menschen, denen in den unterstützten Anlaufstellen geholfen wurde, steht im Jahresbericht.',
            en: 'The number of people helped at the help points it funds is in the annual report.',
          },
        },
        {
          descriptor: {
            nl: 'Begunstigden en lokale partners beslissen mee waaraan het budget gaat, en de keuzes worden elk jaar met hen herbekeken.',
            fr: 'Les bénéficiaires et les partenaires locaux décident avec la direction de l’usage du budget, et les choix sont revus avec eux chaque année.',
            de: 'Begünstigte und lokale Partner entscheiden mit, wofür das Budget verwendet wird, und die Entscheidungen werden jedes Jahr mit ihnen überprüft.',
            en: 'Beneficiaries and local partners help decide how the budget is spent, and the choices are reviewed with them every year.',
          },
          examples: {
            nl: 'Een jaarlijks overleg met het digipunt, het OCMW en verenigingen van gebruikers.',
            fr: 'Une réunion annuelle avec l’EPN, le CPAS et des associations d’usagers.',
            de: 'Ein jährliches Treffen mit dem EPN, dem ÖSHZ und Vereinigungen von Nutzenden.',
            en: 'A yearly meeting with the digipunt or EPN, the public social welfare centre (OCMW/CPAS) and user associations.',
          },
        },
      ],
    },
  },
};
