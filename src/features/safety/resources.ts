import type { Lang } from '../../platform/i18n/i18n.ts';

// The national resources the safety page points to, with their public addresses in each of our
// languages where the site has one, as the sites themselves give them. They are plain links: the
// page itself loads nothing from these sites.

/** Safeonweb, the Centre for Cybersecurity Belgium's site for citizens. */
export const SAFEONWEB: Record<Lang, string> = {
  nl: 'https://safeonweb.be/nl',
  fr: 'https://safeonweb.be/fr',
  de: 'https://safeonweb.be/de',
  en: 'https://safeonweb.be/en',
};

/** Safeonweb@work, the same centre's site for organisations (its English pages have no prefix). */
export const SAFEONWEB_AT_WORK: Record<Lang, string> = {
  nl: 'https://atwork.safeonweb.be/nl',
  fr: 'https://atwork.safeonweb.be/fr',
  de: 'https://atwork.safeonweb.be/de',
  en: 'https://atwork.safeonweb.be',
};

/**
 * Where to forward a suspicious message. One service of the centre with an address in each
 * language, as Safeonweb gives it on its own pages in that language.
 */
export const SUSPICIOUS_ADDRESS: Record<Lang, string> = {
  nl: 'verdacht@safeonweb.be',
  fr: 'suspect@safeonweb.be',
  de: 'suspekt@safeonweb.be',
  en: 'suspicious@safeonweb.be',
};

/**
 * The FPS Economy's reporting point for fraud and scams, one site under a Dutch and a French
 * name; it offers every language itself, so German and English readers get its root.
 */
export const REPORTING_POINT: Record<Lang, string> = {
  nl: 'https://meldpunt.belgie.be',
  fr: 'https://pointdecontact.belgique.be',
  de: 'https://pointdecontact.belgique.be',
  en: 'https://meldpunt.belgie.be',
};

/** The police, for a complaint; 101 is the police's emergency number. */
export const POLICE = { site: 'https://www.police.be', emergency: '101' } as const;

/** Card Stop blocks bank cards day and night (the number without surcharge since 2022). */
export const CARD_STOP = { site: 'https://www.cardstop.be', number: '078 170 170', tel: '+3278170170' } as const;
