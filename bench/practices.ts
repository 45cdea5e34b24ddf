// `npm run bench -- practices`: the best-practice library (issue 6) at 2,000 versus 200,000
// practices (seed --scale 1,000 and 100,000: two per signatory) for the scale part, and at
// 200,000 practices with 10 connections for the load part. See bench/README.md.
import type { PagesBench } from './pages.ts';
import { withUncached } from './pages.ts';

const PAGES: [string, string][] = [
  ['library, first page', '/en/practices'],
  ['search « formation »', '/en/practices?q=formation'],
  ['facet: cause skills', '/en/practices?cause=skills'],
  ['search + facet', '/en/practices?q=formation&cause=skills'],
  ['three facets', '/en/practices?cause=skills&group=older&region=wallonia'],
];

export const PRACTICES: PagesBench = {
  title: 'Practices',
  unit: 'two practices each',
  loadContents: '200,000 practices',
  paths: async () => [...withUncached(PAGES), ['JSON API, 20 rows', '/api/v1/practices?limit=20']],
};
