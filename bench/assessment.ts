// `npm run bench -- assessment`: the self-assessment (issue 9) at the scale seed. seed --scale adds
// one submitted run per two signatories (two to six cells each), so 100 signatories hold 50 runs
// and 10,000 hold 5,000: a hundred times the data, and peer counts that grow with them. Every page
// here is the organisation's own, so the scenarios are signed in as the administrator of a
// signatory that has submitted a run (bench/server.ts); the page cache never serves them.
import type { BenchMember, Scenario } from './lib.ts';
import type { PagesBench } from './pages.ts';

/** The member's latest submitted run, as its overview links to it. */
async function latestRun(base: string, member: BenchMember): Promise<string> {
  const overview = `${base}/en/organisations/${member.orgId}/assessment`;
  const html = await (await fetch(overview, { headers: { cookie: member.cookie } })).text();
  const m = html.match(new RegExp(`href="(/en/organisations/${member.orgId}/assessment/runs/[0-9a-f-]{36})"`));
  if (!m) throw new Error(`no submitted run linked on ${overview}`);
  return m[1]!;
}

async function paths(base: string, member: BenchMember | undefined): Promise<Scenario[]> {
  if (!member) throw new Error('the seeded database has no signatory with an administrator');
  const signedIn = { cookie: member.cookie };
  const run = await latestRun(base, member);
  return [
    ['self-assessment overview', `/en/organisations/${member.orgId}/assessment`, signedIn],
    ['results, next steps and peer benchmark', run, signedIn],
    ['results as CSV', `${run}/results.csv`, signedIn],
  ];
}

export const ASSESSMENT: PagesBench = {
  title: 'Self-assessment',
  unit: 'one run per two signatories',
  loadContents: '5,000 submitted runs',
  signatories: {
    small: Number(process.env.BENCH_PAGES_SMALL ?? 100),
    large: Number(process.env.BENCH_PAGES_LARGE ?? 10_000),
  },
  paths,
};
