import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { newId, now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import { LANGS, type Lang } from '../../platform/i18n/i18n.ts';
import { commitmentItems, titleOf, type VersionCommitment, type VersionText } from './content.ts';
import * as repo from './repository.ts';

// The charter's next version, made from new texts (the joint evaluation's accepted proposals,
// worded by the secretariat): checked, stored and put in force in the caller's transaction, so
// that whatever else the publication does (the re-signing links) stands or falls with it.

export interface NewText {
  lang: Lang;
  /** Markdown: a "# Title" heading and the commitments as the first numbered list. */
  body: string;
}

/** Why a text cannot become a version: no title heading, or not as many commitments as now. */
export type TextProblem = 'noTitle' | 'commitmentCount';

const AUTHORITATIVE: readonly Lang[] = ['nl', 'fr'];

function titleOrNull(body: string): string | null {
  try {
    return titleOf(body);
  } catch {
    return null;
  }
}

/** What is wrong with each text, compared with the version in force; empty when all is well. */
export async function nextVersionProblems(
  db: Kysely<DB> | Transaction<DB>,
  texts: readonly NewText[],
): Promise<Partial<Record<Lang, TextProblem>>> {
  const current = await repo.findVersionInForce(db);
  const problems: Partial<Record<Lang, TextProblem>> = {};
  for (const text of texts) {
    if (!titleOrNull(text.body)) {
      problems[text.lang] = 'noTitle';
      continue;
    }
    const now = current ? await repo.commitmentsOf(db, current.id, text.lang) : [];
    if (commitmentItems(text.body).length !== now.length) problems[text.lang] = 'commitmentCount';
  }
  return problems;
}

/**
 * Stores the texts as the next version and puts it in force; the version in force until now is
 * superseded (organisations that signed it keep it until they sign again). Each commitment keeps
 * its short title; its full text comes from the numbered list, as for version 1. Needs a text in
 * every language, checked first with nextVersionProblems.
 */
export async function publishNextVersion(
  trx: Transaction<DB>,
  texts: readonly NewText[],
  opts: { actor: string; at?: string },
): Promise<{ id: string; version: number }> {
  if (!LANGS.every((l) => texts.some((t) => t.lang === l))) throw new Error('a text in every language is needed');
  const current = await repo.findVersionInForce(trx);
  const at = opts.at ?? now();
  const contentTexts: VersionText[] = [];
  const commitments: VersionCommitment[] = [];
  for (const text of texts) {
    const title = titleOrNull(text.body);
    if (!title) throw new Error(`the ${text.lang} text has no title`);
    contentTexts.push({ lang: text.lang, title, body: text.body, isTranslation: !AUTHORITATIVE.includes(text.lang) });
    const before = current ? await repo.commitmentsOf(trx, current.id, text.lang) : [];
    commitmentItems(text.body).forEach((fullText, i) =>
      commitments.push({ number: i + 1, lang: text.lang, shortTitle: before[i]?.short_title ?? '', fullText }),
    );
  }
  const row = {
    id: newId(),
    version: (await repo.highestVersionNumber(trx)) + 1,
    status: 'draft' as const,
    published_at: null,
    created_at: at,
  };
  if (!(await repo.insertVersion(trx, row))) throw new Error(`charter version ${row.version} exists already`);
  await repo.insertMissingTexts(trx, row.id, contentTexts);
  await repo.insertMissingCommitments(trx, row.id, commitments);
  if (!(await repo.putDraftInForce(trx, row.id, at))) throw new Error('the new version could not be put in force');
  const superseded = await repo.supersedeInForce(trx, row.id);
  await audit(trx, {
    actor: opts.actor,
    action: 'charter_version.published',
    subjectType: 'charter_version',
    subjectId: row.id,
    details: { version: row.version, superseded, languages: texts.map((t) => t.lang) },
  });
  return { id: row.id, version: row.version };
}
