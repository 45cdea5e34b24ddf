// Framework version 1, dimension "trust" (commitment 8): online safety and protection against
// fraud and phishing, with Safeonweb and Safeonweb@work as the ready national resources.
import type { Dimension } from './framework.ts';

export const TRUST: Dimension = {
  key: 'trust',
  commitments: [8],
  causes: ['trust'],
  title: {
    nl: 'Vertrouwen en online veiligheid',
    fr: 'Confiance et sécurité en ligne',
    de: 'Vertrauen und Sicherheit im Internet',
    en: 'Trust and online safety',
  },
  summary: {
    nl: 'Mensen kunnen de digitale diensten van de organisatie vertrouwen en weten hoe ze zich beschermen tegen fraude en phishing. Safeonweb biedt daarvoor kant-en-klaar materiaal.',
    fr: 'Les personnes peuvent faire confiance aux services numériques de l’organisation et savent se protéger de la fraude et de l’hameçonnage (phishing). Safeonweb propose du matériel prêt à l’emploi.',
    de: 'Die Menschen können den digitalen Diensten der Organisation vertrauen und wissen, wie sie sich vor Betrug und Phishing schützen. Safeonweb bietet dafür fertiges Material.',
    en: 'People can trust the organisation’s digital services and know how to protect themselves from fraud and phishing. Safeonweb offers ready-made material for this.',
  },
  cells: {
    employees: {
      levels: [
        {
          descriptor: {
            nl: 'Medewerkers krijgen geen informatie over phishing of online veiligheid.',
            fr: 'Le personnel ne reçoit aucune information sur l’hameçonnage ni sur la sécurité en ligne.',
            de: 'Mitarbeitende bekommen keine Informationen über Phishing oder Sicherheit im Internet.',
            en: 'Staff get no information about phishing or online safety.',
          },
          examples: {
            nl: 'Niemand weet waar een verdachte e-mail gemeld moet worden.',
            fr: 'Personne ne sait où signaler un e-mail suspect.',
            de: 'Niemand weiß, wo man eine verdächtige E-Mail meldet.',
            en: 'No one knows where to report a suspicious email.',
          },
        },
        {
          descriptor: {
            nl: 'Medewerkers worden pas na een incident gewaarschuwd.',
            fr: 'Le personnel n’est averti qu’après un incident.',
            de: 'Die Mitarbeitenden werden erst nach einem Vorfall gewarnt.',
            en: 'Staff are only warned after an incident.',
          },
          examples: {
            nl: 'Na een valse factuur krijgt iedereen een e-mail van de IT-dienst.',
            fr: 'Après une fausse facture, tout le monde reçoit un e-mail du service informatique.',
            de: 'Nach einer gefälschten Rechnung bekommen alle eine E-Mail von der IT-Abteilung.',
            en: 'After a fake invoice, everyone gets an email from IT.',
          },
        },
        {
          descriptor: {
            nl: 'Een schriftelijk plan voorziet voor alle medewerkers geregeld sensibilisering en phishingoefeningen.',
            fr: 'Un plan écrit prévoit régulièrement des séances de sensibilisation et des exercices d’hameçonnage pour tout le personnel.',
            de: 'Ein schriftlicher Plan sieht für alle Mitarbeitenden regelmäßige Sensibilisierung und Phishing-Übungen vor.',
            en: 'A written plan provides regular awareness sessions and phishing drills for all staff.',
          },
          examples: {
            nl: 'Materiaal van Safeonweb@work en één phishingoefening per kwartaal.',
            fr: 'Du matériel de Safeonweb@work et un exercice d’hameçonnage par trimestre.',
            de: 'Material von Safeonweb@work und eine Phishing-Übung pro Quartal.',
            en: 'Material from Safeonweb@work and one phishing drill per quarter.',
          },
        },
        {
          descriptor: {
            nl: 'De organisatie meet de resultaten van de oefeningen en het aantal gemelde verdachte berichten, en volgt ze in de tijd.',
            fr: 'L’organisation mesure les résultats des exercices et le nombre de messages suspects signalés, et les suit dans le temps.',
            de: 'Die Organisation misst die Ergebnisse der Übungen und die Zahl der gemeldeten verdächtigen Nachrichten und verfolgt sie über die Zeit.',
            en: 'The organisation measures the results of the drills and the number of suspicious messages reported, and follows them over time.',
          },
          examples: {
            nl: 'Het aandeel medewerkers dat op de link klikt, daalt van 20% naar 6%; meldingen stijgen.',
            fr: 'La part du personnel qui clique sur le lien passe de 20 % à 6 % ; les signalements augmentent.',
            de: 'Der Anteil der Mitarbeitenden, die auf den Link klicken, sinkt von 20 % auf 6 %; die Meldungen steigen.',
            en: 'The share of staff who click the link falls from 20% to 6%; reports go up.',
          },
        },
        {
          descriptor: {
            nl: 'Medewerkers werken mee aan de sensibilisering, die wordt afgestemd op de teams met het grootste risico.',
            fr: 'Le personnel participe à la conception de la sensibilisation, adaptée aux équipes les plus exposées.',
            de: 'Die Mitarbeitenden gestalten die Sensibilisierung mit, die auf die Teams mit dem größten Risiko zugeschnitten wird.',
            en: 'Staff help design the awareness work, which is tailored to the teams most at risk.',
          },
          examples: {
            nl: 'De boekhouding schreef zelf een korte gids over valse facturen voor haar collega’s.',
            fr: 'La comptabilité a rédigé elle-même un petit guide sur les fausses factures pour ses collègues.',
            de: 'Die Buchhaltung hat selbst einen kurzen Leitfaden zu gefälschten Rechnungen für ihre Kolleginnen und Kollegen geschrieben.',
            en: 'The accounts team wrote its own short guide to fake invoices for colleagues.',
          },
        },
      ],
    },
    customers: {
      levels: [
        {
          descriptor: {
            nl: 'Klanten krijgen geen uitleg over hoe ze fraude in naam van de organisatie herkennen.',
            fr: 'Les clients ne reçoivent aucune explication pour reconnaître une fraude au nom de l’organisation.',
            de: 'Die Kundschaft erfährt nicht, wie sie Betrug im Namen der Organisation erkennt.',
            en: 'Customers are not told how to recognise fraud in the organisation’s name.',
          },
          examples: {
            nl: 'Valse sms’en in naam van de organisatie doen de ronde, en klanten horen er niets over.',
            fr: 'De faux SMS au nom de l’organisation circulent, et les clients n’en sont pas informés.',
            de: 'Gefälschte SMS im Namen der Organisation sind im Umlauf, und die Kundschaft erfährt nichts davon.',
            en: 'Fake text messages in the organisation’s name are going round, and customers hear nothing about it.',
          },
        },
        {
          descriptor: {
            nl: 'Als er een golf van fraude is, verschijnt er een waarschuwing.',
            fr: 'Un avertissement est publié quand une vague de fraude survient.',
            de: 'Wenn eine Betrugswelle kommt, erscheint eine Warnung.',
            en: 'A warning is published when a wave of fraud hits.',
          },
          examples: {
            nl: 'Een bericht op de website over valse e-mails, dat na een maand weer verdwijnt.',
            fr: 'Un message sur le site au sujet de faux e-mails, qui disparaît au bout d’un mois.',
            de: 'Ein Hinweis auf der Website zu gefälschten E-Mails, der nach einem Monat wieder verschwindet.',
            en: 'A notice about fake emails on the website, which disappears after a month.',
          },
        },
        {
          descriptor: {
            nl: 'Een schriftelijk beleid zegt wat de organisatie nooit vraagt en hoe klanten gewaarschuwd worden; Safeonweb wordt op elk kanaal bekendgemaakt.',
            fr: 'Une politique écrite précise ce que l’organisation ne demande jamais et comment les clients sont prévenus ; Safeonweb est mis en avant sur chaque canal.',
            de: 'Eine schriftliche Richtlinie sagt, was die Organisation nie verlangt und wie die Kundschaft gewarnt wird; Safeonweb wird auf jedem Kanal bekannt gemacht.',
            en: 'A written policy says what the organisation never asks for and how customers are warned; Safeonweb is promoted on every channel.',
          },
          examples: {
            nl: '‘Wij vragen u nooit uw pincode of een betaling via een link’ staat op de website, op de facturen en aan het loket, met het adres suspicious@safeonweb.be.',
            fr: '« Nous ne vous demanderons jamais votre code PIN ni un paiement par un lien » figure sur le site, les factures et au guichet, avec l’adresse suspicious@safeonweb.be.',
            de: '„Wir fragen Sie nie nach Ihrer PIN oder einer Zahlung über einen Link“ steht auf der Website, auf den Rechnungen und am Schalter, mit der Adresse suspicious@safeonweb.be.',
            en: '‘We will never ask for your PIN or a payment through a link’ is on the website, the bills and at the counter, with the address suspicious@safeonweb.be.',
          },
        },
        {
          descriptor: {
            nl: 'Meldingen van klanten en fraudegevallen worden geteld en opgevolgd, en de organisatie gaat na of de waarschuwingen gelezen worden.',
            fr: 'Les signalements des clients et les cas de fraude sont comptés et suivis, et l’organisation vérifie si les avertissements sont lus.',
            de: 'Meldungen der Kundschaft und Betrugsfälle werden gezählt und verfolgt, und die Organisation prüft, ob die Warnungen gelesen werden.',
            en: 'Reports from customers and cases of fraud are counted and followed up, and the organisation checks whether the warnings are read.',
          },
          examples: {
            nl: 'Een maandelijks overzicht van fraudemeldingen, en hoeveel klanten geld verloren.',
            fr: 'Un relevé mensuel des signalements de fraude, et du nombre de clients qui ont perdu de l’argent.',
            de: 'Eine monatliche Übersicht der Betrugsmeldungen und wie viele Kundinnen und Kunden Geld verloren haben.',
            en: 'A monthly overview of fraud reports, and of how many customers lost money.',
          },
        },
        {
          descriptor: {
            nl: 'Klanten, ook de meest kwetsbare, testen de waarschuwingen en de veiligheidsstappen mee, en die worden met hen verbeterd.',
            fr: 'Des clients, y compris les plus vulnérables, testent les avertissements et les étapes de sécurité, qui sont améliorés avec eux.',
            de: 'Kundinnen und Kunden, auch die verletzlichsten, testen die Warnungen und die Sicherheitsschritte, die mit ihnen verbessert werden.',
            en: 'Customers, including the most vulnerable, test the warnings and security steps, and these are improved with them.',
          },
          examples: {
            nl: 'Oudere klanten testten de uitleg over inloggen met itsme; de nieuwe versie is korter en met foto’s.',
            fr: 'Des clients âgés ont testé l’explication de la connexion avec itsme ; la nouvelle version est plus courte et illustrée.',
            de: 'Ältere Kundinnen und Kunden haben die Erklärung zur Anmeldung mit itsme getestet; die neue Fassung ist kürzer und bebildert.',
            en: 'Older customers tested the explanation of logging in with itsme; the new version is shorter and has pictures.',
          },
        },
      ],
    },
    community: {
      levels: [
        {
          descriptor: {
            nl: 'De organisatie doet niets voor de online veiligheid van kwetsbare groepen.',
            fr: 'L’organisation ne fait rien pour la sécurité en ligne des publics vulnérables.',
            de: 'Die Organisation tut nichts für die Sicherheit verletzlicher Gruppen im Internet.',
            en: 'The organisation does nothing for the online safety of vulnerable groups.',
          },
          examples: {
            nl: 'Begunstigden die opgelicht werden, weten niet waar ze terechtkunnen.',
            fr: 'Les bénéficiaires victimes d’une arnaque ne savent pas à qui s’adresser.',
            de: 'Begünstigte, die betrogen wurden, wissen nicht, an wen sie sich wenden können.',
            en: 'Beneficiaries who have been scammed do not know where to turn.',
          },
        },
        {
          descriptor: {
            nl: 'Er is af en toe een sessie, als een partner erom vraagt.',
            fr: 'Une séance est organisée de temps en temps, quand un partenaire le demande.',
            de: 'Ab und zu gibt es eine Schulung, wenn ein Partner darum bittet.',
            en: 'There is a session now and then, when a partner asks for one.',
          },
          examples: {
            nl: 'Een medewerker geeft op vraag van een seniorenvereniging één keer uitleg over oplichting.',
            fr: 'À la demande d’une association de seniors, un employé explique une fois les arnaques courantes.',
            de: 'Auf Bitte eines Seniorenvereins erklärt ein Mitarbeiter einmal gängige Betrugsmaschen.',
            en: 'At a seniors’ club’s request, an employee gives a one-off talk on scams.',
          },
        },
        {
          descriptor: {
            nl: 'Een schriftelijk plan voorziet samen met partners veiligheidssessies voor kwetsbare groepen.',
            fr: 'Un plan écrit prévoit, avec des partenaires, des séances de sécurité pour les publics vulnérables.',
            de: 'Ein schriftlicher Plan sieht gemeinsam mit Partnern Sicherheitsschulungen für verletzliche Gruppen vor.',
            en: 'A written plan provides safety sessions for vulnerable groups, together with partners.',
          },
          examples: {
            nl: 'Met een digipunt: een sessie over oplichting voor ouderen, met de tips van Safeonweb.',
            fr: 'Avec un EPN : une séance sur les arnaques pour les personnes âgées, avec les conseils de Safeonweb.',
            de: 'Mit einem EPN: eine Schulung zu Betrug für ältere Menschen, mit den Tipps von Safeonweb.',
            en: 'With a digipunt: a session on scams for older people, using Safeonweb’s tips.',
          },
        },
        {
          descriptor: {
            nl: 'De organisatie telt de sessies en de deelnemers en vraagt achteraf wat ze onthouden hebben.',
            fr: 'L’organisation compte les séances et les participants, et leur demande ensuite ce qu’ils en ont retenu.',
            de: 'Die Organisation zählt Schulungen und Teilnehmende und fragt danach, was sie behalten haben.',
            en: 'The organisation counts the sessions and participants and asks afterwards what they remember.',
          },
          examples: {
            nl: 'Twaalf sessies en 180 deelnemers per jaar; na een maand herkent driekwart een valse sms.',
            fr: 'Douze séances et 180 participants par an ; un mois plus tard, trois sur quatre reconnaissent un faux SMS.',
            de: 'Zwölf Schulungen und 180 Teilnehmende pro Jahr; nach einem Monat erkennen drei von vier eine gefälschte SMS.',
            en: 'Twelve sessions and 180 participants a year; a month later, three in four spot a fake text message.',
          },
        },
        {
          descriptor: {
            nl: 'De groepen kiezen zelf de onderwerpen en helpen de sessies te geven, en het programma wordt elk jaar verbeterd.',
            fr: 'Les groupes choisissent eux-mêmes les sujets et coaniment les séances, et le programme est amélioré chaque année.',
            de: 'Die Gruppen wählen die Themen selbst und gestalten die Schulungen mit, und das Programm wird jedes Jahr verbessert.',
            en: 'The groups choose the topics themselves and help run the sessions, and the programme is improved every year.',
          },
          examples: {
            nl: 'Senioren die de sessie volgden, geven nu zelf tips aan leeftijdsgenoten.',
            fr: 'Des seniors qui ont suivi la séance donnent à leur tour des conseils à des personnes de leur âge.',
            de: 'Seniorinnen und Senioren, die an der Schulung teilgenommen haben, geben jetzt selbst Tipps an Gleichaltrige weiter.',
            en: 'Older people who attended a session now pass tips on to people their own age.',
          },
        },
      ],
    },
  },
};
