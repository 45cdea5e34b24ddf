// Framework version 1, dimension "access": a suitable device and connection, at a price people
// can pay (the causes "access" and "affordability").
import type { Dimension } from './framework.ts';

export const ACCESS: Dimension = {
  key: 'access',
  commitments: [],
  causes: ['access', 'affordability'],
  title: {
    nl: 'Toegang en betaalbaarheid',
    fr: 'Accès et coût abordable',
    de: 'Zugang und Bezahlbarkeit',
    en: 'Access and affordability',
  },
  summary: {
    nl: 'Mensen hebben een geschikt toestel en een verbinding tegen een prijs die ze kunnen betalen, of de organisatie helpt hen eraan.',
    fr: 'Les personnes disposent d’un appareil adapté et d’une connexion à un prix qu’elles peuvent payer, ou l’organisation les aide à en obtenir.',
    de: 'Die Menschen haben ein geeignetes Gerät und eine Verbindung zu einem Preis, den sie bezahlen können, oder die Organisation hilft ihnen dabei.',
    en: 'People have a suitable device and connection at a price they can afford, or the organisation helps them get one.',
  },
  cells: {
    employees: {
      levels: [
        {
          descriptor: {
            nl: 'Medewerkers zonder geschikt toestel of verbinding krijgen geen hulp.',
            fr: 'Les membres du personnel sans appareil adapté ni connexion ne reçoivent aucune aide.',
            de: 'Mitarbeitende ohne geeignetes Gerät oder Verbindung bekommen keine Hilfe.',
            en: 'Staff without a suitable device or connection get no help.',
          },
          examples: {
            nl: 'Loonbrieven staan alleen in een app, maar niet iedereen krijgt een toestel van het werk.',
            fr: 'Les fiches de paie ne sont disponibles que dans une application, mais tout le monde n’a pas d’appareil professionnel.',
            de: 'Lohnzettel gibt es nur in einer App, aber nicht alle bekommen ein Dienstgerät.',
            en: 'Payslips are only in an app, but not everyone has a work device.',
          },
        },
        {
          descriptor: {
            nl: 'Sommige medewerkers krijgen een toestel of verbinding als ze erom vragen, afhankelijk van hun leidinggevende.',
            fr: 'Certains membres du personnel reçoivent un appareil ou une connexion s’ils le demandent, selon leur responsable.',
            de: 'Manche Mitarbeitende bekommen auf Nachfrage ein Gerät oder eine Verbindung, je nach Führungskraft.',
            en: 'Some staff get a device or connection when they ask, depending on their manager.',
          },
          examples: {
            nl: 'Een oude laptop wordt uitgeleend aan een magazijnier voor een online opleiding.',
            fr: 'Un vieil ordinateur portable est prêté à un magasinier pour une formation en ligne.',
            de: 'Ein alter Laptop wird einem Lagerarbeiter für eine Online-Schulung geliehen.',
            en: 'An old laptop is lent to a warehouse worker for an online course.',
          },
        },
        {
          descriptor: {
            nl: 'Een schriftelijk beleid zegt welke medewerkers een toestel en een verbinding kunnen lenen of krijgen, en hoe.',
            fr: 'Une politique écrite précise quels membres du personnel peuvent emprunter ou recevoir un appareil et une connexion, et comment.',
            de: 'Eine schriftliche Richtlinie regelt, welche Mitarbeitenden ein Gerät und eine Verbindung leihen oder bekommen können, und wie.',
            en: 'A written policy says which staff can borrow or receive a device and a connection, and how.',
          },
          examples: {
            nl: 'Een uitleenpool met laptops en 4G-modems, en een pc in de refter voor wie thuis niets heeft.',
            fr: 'Des ordinateurs portables et des modems 4G à emprunter, et un PC au réfectoire pour les personnes qui n’ont rien à la maison.',
            de: 'Ein Leihpool mit Laptops und 4G-Modems und ein PC in der Kantine für alle, die zu Hause nichts haben.',
            en: 'A loan pool of laptops and 4G modems, and a PC in the canteen for anyone with nothing at home.',
          },
        },
        {
          descriptor: {
            nl: 'De organisatie weet hoeveel medewerkers het aanbod gebruiken en hoeveel nog geen toegang hebben, en volgt dat op.',
            fr: 'L’organisation sait combien de membres du personnel utilisent l’offre et combien n’ont toujours pas d’accès, et elle suit ces chiffres.',
            de: 'Die Organisation weiß, wie viele Mitarbeitende das Angebot nutzen und wie viele noch keinen Zugang haben, und verfolgt diese Zahlen.',
            en: 'The organisation knows how many staff use the offer and how many still lack access, and follows this up.',
          },
          examples: {
            nl: 'Een vraag over toegang in de jaarlijkse personeelsbevraging, naast de cijfers van de uitleendienst.',
            fr: 'Une question sur l’accès dans l’enquête annuelle auprès du personnel, à côté des chiffres de prêt.',
            de: 'Eine Frage zum Zugang in der jährlichen Mitarbeitendenbefragung, neben den Zahlen des Verleihs.',
            en: 'A question on access in the yearly staff survey, alongside the loan figures.',
          },
        },
        {
          descriptor: {
            nl: 'Medewerkers zonder toegang bepalen mee hoe het aanbod eruitziet, en het wordt elk jaar samen met hen verbeterd.',
            fr: 'Les membres du personnel sans accès participent à la conception de l’offre, qui est améliorée avec eux chaque année.',
            de: 'Mitarbeitende ohne Zugang gestalten das Angebot mit, und es wird jedes Jahr gemeinsam mit ihnen verbessert.',
            en: 'Staff without access help shape the offer, and it is improved with them every year.',
          },
          examples: {
            nl: 'Arbeiders zonder e-mailadres vroegen een gedeelde tablet in de pauzeruimte; die kwam er en wordt met hen geëvalueerd.',
            fr: 'Des ouvriers sans adresse e-mail ont demandé une tablette partagée en salle de pause ; elle a été installée et est évaluée avec eux.',
            de: 'Arbeiter ohne E-Mail-Adresse wünschten sich ein gemeinsames Tablet im Pausenraum; es wurde aufgestellt und wird mit ihnen bewertet.',
            en: 'Workers without an email address asked for a shared tablet in the break room; it was set up and is reviewed with them.',
          },
        },
      ],
    },
    customers: {
      levels: [
        {
          descriptor: {
            nl: 'De diensten van de organisatie gaan ervan uit dat elke klant een recent toestel, snel internet en het geld ervoor heeft.',
            fr: 'Les services de l’organisation partent du principe que chaque client a un appareil récent, une connexion Internet rapide et les moyens de les payer.',
            de: 'Die Dienste der Organisation setzen voraus, dass alle Kundinnen und Kunden ein neues Gerät, schnelles Internet und das Geld dafür haben.',
            en: 'The organisation’s services assume that every customer has a recent device, fast internet and the money to pay for them.',
          },
          examples: {
            nl: 'De app werkt alleen op de nieuwste smartphones.',
            fr: 'L’application ne fonctionne que sur les smartphones les plus récents.',
            de: 'Die App läuft nur auf den neuesten Smartphones.',
            en: 'The app only works on the newest smartphones.',
          },
        },
        {
          descriptor: {
            nl: 'Er bestaan goedkopere of lichtere opties, maar klanten horen er toevallig van.',
            fr: 'Des options moins chères ou plus légères existent, mais les clients les découvrent par hasard.',
            de: 'Es gibt günstigere oder sparsamere Optionen, aber die Kundschaft erfährt nur zufällig davon.',
            en: 'Cheaper or lighter options exist, but customers only hear about them by chance.',
          },
          examples: {
            nl: 'Een medewerker vertelt over het sociaal tarief als een klant ernaar vraagt.',
            fr: 'Un employé parle du tarif social quand un client pose la question.',
            de: 'Ein Mitarbeiter erwähnt den Sozialtarif, wenn ein Kunde danach fragt.',
            en: 'An employee mentions the social tariff when a customer asks about it.',
          },
        },
        {
          descriptor: {
            nl: 'Een schriftelijk beleid beschrijft de goedkopere of lichtere opties en zegt waar klanten erover lezen of horen.',
            fr: 'Une politique écrite décrit les options moins chères ou plus légères et précise où les clients en sont informés.',
            de: 'Eine schriftliche Richtlinie beschreibt die günstigeren oder sparsameren Optionen und legt fest, wo die Kundschaft davon erfährt.',
            en: 'A written policy describes the cheaper or lighter options and says where customers are told about them.',
          },
          examples: {
            nl: 'Het sociaal tarief staat op elke factuur; de website werkt ook op een oude gsm met weinig data.',
            fr: 'Le tarif social est expliqué sur chaque facture ; le site fonctionne aussi sur un vieux GSM avec peu de données.',
            de: 'Der Sozialtarif steht auf jeder Rechnung; die Website funktioniert auch auf einem alten Handy mit wenig Datenvolumen.',
            en: 'The social tariff is explained on every bill; the website also works on an old phone with little data.',
          },
        },
        {
          descriptor: {
            nl: 'De organisatie meet wie deze opties gebruikt en wie afhaakt door de kosten of het toestel.',
            fr: 'L’organisation mesure qui utilise ces options et qui abandonne à cause du coût ou de l’appareil.',
            de: 'Die Organisation misst, wer diese Optionen nutzt und wer wegen der Kosten oder des Geräts aufgibt.',
            en: 'The organisation measures who uses these options and who drops out because of cost or device.',
          },
          examples: {
            nl: 'Het aantal klanten met een sociaal tarief wordt opgevolgd, net als het gewicht van elke webpagina bij elke nieuwe versie.',
            fr: 'Le nombre de clients au tarif social est suivi, tout comme le poids de chaque page à chaque nouvelle version.',
            de: 'Die Zahl der Kundinnen und Kunden mit Sozialtarif wird verfolgt, ebenso das Gewicht jeder Seite bei jeder neuen Version.',
            en: 'The number of customers on the social tariff is tracked, as is the weight of every page at each new release.',
          },
        },
        {
          descriptor: {
            nl: 'Klanten met een laag inkomen of een oud toestel testen de opties, en het aanbod wordt samen met hen verbeterd.',
            fr: 'Des clients à faible revenu ou avec un vieil appareil testent les options, et l’offre est améliorée avec eux.',
            de: 'Kundinnen und Kunden mit geringem Einkommen oder altem Gerät testen die Optionen, und das Angebot wird mit ihnen verbessert.',
            en: 'Customers on a low income or with an old device test the options, and the offer is improved with them.',
          },
          examples: {
            nl: 'Met een dienst voor schuldbemiddeling werd de aanvraag van het sociaal tarief eenvoudiger gemaakt.',
            fr: 'Avec un service de médiation de dettes, la demande de tarif social a été simplifiée.',
            de: 'Gemeinsam mit einer Schuldnerberatung wurde der Antrag auf den Sozialtarif vereinfacht.',
            en: 'Together with a debt advice service, applying for the social tariff was made simpler.',
          },
        },
      ],
    },
    community: {
      levels: [
        {
          descriptor: {
            nl: 'De organisatie doet niets om mensen in de gemeenschap aan een toestel of verbinding te helpen.',
            fr: 'L’organisation ne fait rien pour aider les personnes de la collectivité à obtenir un appareil ou une connexion.',
            de: 'Die Organisation tut nichts, um Menschen in der Gemeinschaft zu einem Gerät oder einer Verbindung zu verhelfen.',
            en: 'The organisation does nothing to help people in the community get a device or connection.',
          },
          examples: {
            nl: 'Afgeschreven laptops worden vernietigd of verkocht.',
            fr: 'Les ordinateurs portables usagés sont détruits ou vendus.',
            de: 'Ausgemusterte Laptops werden vernichtet oder verkauft.',
            en: 'Old laptops are destroyed or sold.',
          },
        },
        {
          descriptor: {
            nl: 'Toestellen worden af en toe weggegeven, zonder plan.',
            fr: 'Des appareils sont parfois donnés, sans plan.',
            de: 'Geräte werden ab und zu verschenkt, ohne Plan.',
            en: 'Devices are given away now and then, with no plan.',
          },
          examples: {
            nl: 'Oude laptops gaan naar een school wanneer een directielid eraan denkt.',
            fr: 'De vieux ordinateurs vont à une école quand un membre de la direction y pense.',
            de: 'Alte Laptops gehen an eine Schule, wenn ein Mitglied der Leitung daran denkt.',
            en: 'Old laptops go to a school when someone in senior management happens to think of it.',
          },
        },
        {
          descriptor: {
            nl: 'Een schriftelijk beleid zegt dat gebruikte toestellen worden opgeknapt en geschonken, en met welke partners.',
            fr: 'Une politique écrite prévoit que les appareils usagés sont reconditionnés et donnés, et avec quels partenaires.',
            de: 'Eine schriftliche Richtlinie legt fest, dass gebrauchte Geräte aufbereitet und gespendet werden, und mit welchen Partnern.',
            en: 'A written policy says that used devices are refurbished and donated, and with which partners.',
          },
          examples: {
            nl: 'Een akkoord met een bedrijf uit de sociale economie dat elk toestel wist, herstelt en doorgeeft.',
            fr: 'Une convention avec une entreprise d’économie sociale qui efface, répare et redistribue chaque appareil.',
            de: 'Eine Vereinbarung mit einem Sozialbetrieb, der jedes Gerät löscht, repariert und weitergibt.',
            en: 'An agreement with a social enterprise that wipes, repairs and passes on every device.',
          },
        },
        {
          descriptor: {
            nl: 'De organisatie telt de geschonken toestellen en verbindingen en gaat na of ze gebruikt worden.',
            fr: 'L’organisation compte les appareils et connexions donnés et vérifie qu’ils sont utilisés.',
            de: 'Die Organisation zählt die gespendeten Geräte und Verbindungen und prüft, ob sie genutzt werden.',
            en: 'The organisation counts the devices and connections it donates and checks that they are used.',
          },
          examples: {
            nl: 'Tweehonderd laptops per jaar, met een opvolging bij de ontvangende vereniging na zes maanden.',
            fr: 'Deux cents ordinateurs par an, avec un suivi auprès de l’association bénéficiaire après six mois.',
            de: 'Zweihundert Laptops pro Jahr, mit einer Nachfrage beim empfangenden Verein nach sechs Monaten.',
            en: 'Two hundred laptops a year, with a follow-up at the receiving association after six months.',
          },
        },
        {
          descriptor: {
            nl: 'De mensen die de toestellen krijgen en de partners bepalen samen wat nodig is, en de regeling wordt daarop aangepast.',
            fr: 'Les personnes qui reçoivent les appareils et les partenaires définissent ensemble les besoins, et le dispositif est adapté en conséquence.',
            de: 'Die Menschen, die die Geräte bekommen, und die Partner legen gemeinsam fest, was gebraucht wird, und das Angebot wird entsprechend angepasst.',
            en: 'The people who receive the devices and the partners decide together what is needed, and the scheme is adapted to it.',
          },
          examples: {
            nl: 'Gezinnen vroegen een toestel mét verbinding en een eerste opleiding; dat zit nu in het pakket.',
            fr: 'Des familles ont demandé un appareil avec connexion et une première formation ; c’est désormais compris dans le kit.',
            de: 'Familien wünschten sich ein Gerät mit Verbindung und einer ersten Schulung; das ist jetzt im Paket enthalten.',
            en: 'Families asked for a device with a connection and a first training session; that is now part of the package.',
          },
        },
      ],
    },
  },
};
