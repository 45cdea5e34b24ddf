import type { Lang, Translate } from '../../platform/i18n/i18n.ts';

// The badge a signatory can put on its own website: a small SVG with the organisation's
// name, the words "Signatory of the Charter for Digital Inclusion" and the year it signed.

export const BADGE_WIDTH = 420;
export const BADGE_HEIGHT = 64;
const NAME_MAX = 42;
/** Rough widths per character at 13 px (bold, regular); text that would be wider is squeezed to fit. */
const BOLD_CHAR = 7.8;
const REGULAR_CHAR = 7;
const TEXT_X = 56;
const TEXT_ROOM = BADGE_WIDTH - TEXT_X - 12;

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max
    ? `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : text;
}

function fit(text: string, charWidth: number): string {
  return [...text].length * charWidth > TEXT_ROOM ? ` textLength="${TEXT_ROOM}" lengthAdjust="spacingAndGlyphs"` : '';
}

export function badgeSvg(t: Translate, lang: Lang, org: { name: string; year: number }): string {
  const title = t('signatories.badge.title');
  const name = shorten(org.name, NAME_MAX);
  const second = t('signatories.badge.since', { name, year: String(org.year) });
  const label = t('signatories.badge.label', {
    title,
    since: t('signatories.badge.since', { name: org.name, year: String(org.year) }),
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${BADGE_WIDTH}" height="${BADGE_HEIGHT}" viewBox="0 0 ${BADGE_WIDTH} ${BADGE_HEIGHT}" role="img" aria-label="${escapeXml(label)}" lang="${lang}">`,
    `<title>${escapeXml(label)}</title>`,
    `<rect width="${BADGE_WIDTH}" height="${BADGE_HEIGHT}" rx="6" fill="#1b3a6b"/>`,
    `<rect x="2" y="2" width="${BADGE_WIDTH - 4}" height="${BADGE_HEIGHT - 4}" rx="5" fill="none" stroke="#ffffff" stroke-opacity="0.35"/>`,
    `<circle cx="28" cy="32" r="17" fill="#ffffff"/>`,
    `<path d="M19 32.5l6 6 12-13" fill="none" stroke="#1b3a6b" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/>`,
    `<g font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" fill="#ffffff">`,
    `<text x="${TEXT_X}" y="27" font-size="13" font-weight="700"${fit(title, BOLD_CHAR)}>${escapeXml(title)}</text>`,
    `<text x="${TEXT_X}" y="47" font-size="13"${fit(second, REGULAR_CHAR)}>${escapeXml(second)}</text>`,
    `</g>`,
    `</svg>`,
  ].join('');
}

/** The HTML a signatory pastes into its website: the badge, linked to its public profile. */
export function badgeEmbedCode(t: Translate, baseUrl: string, lang: Lang, org: { slug: string; name: string }): string {
  const slug = encodeURIComponent(org.slug);
  const alt = t('signatories.badge.alt', { name: org.name });
  return (
    `<a href="${escapeXml(`${baseUrl}/${lang}/signatories/${slug}`)}">` +
    `<img src="${escapeXml(`${baseUrl}/badge/${slug}.svg?lang=${lang}`)}" width="${BADGE_WIDTH}" height="${BADGE_HEIGHT}" alt="${escapeXml(alt)}">` +
    `</a>`
  );
}
