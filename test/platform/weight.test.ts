// Weight budget: every page, in every language, must stay small enough for an old phone on
// a slow connection. HTML under 14 KB gzipped (it then arrives in the first round trips), and the
// CSS + JS a page references under 30 KB gzipped together.
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { before, test } from 'node:test';
import { describeEachEngine } from '../support/harness.ts';
import { demoSite, type DemoSite } from '../support/demo-pages.ts';
import { LANGS } from '../../src/platform/i18n/i18n.ts';

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
  let site: DemoSite;
  const assetSize = new Map<string, number>();

  before(async () => {
    site = await demoSite(t());
  });

  async function assetsOf(html: string): Promise<{ total: number; parts: string[] }> {
    let total = 0;
    const parts: string[] = [];
    for (const url of assetUrls(html)) {
      if (!assetSize.has(url)) {
        const res = await t().app.inject({ method: 'GET', url });
        assert.equal(res.statusCode, 200, `${url} is served`);
        assetSize.set(url, gzipped(res.rawPayload));
      }
      total += assetSize.get(url)!;
      parts.push(`${url.split('/').pop()} ${assetSize.get(url)} B`);
    }
    return { total, parts };
  }

  /** Problems with one page: its HTML and the CSS + JS it loads against the budgets. */
  async function weigh(url: string, cookies: Record<string, string>, status: number): Promise<string[]> {
    const res = await t().app.inject({ method: 'GET', url, cookies });
    if (res.statusCode !== status) return [`${url} answers ${res.statusCode}, not ${status}`];
    const problems: string[] = [];
    const html = gzipped(res.rawPayload);
    if (html >= HTML_BUDGET) problems.push(`${url}: HTML is ${html} bytes gzipped, over the ${HTML_BUDGET} budget`);
    const assets = await assetsOf(res.body);
    if (assets.parts.length < 2) problems.push(`${url} does not reference its stylesheet and script`);
    if (assets.total >= ASSET_BUDGET)
      problems.push(
        `${url}: CSS + JS are ${assets.total} bytes gzipped (${assets.parts.join(', ')}), over ${ASSET_BUDGET}`,
      );
    if (process.env.WEIGHT_REPORT) console.log(`# ${url}: html ${html} B gzip, css+js ${assets.total} B gzip`);
    return problems;
  }

  test('every page, in nl/fr/de/en, as the demo account that may open it: HTML < 14 KB, CSS + JS < 30 KB gzipped', async () => {
    const problems = site.unreachable.map((route) => `${route}: no demo account can open it`);
    for (const { who, path, status, cookies: extra } of site.pages) {
      const cookies: Record<string, string> = {
        ...(who === 'anonymous' ? {} : { [site.cookieName]: site.sessions[who] }),
        ...extra,
      };
      for (const lang of LANGS) problems.push(...(await weigh(path(lang), cookies, status)));
    }
    assert.ok(site.pages.length >= 30, `the walk found only ${site.pages.length} pages`);
    assert.deepEqual(problems, []);
  });

  test('the "page not found" page, in nl/fr/de/en', async () => {
    const problems: string[] = [];
    for (const lang of LANGS) problems.push(...(await weigh(`/${lang}/this-page-does-not-exist`, {}, 404)));
    assert.deepEqual(problems, []);
  });
});
