import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { newId } from '../../platform/db/sql.ts';
import { random, type Random } from '../../platform/random.ts';
import type { ScaleSignatory } from '../../platform/feature.ts';
import { isLang, type Lang } from '../../platform/i18n/i18n.ts';
import { slugFor } from '../organisations/service-registration.ts';
import { addToCount, missingTags } from './derived.ts';
import { indexPractices } from './search-index.ts';
import { PLACES, SCALE_WORDS, WHO } from './seed-words.ts';
import {
  AUDIENCES,
  COMMITMENTS,
  DIGCOMP_AREAS,
  fromBits,
  TAG_COLUMN,
  TAG_NAMES,
  TARGET_GROUPS,
  toBits,
  type Cause,
  type TagName,
} from './vocabulary.ts';

// `seed --scale N`'s practices: two published practices per new signatory, with the tag mixes
// real ones have (skills and access most often), texts in the organisation's language and a
// third of them in a second one, a few adoptions by other signatories of the batch. Written in
// bulk, one multi-row INSERT per table and chunk, with the tag rows, counts and search index
// the writes would have kept (derived.ts), so the library reads them as it reads real ones.

const DAY = 24 * 3600_000;
/** Stays well under both engines' limits on bound parameters per statement. */
const MAX_PARAMS = 20_000;

const CAUSE_WEIGHTS: [Cause, number][] = [
  ['skills', 35],
  ['access', 20],
  ['trust', 15],
  ['stress', 10],
  ['affordability', 10],
  ['non_digital', 10],
];

/** Up to `max` (at least `min`) different values of the list. */
function some<T>(rnd: Random, list: readonly T[], min: number, max: number): T[] {
  const n = min + rnd.int(max - min + 1);
  return [...new Set(Array.from({ length: n }, () => rnd.pick(list)))];
}

function weightedCause(rnd: Random): Cause {
  let r = rnd.next() * 100;
  for (const [c, w] of CAUSE_WEIGHTS) if ((r -= w) < 0) return c;
  return 'skills';
}

async function insertChunked<T extends keyof DB & string>(db: Kysely<DB>, table: T, rows: Insertable<DB[T]>[]) {
  if (rows.length === 0) return;
  const per = Math.max(1, Math.floor(MAX_PARAMS / Object.keys(rows[0]!).length));
  for (let i = 0; i < rows.length; i += per) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await db.insertInto(table).values(rows.slice(i, i + per) as any).execute();
  }
}

interface Batch {
  practices: Insertable<DB['practices']>[];
  practice_revisions: Insertable<DB['practice_revisions']>[];
  practice_texts: Insertable<DB['practice_texts']>[];
  practice_adoptions: Insertable<DB['practice_adoptions']>[];
  practice_tags: Insertable<DB['practice_tags']>[];
}

function text(rnd: Random, lang: Lang, cause: Cause) {
  const w = SCALE_WORDS[lang][cause];
  const fill = (s: string) => s.replace('{who}', rnd.pick(WHO[lang])).replace('{place}', rnd.pick(PLACES[lang]));
  return {
    title: fill(rnd.pick(w.titles)),
    summary: fill(rnd.pick(w.summaries)),
    body: fill(rnd.pick(w.bodies)),
    results: `${20 + rnd.int(480)}`,
  };
}

/** Plans one practice of `org`; `k` (0 or 1) tells its two practices apart. */
function plan(rnd: Random, org: ScaleSignatory, k: number, now: number, batch: Batch) {
  const id = newId();
  const revisionId = newId();
  const langs = org.languages.filter(isLang);
  const original: Lang = langs[0] ?? 'nl';
  const textLangs: Lang[] = [original];
  if (rnd.next() < 0.33) {
    const second = langs[1] ?? (original === 'nl' ? 'fr' : 'nl');
    if (second !== original) textLangs.push(second);
  }
  const first = weightedCause(rnd);
  const causes = rnd.next() < 0.4 ? [first, weightedCause(rnd)] : [first];
  const tags: Record<TagName, string[]> = {
    cause: [...new Set(causes)],
    group: some(rnd, TARGET_GROUPS, 1, 3),
    commitment: some(rnd, COMMITMENTS, 1, 2),
    audience: [rnd.pick(AUDIENCES)],
    digcomp: causes.includes('skills') ? some(rnd, DIGCOMP_AREAS, 0, 2) : [],
    region: org.regions,
    language: langs.length ? langs : [original],
  };
  const bits = Object.fromEntries(
    TAG_NAMES.map((t) => [TAG_COLUMN[t], toBits(t, tags[t] as never)]),
  ) as Record<(typeof TAG_COLUMN)[TagName], number>;
  const signed = Date.parse(org.signedAt);
  const publishedAt = new Date(Math.min(now - DAY, signed + (7 + rnd.int(400)) * DAY)).toISOString();
  const start = new Date(signed - rnd.int(300) * DAY).toISOString().slice(0, 10);
  const textBits = toBits('language', textLangs);
  const texts = textLangs.map((lang) => ({ lang, ...text(rnd, lang, first) }));
  batch.practices.push({
    id,
    // Twelve hex digits of the id: with eight, two of 200,000 practices that share a title
    // (the seed's titles are few) met often enough to stop a seeding on the slug's unique index.
    slug: `${slugFor(texts[0]!.title)}-${id.replace(/-/g, '').slice(0, 12)}`,
    org_id: org.id,
    status: 'published',
    original_lang: original,
    published_revision_id: revisionId,
    working_revision_id: null,
    ...bits,
    text_lang_bits: textBits,
    sector: org.sector,
    period_start: start,
    period_end: rnd.next() < 0.2 ? new Date(signed + rnd.int(500) * DAY).toISOString().slice(0, 10) : null,
    people_reached: rnd.next() < 0.7 ? 10 + rnd.int(2000) : null,
    adoption_count: 0,
    published_at: publishedAt,
    created_by: org.adminUserId,
    created_at: publishedAt,
    updated_at: publishedAt,
  });
  batch.practice_revisions.push({
    id: revisionId,
    practice_id: id,
    number: 1,
    status: 'published',
    ...bits,
    period_start: start,
    period_end: null,
    people_reached: null,
    contact_name: 'Contact',
    contact_email: `practices+${k}@${org.id.slice(0, 8)}.example`,
    created_by: org.adminUserId,
    created_at: publishedAt,
    updated_at: publishedAt,
    updated_by: org.adminUserId,
    submitted_at: publishedAt,
    submitted_by: org.adminUserId,
    reviewed_at: publishedAt,
    reviewed_by: null,
    review_comment: null,
    draft_data: null,
  });
  for (const { lang, ...written } of texts) {
    batch.practice_texts.push({
      revision_id: revisionId,
      lang,
      ...written,
      is_original: lang === original ? 1 : 0,
      origin: 'author',
      translated_from: null,
      updated_at: publishedAt,
    });
  }
  batch.practice_tags.push({ practice_id: id, facet: 'all', value: '', published_at: publishedAt });
  for (const t of TAG_NAMES) {
    for (const value of fromBits(t, bits[TAG_COLUMN[t]])) {
      batch.practice_tags.push({ practice_id: id, facet: t, value, published_at: publishedAt });
    }
  }
  batch.practice_tags.push({ practice_id: id, facet: 'sector', value: org.sector, published_at: publishedAt });
  for (const tag of missingTags(textBits)) batch.practice_tags.push({ practice_id: id, ...tag, published_at: publishedAt });
}

/** The manifest's `scale` hook: two published practices per signatory of the batch, indexed. */
export async function seedScalePractices(db: Kysely<DB>, orgs: readonly ScaleSignatory[]): Promise<void> {
  const signatories = orgs.filter((o) => o.adminUserId);
  if (signatories.length === 0) return;
  const rnd = random(signatories.length * 7919 + Date.parse(signatories[0]!.signedAt) / 1000);
  const batch: Batch = { practices: [], practice_revisions: [], practice_texts: [], practice_adoptions: [], practice_tags: [] };
  const now = Date.now();
  for (const org of signatories) for (const k of [0, 1]) plan(rnd, org, k, now, batch);
  // About one practice in ten adopted by one to three other signatories of the batch.
  for (const p of batch.practices) {
    if (rnd.next() >= 0.1 || signatories.length < 2) continue;
    const adopters = new Set(some(rnd, signatories, 1, 3).filter((o) => o.id !== p.org_id));
    for (const o of adopters) {
      batch.practice_adoptions.push({
        practice_id: p.id!,
        org_id: o.id,
        note: null,
        created_by: o.adminUserId,
        created_at: new Date(now - rnd.int(300) * DAY).toISOString(),
      });
    }
    p.adoption_count = adopters.size;
  }
  const counts = new Map<string, number>();
  for (const t of batch.practice_tags) counts.set(`${t.facet}\u0000${t.value}`, (counts.get(`${t.facet}\u0000${t.value}`) ?? 0) + 1);
  await db.transaction().execute(async (trx) => {
    await insertChunked(trx, 'practices', batch.practices);
    await insertChunked(trx, 'practice_revisions', batch.practice_revisions);
    await insertChunked(trx, 'practice_texts', batch.practice_texts);
    await insertChunked(trx, 'practice_adoptions', batch.practice_adoptions);
    await insertChunked(trx, 'practice_tags', batch.practice_tags);
    for (const [key, n] of counts) {
      const [facet, value] = key.split('\u0000') as [string, string];
      await addToCount(trx, facet, value, n);
    }
    await indexPractices(
      trx,
      batch.practices.map((p) => p.id!),
    );
  });
}
