// `npm run bench -- commitments`: what signatories do all year (issue 8) at the scale seed. seed
// --scale adds twenty activities per signatory, so 100 signatories hold 2,000 activities and
// 10,000 hold 200,000: a hundred times the data. The space and the activity log are measured
// signed in as an administrator of one signatory (bench/server.ts), which the page cache never
// serves; the profile and a campaign's page as anonymous readers see them, cached and not (seed
// --scale adds a campaign per thousand signatories, supported by one in five). See bench/README.md.
import type { BenchMember, Scenario } from './lib.ts';
import type { PagesBench } from './pages.ts';
import { withUncached } from './pages.ts';

/** The first campaign the public list links to (seed --scale makes one per thousand signatories). */
async function firstCampaign(base: string): Promise<string> {
  const html = await (await fetch(`${base}/en/campaigns`)).text();
  const m = html.match(/href="(\/en\/campaigns\/[^".?]+)"/);
  if (!m) throw new Error('no campaign linked on /en/campaigns');
  return m[1]!;
}

async function paths(base: string, member: BenchMember | undefined): Promise<Scenario[]> {
  if (!member) throw new Error('the seeded database has no signatory with an administrator');
  const signedIn = { cookie: member.cookie };
  return [
    ['organisation space, nine commitments', `/en/organisations/${member.orgId}`, signedIn],
    ['activity log', `/en/organisations/${member.orgId}/activities`, signedIn],
    ...withUncached([
      ['public profile', `/en/signatories/${member.slug}`],
      ['campaign page', await firstCampaign(base)],
    ]),
  ];
}

export const COMMITMENTS: PagesBench = {
  title: 'Activities and the nine commitments',
  unit: 'twenty activities each',
  loadContents: '200,000 activities',
  signatories: {
    small: Number(process.env.BENCH_PAGES_SMALL ?? 100),
    large: Number(process.env.BENCH_PAGES_LARGE ?? 10_000),
  },
  paths,
};
