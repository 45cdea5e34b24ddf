import { translator, type Lang } from '../../platform/i18n/i18n.ts';
import type { AlternateLink } from '../../platform/views/layout.tsx';
import type { ApiPractice } from './service-api.ts';
import { pageUrl, textFor } from './opendata.ts';

// The Atom feed of recently published practices (RFC 4287), in the reader's language where a
// practice has a text in it, otherwise in its original language, marked with xml:lang. Every
// text goes through xml(): titles and summaries are what authors typed.

export const FEED_SIZE = 30;

/** The feed as the library's pages name it in their head (Layout's `alternates`), for feed readers to find. */
export function feedAlternate(lang: Lang): AlternateLink {
  return { type: 'application/atom+xml', title: translator(lang)('practices.api.feed.title'), href: `/${lang}/practices.atom` };
}

/** Text for XML content and attributes; characters XML 1.0 forbids are dropped. */
export function xml(s: string): string {
  return s
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export function atomFeed(baseUrl: string, lang: Lang, practices: ApiPractice[]): string {
  const t = translator(lang);
  const self = `${baseUrl}/${lang}/practices.atom`;
  const updated = practices[0]?.practice.published_at ?? '2026-01-01T00:00:00.000Z';
  const entries = practices.map((p) => {
    const text = textFor(p, lang);
    const url = pageUrl(baseUrl, lang, p.practice.slug);
    const textLang = text?.lang ?? p.practice.original_lang;
    const at = p.practice.published_at ?? p.practice.updated_at;
    return [
      `  <entry xml:lang="${xml(textLang)}">`,
      `    <id>${xml(url)}</id>`,
      `    <title>${xml(text?.title ?? p.practice.slug)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(url)}"/>`,
      `    <published>${xml(at)}</published>`,
      `    <updated>${xml(p.practice.updated_at > at ? p.practice.updated_at : at)}</updated>`,
      `    <author><name>${xml(p.org?.legalName ?? t('practices.api.feed.unknownAuthor'))}</name></author>`,
      `    <summary>${xml(text?.summary ?? '')}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <id>${xml(self)}</id>`,
    `  <title>${xml(t('practices.api.feed.title'))}</title>`,
    `  <subtitle>${xml(t('practices.api.feed.subtitle'))}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(`${baseUrl}/${lang}/practices`)}"/>`,
    `  <updated>${xml(updated)}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
