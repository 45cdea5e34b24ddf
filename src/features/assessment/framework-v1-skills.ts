// Framework version 1, dimension "skills" (commitment 4): training and help, tagged by the five
// DigComp 2.2 areas so that an organisation sees which ones it covers.
import type { Dimension } from './framework.ts';

export const SKILLS: Dimension = {
  key: 'skills',
  commitments: [4],
  causes: ['skills'],
  title: {
    nl: 'Digitale vaardigheden',
    fr: 'Compétences numériques',
    de: 'Digitale Kompetenzen',
    en: 'Digital skills',
  },
  summary: {
    nl: 'Mensen krijgen de opleiding en de hulp die ze nodig hebben om digitale tools met vertrouwen te gebruiken. De vijf domeinen van DigComp tonen wat aan bod komt.',
    fr: 'Les personnes reçoivent la formation et l’aide dont elles ont besoin pour utiliser les outils numériques en confiance. Les cinq domaines de DigComp montrent ce qui est couvert.',
    de: 'Die Menschen bekommen die Schulung und die Hilfe, die sie brauchen, um digitale Werkzeuge mit Selbstvertrauen zu nutzen. Die fünf Bereiche von DigComp zeigen, was abgedeckt ist.',
    en: 'People get the training and help they need to use digital tools with confidence. The five DigComp areas show what is covered.',
  },
  cells: {
    employees: {
      levels: [
        {
          descriptor: {
            nl: 'Medewerkers leren nieuwe digitale tools op hun eentje, zonder opleiding.',
            fr: 'Le personnel apprend seul les nouveaux outils numériques, sans formation.',
            de: 'Mitarbeitende lernen neue digitale Werkzeuge allein, ohne Schulung.',
            en: 'Staff learn new digital tools on their own, without training.',
          },
          examples: {
            nl: 'Een nieuw planningssysteem start met alleen een handleiding in een e-mail.',
            fr: 'Un nouveau logiciel de planning démarre avec un simple mode d’emploi envoyé par e-mail.',
            de: 'Ein neues Planungsprogramm startet nur mit einer Anleitung per E-Mail.',
            en: 'A new scheduling system starts with nothing but a manual sent by email.',
          },
        },
        {
          descriptor: {
            nl: 'Er is af en toe een opleiding, voor één tool of één team.',
            fr: 'Une formation est donnée de temps en temps, pour un outil ou une équipe.',
            de: 'Ab und zu gibt es eine Schulung, für ein Werkzeug oder ein Team.',
            en: 'Training is given now and then, for one tool or one team.',
          },
          examples: {
            nl: 'Een sessie van een uur wanneer een nieuwe app wordt ingevoerd.',
            fr: 'Une séance d’une heure quand une nouvelle application arrive.',
            de: 'Eine einstündige Schulung, wenn eine neue App eingeführt wird.',
            en: 'A one-hour session when a new app is introduced.',
          },
        },
        {
          descriptor: {
            nl: 'Een schriftelijk opleidingsplan geeft elke medewerker de digitale opleiding die hij of zij nodig heeft, tijdens de werkuren.',
            fr: 'Un plan de formation écrit donne à chaque membre du personnel la formation numérique dont il a besoin, pendant les heures de travail.',
            de: 'Ein schriftlicher Schulungsplan gibt allen Mitarbeitenden die digitale Schulung, die sie brauchen, während der Arbeitszeit.',
            en: 'A written training plan gives every member of staff the digital training they need, in working hours.',
          },
          examples: {
            nl: 'Het plan volgt de vijf domeinen van DigComp, met een aanspreekpunt voor vragen.',
            fr: 'Le plan suit les cinq domaines de DigComp, avec une personne de contact pour les questions.',
            de: 'Der Plan folgt den fünf Bereichen von DigComp, mit einer Ansprechperson für Fragen.',
            en: 'The plan follows the five DigComp areas, with a contact person for questions.',
          },
        },
        {
          descriptor: {
            nl: 'De organisatie meet welk aandeel van de medewerkers per DigComp-domein opgeleid is en pakt de tekorten aan.',
            fr: 'L’organisation mesure la part du personnel formée dans chaque domaine de DigComp et s’attaque aux manques.',
            de: 'Die Organisation misst den Anteil der geschulten Mitarbeitenden in jedem DigComp-Bereich und geht die Lücken an.',
            en: 'The organisation measures the share of staff trained in each DigComp area and works on the gaps.',
          },
          examples: {
            nl: '70% opgeleid in veiligheid, 30% in problemen oplossen; een korte zelftest voor en na de opleiding.',
            fr: '70 % du personnel formé à la sécurité, 30 % à la résolution de problèmes ; un court test avant et après la formation.',
            de: '70 % geschult in Sicherheit, 30 % in Problemlösung; ein kurzer Selbsttest vor und nach der Schulung.',
            en: '70% trained in safety, 30% in problem solving; a short self-test before and after training.',
          },
        },
        {
          descriptor: {
            nl: 'Medewerkers zeggen zelf wat ze nodig hebben en werken mee aan de opleidingen, die elk jaar worden bijgestuurd.',
            fr: 'Le personnel exprime ses besoins et participe à la conception des formations, qui sont ajustées chaque année.',
            de: 'Die Mitarbeitenden sagen selbst, was sie brauchen, und gestalten die Schulungen mit, die jedes Jahr angepasst werden.',
            en: 'Staff say what they need and help design the training, which is adjusted every year.',
          },
          examples: {
            nl: 'Collega’s die vroeger beginners waren, worden digitale buddy’s voor anderen.',
            fr: 'Des collègues qui étaient débutants deviennent des parrains et marraines numériques pour les autres.',
            de: 'Kolleginnen und Kollegen, die früher Anfänger waren, werden digitale Paten für andere.',
            en: 'Colleagues who were once beginners become digital buddies for others.',
          },
        },
      ],
    },
    customers: {
      levels: [
        {
          descriptor: {
            nl: 'Klanten die de digitale diensten van de organisatie niet kunnen gebruiken, vinden geen uitleg of hulp.',
            fr: 'Les clients qui n’arrivent pas à utiliser les services numériques de l’organisation ne trouvent ni explication ni aide.',
            de: 'Kundinnen und Kunden, die die digitalen Dienste der Organisation nicht nutzen können, finden weder Erklärung noch Hilfe.',
            en: 'Customers who cannot use the organisation’s digital services find no explanation or help.',
          },
          examples: {
            nl: 'Aan het loket klinkt het: ‘Dat moet u online doen.’',
            fr: 'Au guichet, on répond : « Il faut le faire en ligne. »',
            de: 'Am Schalter heißt es: „Das müssen Sie online machen.“',
            en: 'At the counter, the answer is: ‘You have to do that online.’',
          },
        },
        {
          descriptor: {
            nl: 'Medewerkers helpen klanten als die erom vragen, elk op hun eigen manier.',
            fr: 'Le personnel aide les clients qui le demandent, chacun à sa façon.',
            de: 'Mitarbeitende helfen Kundinnen und Kunden, wenn diese fragen, jede und jeder auf eigene Art.',
            en: 'Staff help customers when they ask, each in their own way.',
          },
          examples: {
            nl: 'Een loketmedewerker toont een klant hoe die met itsme inlogt.',
            fr: 'Une employée au guichet montre à un client comment se connecter avec itsme.',
            de: 'Eine Mitarbeiterin am Schalter zeigt einem Kunden, wie er sich mit itsme anmeldet.',
            en: 'A counter employee shows a customer how to log in with itsme.',
          },
        },
        {
          descriptor: {
            nl: 'Een schriftelijk beleid regelt de hulp voor klanten: duidelijke handleidingen en hulp aan het loket of aan de telefoon.',
            fr: 'Une politique écrite organise l’aide aux clients : des tutoriels clairs et de l’aide au guichet ou par téléphone.',
            de: 'Eine schriftliche Richtlinie regelt die Hilfe für die Kundschaft: klare Anleitungen und Hilfe am Schalter oder am Telefon.',
            en: 'A written policy sets out help for customers: clear tutorials and help at the counter or by phone.',
          },
          examples: {
            nl: 'Korte video’s en stap-voor-stapgidsen op papier; opgeleide medewerkers helpen aan het loket.',
            fr: 'De courtes vidéos et des guides pas à pas sur papier ; du personnel formé aide au guichet.',
            de: 'Kurze Videos und Schritt-für-Schritt-Anleitungen auf Papier; geschulte Mitarbeitende helfen am Schalter.',
            en: 'Short videos and step-by-step guides on paper; trained staff help at the counter.',
          },
        },
        {
          descriptor: {
            nl: 'De organisatie meet hoe klanten de hulp gebruiken en of ze daarna zelf verder kunnen.',
            fr: 'L’organisation mesure comment les clients utilisent l’aide et s’ils se débrouillent seuls ensuite.',
            de: 'Die Organisation misst, wie die Kundschaft die Hilfe nutzt und ob sie danach allein zurechtkommt.',
            en: 'The organisation measures how customers use the help and whether they can manage on their own afterwards.',
          },
          examples: {
            nl: 'Hoe vaak handleidingen bekeken worden, de hulpvragen aan het loket, en hoeveel klanten terugkomen met dezelfde vraag.',
            fr: 'Le nombre de vues des tutoriels, les demandes d’aide au guichet et le nombre de clients qui reviennent avec la même question.',
            de: 'Wie oft Anleitungen aufgerufen werden, die Hilfeanfragen am Schalter und wie viele Kundinnen und Kunden mit derselben Frage wiederkommen.',
            en: 'How often tutorials are viewed, help requests at the counter, and how many customers come back with the same question.',
          },
        },
        {
          descriptor: {
            nl: 'Klanten testen handleidingen en hulp voor ze verschijnen, en die worden met hun feedback verbeterd.',
            fr: 'Des clients testent les tutoriels et l’aide avant leur publication, et leurs remarques servent à les améliorer.',
            de: 'Kundinnen und Kunden testen Anleitungen und Hilfe vor der Veröffentlichung, und ihre Rückmeldungen verbessern sie.',
            en: 'Customers test tutorials and help before they are published, and their feedback improves them.',
          },
          examples: {
            nl: 'Een gids werd herschreven na een test met vijf klanten in een digipunt.',
            fr: 'Un guide a été réécrit après un test avec cinq clients dans un espace public numérique (EPN).',
            de: 'Eine Anleitung wurde nach einem Test mit fünf Kundinnen und Kunden in einem öffentlichen digitalen Raum (EPN) neu geschrieben.',
            en: 'A guide was rewritten after a test with five customers at a digipunt.',
          },
        },
      ],
    },
    community: {
      levels: [
        {
          descriptor: {
            nl: 'Tussenpersonen die begunstigden helpen, zoals maatschappelijk werkers en vrijwilligers, kennen de digitale diensten van de organisatie niet.',
            fr: 'Les intermédiaires qui aident les bénéficiaires, comme les assistants sociaux et les bénévoles, ne connaissent pas les services numériques de l’organisation.',
            de: 'Helferinnen und Helfer der Begünstigten, etwa Sozialarbeitende und Ehrenamtliche, kennen die digitalen Dienste der Organisation nicht.',
            en: 'Intermediaries who help beneficiaries, such as social workers and volunteers, do not know the organisation’s digital services.',
          },
          examples: {
            nl: 'Een maatschappelijk werker ontdekt een nieuw online formulier pas wanneer een cliënt erop vastloopt.',
            fr: 'Une assistante sociale découvre un nouveau formulaire en ligne seulement quand un usager bloque dessus.',
            de: 'Eine Sozialarbeiterin entdeckt ein neues Online-Formular erst, wenn ein Klient daran scheitert.',
            en: 'A social worker only discovers a new online form when a client gets stuck on it.',
          },
        },
        {
          descriptor: {
            nl: 'Tussenpersonen krijgen soms uitleg, als ze erom vragen.',
            fr: 'Les intermédiaires reçoivent parfois une explication, quand ils la demandent.',
            de: 'Helferinnen und Helfer bekommen manchmal eine Erklärung, wenn sie danach fragen.',
            en: 'Intermediaries sometimes get an explanation, when they ask for one.',
          },
          examples: {
            nl: 'Een maatschappelijk werker belt om te vragen hoe de online aanvraag werkt.',
            fr: 'Un assistant social téléphone pour savoir comment fonctionne la demande en ligne.',
            de: 'Ein Sozialarbeiter ruft an, um zu fragen, wie der Online-Antrag funktioniert.',
            en: 'A social worker phones to ask how the online application works.',
          },
        },
        {
          descriptor: {
            nl: 'Een schriftelijk plan leidt tussenpersonen op in de digitale diensten van de organisatie en in helpen zonder over te nemen.',
            fr: 'Un plan écrit forme les intermédiaires aux services numériques de l’organisation, et à aider les personnes sans faire à leur place.',
            de: 'Ein schriftlicher Plan schult Helferinnen und Helfer in den digitalen Diensten der Organisation und darin, zu helfen, ohne den Menschen alles abzunehmen.',
            en: 'A written plan trains intermediaries in the organisation’s digital services and in helping people without taking over.',
          },
          examples: {
            nl: 'Een jaarlijkse sessie voor maatschappelijk werkers van het OCMW en begeleiders van digipunten.',
            fr: 'Une séance annuelle pour les assistants sociaux du CPAS et les animateurs des EPN.',
            de: 'Eine jährliche Schulung für Sozialarbeitende des ÖSHZ und Begleitpersonen der EPN.',
            en: 'A yearly session for social workers at the public social welfare centre (OCMW/CPAS) and facilitators at EPN and digipunten.',
          },
        },
        {
          descriptor: {
            nl: 'De organisatie telt de opgeleide tussenpersonen en vraagt hun wat mensen nog tegenhoudt.',
            fr: 'L’organisation compte les intermédiaires formés et leur demande ce qui bloque encore les personnes.',
            de: 'Die Organisation zählt die geschulten Helferinnen und Helfer und fragt sie, was die Menschen noch aufhält.',
            en: 'The organisation counts the intermediaries trained and asks them what still holds people back.',
          },
          examples: {
            nl: 'Veertig maatschappelijk werkers opgeleid, met een korte bevraging drie maanden later.',
            fr: 'Quarante assistants sociaux formés, avec un court questionnaire trois mois plus tard.',
            de: 'Vierzig Sozialarbeitende geschult, mit einer kurzen Umfrage drei Monate später.',
            en: 'Forty social workers trained, with a short survey three months later.',
          },
        },
        {
          descriptor: {
            nl: 'Tussenpersonen en begunstigden werken de opleiding mee uit, en ze wordt elk jaar samen met hen verbeterd.',
            fr: 'Les intermédiaires et les bénéficiaires participent à la conception de la formation, qui est améliorée avec eux chaque année.',
            de: 'Begünstigte und ihre Helferinnen und Helfer gestalten die Schulung mit, und sie wird jedes Jahr gemeinsam mit ihnen verbessert.',
            en: 'Intermediaries and beneficiaries help design the training, and it is improved with them every year.',
          },
          examples: {
            nl: 'Een digipunt en een groep begunstigden maakten samen een module over online afspraken maken.',
            fr: 'Un EPN et un groupe de bénéficiaires ont conçu ensemble un module sur la prise de rendez-vous en ligne.',
            de: 'Ein EPN und eine Gruppe von Begünstigten haben gemeinsam ein Modul zur Online-Terminbuchung entwickelt.',
            en: 'A digipunt and a group of beneficiaries together built a module on booking appointments online.',
          },
        },
      ],
    },
  },
};
