// `npm run bench -- reports`: the consolidated reports (issue 10) at the scale seed. seed --scale
// adds reports in proportion to the signatories (the reports feature's `scale` hook, with the
// cycles, statuses and totals the writes keep), so the small database (100 signatories) and the
// large one (10,000) differ a hundredfold in reports, while the consolidated pages read only the
// kept totals: a handful of rows a year, whatever the number of reports. Public pages, read as an
// anonymous reader; the consolidated pages do not use the page cache, so every request renders.
// The directory filtered by reporting status reads the organisations' kept status columns and
// counts (migration 0041); a profile with reports reads its statuses by primary key. Both are
// measured through the page cache and, as a changed status leaves them, not cached.
import type { Scenario } from './lib.ts';
import { withUncached, type PagesBench } from './pages.ts';

/** The newest year the list of reports links to, and the oldest of the last three. */
async function reportYears(base: string): Promise<{ newest: number; from: number }> {
  const html = await (await fetch(`${base}/en/reports`)).text();
  const years = [...html.matchAll(/href="\/en\/reports\/(\d{4})"/g)].map((m) => Number(m[1]));
  if (years.length === 0) throw new Error('no reporting year linked on /en/reports: does seed --scale add cycles?');
  const newest = Math.max(...years);
  return { newest, from: Math.max(Math.min(...years), newest - 2) };
}

/** A signatory with a public report, from the open data list of reports. */
async function reportingSlug(base: string): Promise<string> {
  const page = (await (await fetch(`${base}/api/v1/reports?limit=1`)).json()) as { items: { organisation: { slug: string } }[] };
  const slug = page.items[0]?.organisation.slug;
  if (!slug) throw new Error('no public report in /api/v1/reports: does seed --scale add reports?');
  return slug;
}

async function paths(base: string): Promise<Scenario[]> {
  const { newest, from } = await reportYears(base);
  const slug = await reportingSlug(base);
  const period: Scenario[] = from < newest ? [['report over three years', `/en/reports/${from}-${newest}`]] : [];
  return [
    ['reporting years', '/en/reports'],
    ['consolidated report of a year', `/en/reports/${newest}`],
    ...period,
    ['consolidated report as XLSX', `/en/reports/${newest}.xlsx`],
    ['consolidated figures API', `/api/v1/consolidated-reports/${newest}`],
    ...withUncached([
      ['directory filtered by reporting status', '/en/signatories?reporting=reported'],
      ['profile with reports', `/en/signatories/${slug}`],
    ]),
  ];
}

export const REPORTS: PagesBench = {
  title: 'Consolidated reports',
  unit: 'reports in proportion',
  loadContents: 'the reports of 10,000 signatories',
  signatories: {
    small: Number(process.env.BENCH_PAGES_SMALL ?? 100),
    large: Number(process.env.BENCH_PAGES_LARGE ?? 10_000),
  },
  paths,
};
