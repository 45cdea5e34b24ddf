// `npm run bench -- reports`: the consolidated reports (issue 10) at the scale seed. seed --scale
// adds reports in proportion to the signatories (the reports feature's `scale` hook, with the
// cycles, statuses and totals the writes keep), so the small database (100 signatories) and the
// large one (10,000) differ a hundredfold in reports, while the consolidated pages read only the
// kept totals: a handful of rows a year, whatever the number of reports. Public pages, read as an
// anonymous reader; the consolidated pages do not use the page cache, so every request renders.
// The other reporting scenarios the issue names (the directory filtered by reporting status, a
// profile with reports) belong to the features that show them and can be added to this list.
import type { Scenario } from './lib.ts';
import type { PagesBench } from './pages.ts';

/** The newest year the list of reports links to, and the oldest of the last three. */
async function reportYears(base: string): Promise<{ newest: number; from: number }> {
  const html = await (await fetch(`${base}/en/reports`)).text();
  const years = [...html.matchAll(/href="\/en\/reports\/(\d{4})"/g)].map((m) => Number(m[1]));
  if (years.length === 0) throw new Error('no reporting year linked on /en/reports: does seed --scale add cycles?');
  const newest = Math.max(...years);
  return { newest, from: Math.max(Math.min(...years), newest - 2) };
}

async function paths(base: string): Promise<Scenario[]> {
  const { newest, from } = await reportYears(base);
  const period: Scenario[] = from < newest ? [['report over three years', `/en/reports/${from}-${newest}`]] : [];
  return [
    ['reporting years', '/en/reports'],
    ['consolidated report of a year', `/en/reports/${newest}`],
    ...period,
    ['consolidated report as XLSX', `/en/reports/${newest}.xlsx`],
    ['consolidated figures API', `/api/v1/consolidated-reports/${newest}`],
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
