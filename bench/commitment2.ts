// `npm run bench -- commitment2`: the obstacle register and the joint actions (issue 7) at the
// scale seed. seed --scale adds one obstacle per four signatories and one action per eight, so
// the small database (1,000 signatories) holds 250 obstacles and 125 actions and the large one
// (100,000) 25,000 and 12,500: a hundred times the data. See bench/README.md.
import { nextPage } from './lib.ts';
import type { PagesBench } from './pages.ts';
import { withUncached } from './pages.ts';

/** The first link to one item on a list page: `/en/obstacles/<slug>` or `/en/actions/<slug>`. */
async function firstItem(base: string, list: string): Promise<string> {
  const html = await (await fetch(base + list)).text();
  const m = html.match(new RegExp(`href="(${list}/[^"?]+)"`));
  if (!m) throw new Error(`no item linked on ${list}`);
  return m[1]!;
}

async function paths(base: string): Promise<[string, string][]> {
  const [obstaclePage3, actionPage3] = await Promise.all([
    nextPage(base, '/en/obstacles').then((p) => nextPage(base, p)),
    nextPage(base, '/en/actions').then((p) => nextPage(base, p)),
  ]);
  return [
    ...withUncached([
      ['obstacles, most seen', '/en/obstacles'],
      ['obstacles, search « form »', '/en/obstacles?q=form'],
      ['obstacles, cause + region', '/en/obstacles?cause=skills&region=wallonia'],
      ['obstacles, page 3 (cursor)', obstaclePage3],
    ]),
    ['obstacle page', await firstItem(base, '/en/obstacles')],
    ['obstacles API, 20 rows', '/api/v1/obstacles?limit=20'],
    ...withUncached([
      ['actions, first page', '/en/actions'],
      ['actions, status + region', '/en/actions?status=under_way&region=brussels'],
      ['actions, page 3 (cursor)', actionPage3],
    ]),
    ['action page', await firstItem(base, '/en/actions')],
    ['actions API, 20 rows', '/api/v1/actions?limit=20'],
  ];
}

export const COMMITMENT2: PagesBench = {
  title: 'Obstacles and actions',
  unit: 'an obstacle per 4, an action per 8',
  loadContents: '25,000 obstacles and 12,500 actions',
  paths,
};
