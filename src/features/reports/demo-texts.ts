// What the demo's organisations write in their reports, in their own language: short narratives
// of what worked and what was hard, reused across commitments and organisations.

export const WORKED: Record<string, readonly string[]> = {
  nl: [
    'Onze vrijwilligers gaven elke week een open spreekuur in de bibliotheek. Mensen kwamen terug en brachten anderen mee.',
    'De opleiding voor ons onthaalpersoneel werkte goed: ze helpen klanten nu zelf met de app.',
    'Samen met twee andere organisaties hebben we een folder in eenvoudige taal gemaakt.',
  ],
  fr: [
    'Nos bénévoles ont tenu une permanence chaque semaine à la bibliothèque. Les gens sont revenus avec des proches.',
    'La formation de notre personnel d’accueil a bien fonctionné : il aide maintenant lui-même les clients avec l’application.',
    'Avec deux autres organisations, nous avons rédigé un dépliant en langage clair.',
  ],
  de: [
    'Unsere Ehrenamtlichen boten jede Woche eine offene Sprechstunde in der Bibliothek an. Viele kamen wieder und brachten andere mit.',
    'Die Schulung unseres Empfangspersonals hat sich bewährt: Es hilft Kundinnen und Kunden jetzt selbst mit der App.',
    'Mit zwei anderen Organisationen haben wir ein Faltblatt in einfacher Sprache erstellt.',
  ],
  en: [
    'Our volunteers held an open help desk every week in the library. People came back and brought others with them.',
    'Training our front-desk staff worked well: they now help customers with the app themselves.',
    'With two other organisations we wrote a leaflet in plain language.',
  ],
};

export const HARD: Record<string, readonly string[]> = {
  nl: [
    'Het was moeilijk om mensen te bereiken die niet online zijn: affiches werkten beter dan mails.',
    'We hadden te weinig toestellen om uit te lenen.',
    '',
  ],
  fr: [
    'Il a été difficile de toucher les personnes qui ne sont pas en ligne : les affiches ont mieux marché que les e-mails.',
    'Nous n’avions pas assez d’appareils à prêter.',
    '',
  ],
  de: [
    'Es war schwer, Menschen zu erreichen, die nicht online sind: Plakate wirkten besser als E-Mails.',
    'Wir hatten zu wenige Geräte zum Ausleihen.',
    '',
  ],
  en: [
    'It was hard to reach people who are not online: posters worked better than e-mails.',
    'We did not have enough devices to lend.',
    '',
  ],
};

export const TARGET_INDICATOR: Record<string, string> = {
  nl: 'Mensen die een opleiding volgden',
  fr: 'Personnes formées',
  de: 'Geschulte Personen',
  en: 'People trained',
};

/** An amendment's reason, which is also the sentence it adds. */
export const AMENDMENT_REASON: Record<string, string> = {
  nl: 'We vergaten eerst de sessies in het woonzorgcentrum te vermelden.',
  fr: 'Nous avions d’abord oublié les séances à la maison de repos.',
  de: 'Wir hatten zuerst die Sitzungen im Seniorenheim vergessen.',
  en: 'We first forgot to mention the sessions at the care home.',
};
