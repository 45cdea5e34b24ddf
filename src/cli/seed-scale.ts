import type { Lang } from '../platform/i18n/i18n.ts';
import type { Region, Sector, SizeBand } from '../features/organisations/vocabulary.ts';
import { describe, REVIEW_NOTES, WITHDRAWAL_REASONS, type DemoStatus } from './seed-data.ts';
import { NAME_PATTERNS, PLACES, WORDS } from './seed-words.ts';
import {
  enterpriseNumber,
  exampleDomain,
  executive,
  person,
  random,
  uniqueSlug,
  type CharterRef,
  type OrgPlan,
  type Random,
} from './seed-rows.ts';

// Plans the organisations for `seed --scale N`: realistic proportions of sectors, sizes,
// regions and languages, signing dates that grow over the years, a few withdrawals, a few
// applications under way, and some signatories invited by earlier ones (commitment 5).

const DAY = 24 * 3600_000;
const FIRST_SIGNING = Date.parse('2021-03-01T09:00:00Z');

const weighted = <T>(rnd: Random, options: readonly (readonly [T, number])[]): T => {
  let r = rnd.next() * options.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, w] of options) if ((r -= w) < 0) return value;
  return options[options.length - 1]![0];
};

const SECTOR_WEIGHTS = [
  ['private', 40],
  ['public', 25],
  ['nonprofit', 35],
] as const;
const SIZE_WEIGHTS = [
  ['micro', 25],
  ['small', 35],
  ['medium', 25],
  ['large', 15],
] as const;
/** Indexes into PLACES, weighted roughly by where organisations are; -1 is national. */
const PLACE_WEIGHTS = [
  [0, 46],
  [1, 26],
  [2, 9],
  [3, 7],
  [4, 5],
  [-1, 7],
] as const;
const PENDING: DemoStatus[] = ['awaiting_executive', 'awaiting_review', 'info_requested', 'rejected', 'declined'];

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * Names without repeats: per (place, sector) a counter walks every pattern × word × city
 * combination in a scrambled order before any name comes back with a number.
 */
function nameMaker(offset: number) {
  const counters = new Map<string, number>();
  return (place: number, sector: Sector): { name: string; city: string } => {
    const { lang, cities } = PLACES[place]!;
    const patterns = NAME_PATTERNS[lang][sector];
    const words = WORDS[lang][sector];
    const total = patterns.length * words.length * cities.length;
    const key = `${place}:${sector}`;
    const k = (counters.get(key) ?? offset) + 1;
    counters.set(key, k);
    let stride = 7919;
    while (gcd(stride, total) !== 1) stride += 2;
    const c = (k * stride) % total;
    const city = cities[c % cities.length]!;
    const word = words[Math.floor(c / cities.length) % words.length]!;
    const pattern = patterns[Math.floor(c / (cities.length * words.length))]!;
    const round = Math.floor(k / total);
    const name = pattern.replace('{w}', word).replace('{c}', city);
    return { name: round > 0 ? `${name} ${round + 1}` : name, city };
  };
}

function placeOf(rnd: Random, place: number): { place: number; regions: Region[]; languages: Lang[] } {
  if (place === -1) {
    // A national organisation: active in the three regions, working in several languages.
    const home = rnd.chance(0.55) ? 0 : 1;
    const regions: Region[] = ['brussels', 'flanders', 'wallonia'];
    if (rnd.chance(0.3)) regions.push('german_community');
    const languages: Lang[] = home === 0 ? ['nl', 'fr'] : ['fr', 'nl'];
    if (rnd.chance(0.3)) languages.push('de');
    if (rnd.chance(0.5)) languages.push('en');
    return { place: home, regions, languages };
  }
  const { lang, region } = PLACES[place]!;
  const regions: Region[] = [region];
  const languages: Lang[] = [lang];
  if (region === 'brussels') {
    languages.push(lang === 'nl' ? 'fr' : 'nl');
  } else if (region === 'german_community') {
    if (rnd.chance(0.5)) regions.push('wallonia');
    if (rnd.chance(0.6)) languages.push('fr');
  } else if (rnd.chance(0.15)) {
    regions.push('brussels');
  }
  if (rnd.chance(0.1)) languages.push('en');
  return { place, regions, languages };
}

export interface ScalePlan {
  plan: OrgPlan;
  /** Index (in the returned list) of an earlier signatory that invited this one. */
  inviterIndex: number | null;
}

export function planScaleOrganisations(
  n: number,
  opts: { firstEight: number; taken: Set<string>; offset: number; charter: CharterRef },
): ScalePlan[] {
  const rnd = random(opts.firstEight * 31 + n);
  const withdrawn = Math.round(n * 0.03);
  const pending = Math.max(PENDING.length, Math.round(n * 0.02));
  const publicCount = n + withdrawn;
  // Exactly n signatories and `withdrawn` withdrawals, shuffled.
  const statuses: DemoStatus[] = [
    ...Array<DemoStatus>(n).fill('signatory'),
    ...Array<DemoStatus>(withdrawn).fill('withdrawn'),
  ];
  for (let i = statuses.length - 1; i > 0; i--) {
    const j = rnd.int(i + 1);
    [statuses[i], statuses[j]] = [statuses[j]!, statuses[i]!];
  }
  // More organisations sign each year: dates drawn with a rising density, then put in order.
  const lastSigning = Date.now() - 30 * DAY;
  const dates = Array.from(
    { length: publicCount },
    () => FIRST_SIGNING + (lastSigning - FIRST_SIGNING) * Math.sqrt(rnd.next()),
  ).sort((a, b) => a - b);
  const makeName = nameMaker(opts.offset);
  const plans: ScalePlan[] = [];
  let firstEight = opts.firstEight;

  for (let i = 0; i < publicCount + pending; i++) {
    const isPublic = i < publicCount;
    const status = isPublic ? statuses[i]! : PENDING[(i - publicCount) % PENDING.length]!;
    const sector = weighted<Sector>(rnd, SECTOR_WEIGHTS);
    const size = weighted<SizeBand>(rnd, SIZE_WEIGHTS);
    const where = placeOf(rnd, weighted<number>(rnd, PLACE_WEIGHTS));
    const { name, city } = makeName(where.place, sector);
    const number = enterpriseNumber(firstEight++);
    const slug = uniqueSlug(name, number, opts.taken);
    const domain = exampleDomain(slug);
    const lang = where.languages[0]!;
    const described: Lang[] = rnd.chance(0.05) ? [] : rnd.chance(0.95) ? [lang] : [];
    for (const other of where.languages.slice(1)) if (rnd.chance(0.35)) described.push(other);
    const focus = rnd.int(8);
    const appliedMs = isPublic ? dates[i]! - (5 + rnd.int(20)) * DAY : Date.now() - (2 + rnd.int(26)) * DAY;
    const applied = new Date(appliedMs).toISOString();
    plans.push({
      inviterIndex: isPublic && i > 10 && rnd.chance(0.15) ? rnd.int(Math.floor(i * 0.9)) : null,
      plan: {
        name,
        slug,
        enterpriseNumber: number,
        sector,
        size,
        regions: where.regions,
        languages: where.languages,
        descriptions: described.map((l, v) => ({ lang: l, text: describe(l, name, city, focus, i + v) })),
        website: rnd.chance(0.7) ? `https://www.${domain}` : null,
        status,
        appliedAt: applied,
        signDelayDays: 1 + rnd.int(14),
        decideDelayDays: 1 + rnd.int(7),
        withdrawnAt: status === 'withdrawn' ? new Date(appliedMs + (60 + rnd.int(600)) * DAY).toISOString() : undefined,
        withdrawalReason: status === 'withdrawn' ? rnd.pick(WITHDRAWAL_REASONS[lang]) : undefined,
        invitedById: null,
        applicant: { ...person(rnd, lang, domain), email: `contact@${domain}` },
        executive: executive(rnd, lang, domain),
        decidedBy: null,
        reviewNote:
          status === 'rejected'
            ? REVIEW_NOTES[lang].rejected
            : status === 'info_requested'
              ? REVIEW_NOTES[lang].info
              : undefined,
      },
    });
  }
  return plans;
}
