// Weight budget: every page type, in every language, must stay small enough for an old phone on
// a slow connection. HTML under 14 KB gzipped (it then arrives in the first round trips), and the
// CSS + JS a page references under 30 KB gzipped together.
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { before, test } from 'node:test';
import { describeEachEngine } from '../support/harness.ts';
import { createUser, signedInClient } from '../support/accounts.ts';
import type { Client } from '../support/client.ts';
import { LANGS } from '../../src/platform/i18n/i18n.ts';

/**
 * Every page type, as a path after the language prefix. Add a line for each new page type.
 * `as: 'secretariat'` fetches the page signed in as a secretariat user; `status` is the status
 * the page must answer with (200 unless stated).
 */
export const PAGES: { path: string; status?: number; as?: 'secretariat' }[] = [
  { path: '' },
  { path: '/charter' },
  { path: '/signatories' },
  { path: '/sign' },
  { path: '/sign-in' },
  { path: '/sign-up' },
  { path: '/accessibility' },
  { path: '/privacy' },
  { path: '/contact' },
  { path: '/this-page-does-not-exist', status: 404 },
  { path: '/secretariat/gallery', as: 'secretariat' },
];

export const HTML_BUDGET = 14 * 1024;
export const ASSET_BUDGET = 30 * 1024;

const gzipped = (body: string | Buffer) => gzipSync(body).length;

/** The stylesheets and scripts a page loads: <link rel="stylesheet" href> and <script src>. */
export function assetUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (/\brel="stylesheet"/i.test(tag)) urls.add(tag.match(/\bhref="([^"]+)"/i)![1]!);
  }
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gi)) urls.add(m[1]!);
  return [...urls];
}

describeEachEngine('page weight', (t) => {
  let anonymous: Client;
  let secretariat: Client;
  const assetSize = new Map<string, number>();

  before(async () => {
    anonymous = t().client();
    secretariat = await signedInClient(t(), await createUser(t().db, { secretariat: true }));
  });

  async function assetsOf(client: Client, html: string): Promise<{ total: number; parts: string[] }> {
    let total = 0;
    const parts: string[] = [];
    for (const url of assetUrls(html)) {
      if (!assetSize.has(url)) {
        const res = await client.request('GET', url);
        assert.equal(res.status, 200, `${url} is served`);
        assetSize.set(url, gzipped(res.body));
      }
      total += assetSize.get(url)!;
      parts.push(`${url.split('/').pop()} ${assetSize.get(url)} B`);
    }
    return { total, parts };
  }

  for (const page of PAGES) {
    test(`${page.path || '/'}${page.as ? ` (${page.as})` : ''}: HTML < 14 KB and CSS + JS < 30 KB gzipped, in nl/fr/de/en`, async () => {
      const client = page.as === 'secretariat' ? secretariat : anonymous;
      const report: string[] = [];
      for (const lang of LANGS) {
        const url = `/${lang}${page.path}`;
        const res = await client.get(url);
        assert.equal(res.status, page.status ?? 200, `${url} answers ${page.status ?? 200} (got ${res.status})`);
        const html = gzipped(res.body);
        assert.ok(html < HTML_BUDGET, `${url}: HTML is ${html} bytes gzipped, over the ${HTML_BUDGET} budget`);
        const assets = await assetsOf(client, res.body);
        assert.ok(assets.parts.length >= 2, `${url} references its stylesheet and script`);
        assert.ok(
          assets.total < ASSET_BUDGET,
          `${url}: CSS + JS are ${assets.total} bytes gzipped (${assets.parts.join(', ')}), over ${ASSET_BUDGET}`,
        );
        report.push(`${url} ${html} B`);
      }
      if (process.env.WEIGHT_REPORT)
        console.log(
          `# html gzip: ${report.join(', ')}; assets: ${[...assetSize].map(([u, n]) => `${u.split('/').pop()} ${n} B`).join(', ')}`,
        );
    });
  }
});
