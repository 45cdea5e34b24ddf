import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { DB } from '../../platform/db/schema.ts';
import { now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import { belgianDate } from '../../platform/i18n/format.ts';
import { LANGS, type Lang } from '../../platform/i18n/i18n.ts';
import { fail, ok, type Outcome } from '../../platform/outcome.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import { charterFor, versionByNumber } from '../charter/service.ts';
import { nextVersionProblems, publishNextVersion } from '../charter/service-next-version.ts';
import { openRenewals } from '../signing/service-renewal.ts';
import { draftFrom, type Draft, type DraftText } from './draft.ts';
import * as repo from './repository-vote.ts';
import { evaluationResult, type ProposalResult } from './service-result.ts';
import { invalid } from './service-vote.ts';

// The draft of the charter's next version, made from the accepted proposals, and its
// publication: the new version in force, and every signatory's executive asked to sign it.

export interface CharterDraft {
  evaluationId: string;
  baseVersion: number;
  accepted: ProposalResult[];
  /** The texts of the version the evaluation started from, in every language it has. */
  before: DraftText[];
  draft: Draft;
  published: { version: number; at: string } | null;
}

export type DraftAnswer = { kind: 'none' } | { kind: 'pending'; resultOn: string } | { kind: 'ready'; draft: CharterDraft };

/** The draft once the result is known: the version's texts with the accepted wording applied. */
export async function charterDraft(db: Kysely<DB>, today = belgianDate()): Promise<DraftAnswer> {
  const result = await evaluationResult(db, today);
  if (result.kind === 'none') return result;
  if (result.kind === 'pending') return { kind: 'pending', resultOn: result.resultOn };
  const version = await versionByNumber(db, result.charterVersion);
  if (!version) return { kind: 'none' };
  const charters = await Promise.all(LANGS.map((lang) => charterFor(db, version.id, lang)));
  // Only a language the version really has (charterFor falls back to another one).
  const before = charters.flatMap((c, i) => (c && c.lang === LANGS[i] ? [{ lang: c.lang, body: c.body }] : []));
  const accepted = result.proposals.filter((p) => p.result.outcome === 'accepted');
  return {
    kind: 'ready',
    draft: {
      evaluationId: result.evaluationId,
      baseVersion: result.charterVersion,
      accepted,
      before,
      draft: draftFrom(before, accepted),
      published:
        result.publishedVersion !== null ? { version: result.publishedVersion, at: result.publishedAt ?? '' } : null,
    },
  };
}

export const TEXT_PROBLEM = {
  noTitle: 'evaluation.draft.error.noTitle',
  commitmentCount: 'evaluation.draft.error.commitmentCount',
} as const;

export type PublishRefusal = 'notFound' | 'invalid';

export interface Published {
  version: number;
  sent: number;
  withoutAddress: number;
}

class AlreadyPublished extends Error {}

/**
 * Publishes the secretariat's texts (nl and fr authoritative, de and en translations) as the
 * next charter version, once, after the result: the version in force is superseded, and every
 * signatory gets a renewal to sign (signing's service-renewal.ts). One transaction: a failure
 * leaves neither a version nor a link.
 */
export async function publishDraft(
  deps: { db: Kysely<DB>; config: Config },
  principal: Principal,
  texts: Readonly<Record<Lang, string>>,
  today = belgianDate(),
): Promise<Outcome<Published, PublishRefusal>> {
  const answer = await charterDraft(deps.db, today);
  if (answer.kind === 'none') return fail('notFound');
  if (answer.kind === 'pending') return invalid({ _form: 'evaluation.draft.error.notYet' });
  const { draft } = answer;
  if (draft.published) return invalid({ _form: 'evaluation.draft.error.published' });
  const newTexts = LANGS.map((lang) => ({ lang, body: texts[lang] }));
  const problems = await nextVersionProblems(deps.db, newTexts);
  if (Object.keys(problems).length > 0) {
    return invalid(
      Object.fromEntries(Object.entries(problems).map(([lang, problem]) => [`body_${lang}`, TEXT_PROBLEM[problem]])),
    );
  }
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const at = now();
      const version = await publishNextVersion(trx, newTexts, { actor: principal.userId, at });
      if (!(await repo.markPublished(trx, draft.evaluationId, version.version, at))) throw new AlreadyPublished();
      const renewals = await openRenewals(trx, deps.config, {
        versionId: version.id,
        version: version.version,
        actor: { userId: principal.userId, name: principal.name, email: principal.email },
      });
      await audit(trx, {
        actor: principal.userId,
        action: 'evaluation.version_published',
        subjectType: 'evaluation',
        subjectId: draft.evaluationId,
        details: {
          version: version.version,
          accepted: draft.accepted.map((p) => p.id),
          applied: draft.draft.applied,
          conflicts: draft.draft.conflicts,
          linksSent: renewals.sent,
          withoutAddress: renewals.withoutAddress,
        },
      });
      return ok({ version: version.version, ...renewals });
    });
  } catch (error) {
    if (error instanceof AlreadyPublished) return invalid({ _form: 'evaluation.draft.error.published' });
    throw error;
  }
}
