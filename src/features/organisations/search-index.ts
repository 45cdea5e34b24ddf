import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { LANGS } from '../../platform/i18n/i18n.ts';
import { clearIndex, defineSearchIndex, upsertDocuments, type SearchDocument } from '../../platform/search/search.ts';

// The organisations' names and descriptions in the full-text index (ADR 0011), which the
// directory's name search reads. saveProfileDetails, the only way a name or a description
// changes, re-indexes the organisation in its transaction; the seeds index what they insert in
// bulk; a restore rebuilds the whole index.

export const ORGANISATIONS_INDEX = defineSearchIndex('organisations', LANGS);

type Db = Kysely<DB> | Transaction<DB>;

/** Indexes (again) the given organisations from what is stored now. */
export async function indexOrganisations(db: Db, orgIds: readonly string[]): Promise<void> {
  if (orgIds.length === 0) return;
  const [orgs, texts] = await Promise.all([
    db.selectFrom('organisations').select(['id', 'legal_name']).where('id', 'in', orgIds).execute(),
    db
      .selectFrom('organisation_descriptions')
      .select(['org_id', 'lang', 'text'])
      .where('org_id', 'in', orgIds)
      .execute(),
  ]);
  const docs = new Map<string, SearchDocument>(orgs.map((o) => [o.id, { id: o.id, title: o.legal_name, texts: {} }]));
  for (const t of texts) {
    const doc = docs.get(t.org_id);
    if (doc && (LANGS as readonly string[]).includes(t.lang)) doc.texts[t.lang as (typeof LANGS)[number]] = t.text;
  }
  await upsertDocuments(db, ORGANISATIONS_INDEX, [...docs.values()]);
}

/** Builds the index anew from every organisation (after a restore). */
export async function reindexAllOrganisations(db: Db): Promise<void> {
  await clearIndex(db, ORGANISATIONS_INDEX);
  const ids = (await db.selectFrom('organisations').select('id').orderBy('id').execute()).map((r) => r.id);
  for (let i = 0; i < ids.length; i += 500) await indexOrganisations(db, ids.slice(i, i + 500));
}
