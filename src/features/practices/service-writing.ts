import { audit } from '../../platform/audit/audit.ts';
import { newId, now } from '../../platform/db/sql.ts';
import { isLang, type Lang } from '../../platform/i18n/i18n.ts';
import { fail, ok } from '../../platform/outcome.ts';
import { lockPractice, roleIn } from './access.ts';
import { conflict, invalidField, type Outcome, type PracticeDeps, type Trx } from './outcome.ts';
import * as repo from './repository.ts';
import { PRACTICE_FIELDS } from './pages/edit/schema.ts';
import { MAX_ATTACHMENTS } from './attachments.ts';
import { TAG_NAMES, toBits, type TagName, type TagValue } from './vocabulary.ts';

// Writing a practice: members of a signatory save drafts and checked versions, add translations.
// Everything written goes into the practice's working revision (draft or returned); a published
// practice gets a new working revision, a copy of the published one, so the published content
// stays in the library until the secretariat publishes the new revision (service-review.ts).

/** One language's text of a practice. */
export interface TextInput {
  lang: Lang;
  title: string;
  summary: string;
  body: string;
  results?: string | undefined;
}

/** A checked practice form (pages/edit/schema.ts), as the service takes it. */
export interface PracticeInput extends TextInput {
  tags: { [T in TagName]: TagValue<T>[] };
  periodStart: string;
  periodEnd?: string | undefined;
  peopleReached: number | null;
  links: { url: string; label: string }[];
  contactName: string;
  contactEmail: string;
}

export type DraftValues = Record<string, string | string[]>;

const FIELDS = new Set(PRACTICE_FIELDS);

/** Keeps only the form's own fields, each at a sane length, so a draft cannot grow without end. */
export function draftValues(values: Record<string, unknown>): DraftValues {
  const kept: DraftValues = {};
  for (const [key, value] of Object.entries(values)) {
    if (!FIELDS.has(key)) continue;
    if (typeof value === 'string') kept[key] = value.slice(0, key === 'body' ? 25_000 : 5_000);
    else if (Array.isArray(value)) {
      kept[key] = value
        .filter((v): v is string => typeof v === 'string')
        .slice(0, 20)
        .map((v) => v.slice(0, 100));
    }
  }
  return kept;
}

/** A draft as stored, read back; anything that is not the form's shape is dropped. */
export function parseDraft(data: string | null): DraftValues | null {
  if (!data) return null;
  try {
    const parsed = JSON.parse(data) as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? draftValues(parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

export type Save = ({ kind: 'checked'; input: PracticeInput } | { kind: 'draft'; values: DraftValues; lang: Lang }) & {
  /** Files to attach (already checked and stored) and attached files to take off. */
  files?: { add?: repo.AttachmentRow | null; remove?: readonly string[] };
};

const practiceSubject = (id: string) => ({ subjectType: 'practice', subjectId: id });

/**
 * The revision a change goes into: the working one, or a new copy of the published one. Null
 * when the practice is archived or its working revision is with the secretariat.
 */
async function workingRevision(
  trx: Trx,
  practice: repo.Practice,
  userId: string,
  at: string,
): Promise<{ revision: repo.Revision } | { refused: string }> {
  if (practice.status === 'archived') return { refused: 'practices.error.archived' };
  if (practice.working_revision_id) {
    const revision = await repo.revisionById(trx, practice.working_revision_id);
    if (!revision) throw new Error(`practice ${practice.id} points at a missing revision`);
    if (revision.status === 'submitted') return { refused: 'practices.error.inReview' };
    return { revision };
  }
  const published = practice.published_revision_id
    ? await repo.revisionById(trx, practice.published_revision_id)
    : undefined;
  if (!published) throw new Error(`practice ${practice.id} has neither a working nor a published revision`);
  const numbers = await repo.revisionsOf(trx, practice.id);
  const id = newId();
  await repo.copyRevision(trx, published, { id, number: (numbers[0]?.number ?? 0) + 1, userId, at });
  await repo.updatePractice(trx, practice.id, { working_revision_id: id, updated_at: at });
  await repo.insertEvent(trx, {
    id: newId(),
    practice_id: practice.id,
    revision_id: id,
    at,
    actor_user_id: userId,
    kind: 'created',
    comment: null,
  });
  return { revision: (await repo.revisionById(trx, id))! };
}

const EMPTY_FIELDS: repo.RevisionFields = {
  tags: Object.fromEntries(TAG_NAMES.map((t) => [t, 0])) as repo.TagBits,
  periodStart: null,
  periodEnd: null,
  peopleReached: null,
  contactName: '',
  contactEmail: '',
};

async function newPractice(trx: Trx, orgId: string, userId: string, lang: Lang, at: string) {
  const id = newId();
  const revisionId = newId();
  await repo.insertPractice(trx, { id, orgId, originalLang: lang, userId, at });
  await repo.insertRevision(trx, { id: revisionId, practiceId: id, number: 1, userId, at, fields: EMPTY_FIELDS });
  await repo.updatePractice(trx, id, { working_revision_id: revisionId });
  await repo.insertEvent(trx, {
    id: newId(),
    practice_id: id,
    revision_id: revisionId,
    at,
    actor_user_id: userId,
    kind: 'created',
    comment: null,
  });
  return { practice: (await repo.practiceById(trx, id))!, revision: (await repo.revisionById(trx, revisionId))! };
}

async function writeChecked(
  trx: Trx,
  practice: repo.Practice,
  revision: repo.Revision,
  input: PracticeInput,
  by: { userId: string; at: string },
) {
  const fields: repo.RevisionFields = {
    tags: Object.fromEntries(
      TAG_NAMES.map((t) => [t, toBits(t, input.tags[t] as TagValue<typeof t>[])]),
    ) as repo.TagBits,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd ?? null,
    peopleReached: input.peopleReached,
    contactName: input.contactName,
    contactEmail: input.contactEmail,
  };
  await repo.updateRevisionFields(trx, revision.id, fields, by);
  let original = practice.original_lang;
  if (input.lang !== original && !practice.published_revision_id) {
    // Before its first publication a practice's language is simply the one its text is in.
    const texts = await repo.textsOf(trx, [revision.id]);
    if (texts.every((t) => t.lang === original)) {
      await trx.deleteFrom('practice_texts').where('revision_id', '=', revision.id).execute();
      original = input.lang;
      await repo.updatePractice(trx, practice.id, { original_lang: original });
    }
  }
  await repo.upsertText(
    trx,
    {
      revisionId: revision.id,
      lang: input.lang,
      title: input.title,
      summary: input.summary,
      body: input.body,
      results: input.results ?? '',
    },
    input.lang === original,
    by.at,
  );
  await repo.replaceLinks(trx, revision.id, input.links);
}

/** Takes files off and adds one; the catalogue key of the reason when there would be too many. */
async function changeAttachments(
  trx: Trx,
  revisionId: string,
  files: NonNullable<Save['files']>,
): Promise<string | null> {
  const current = await repo.attachmentsOf(trx, revisionId);
  const kept = current.filter((a) => !(files.remove ?? []).includes(a.file));
  if (files.add) {
    if (kept.length >= MAX_ATTACHMENTS) return 'practices.error.tooManyAttachments';
    kept.push({ ...files.add, revision_id: revisionId, position: 0 });
  }
  if (kept.length !== current.length || files.add) await repo.replaceAttachments(trx, revisionId, kept);
  return null;
}

/**
 * Saves the practice form: a new practice when `practiceId` is null. A draft keeps the values as
 * typed, unchecked; a checked save writes them into the revision and forgets the draft.
 */
export async function savePractice(
  deps: PracticeDeps,
  userId: string,
  target: { orgId: string; practiceId: string | null },
  save: Save,
): Promise<Outcome<{ practiceId: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    if (!(await roleIn(trx, target.orgId, userId))) return fail('forbidden' as const);
    const at = now();
    let practice: repo.Practice;
    let revision: repo.Revision;
    if (target.practiceId === null) {
      const lang = save.kind === 'checked' ? save.input.lang : save.lang;
      ({ practice, revision } = await newPractice(trx, target.orgId, userId, lang, at));
    } else {
      const found = await lockPractice(trx, deps.dialect, target.practiceId);
      if (!found || found.org_id !== target.orgId) return fail('notFound' as const);
      practice = found;
      const working = await workingRevision(trx, practice, userId, at);
      if ('refused' in working) return conflict(working.refused);
      revision = working.revision;
    }
    if (save.files) {
      const refused = await changeAttachments(trx, revision.id, save.files);
      if (refused) return conflict(refused);
    }
    if (save.kind === 'draft') {
      await repo.setDraftData(trx, revision.id, JSON.stringify(draftValues(save.values)), { userId, at });
    } else {
      await writeChecked(trx, practice, revision, save.input, { userId, at });
    }
    await repo.updatePractice(trx, practice.id, { updated_at: at });
    const line = {
      actor: userId,
      ...practiceSubject(practice.id),
      details: { orgId: target.orgId, revision: revision.number, created: target.practiceId === null },
    };
    if (save.kind === 'draft') await audit(trx, { ...line, action: 'practices.draft_saved' });
    else await audit(trx, { ...line, action: 'practices.saved' });
    return ok({ practiceId: practice.id });
  });
}

/** Adds (or rewrites) the text of a practice in another language, in its working revision. */
export async function saveTranslation(
  deps: PracticeDeps,
  userId: string,
  target: { orgId: string; practiceId: string },
  text: TextInput,
): Promise<Outcome<{ practiceId: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    if (!(await roleIn(trx, target.orgId, userId))) return fail('forbidden' as const);
    const practice = await lockPractice(trx, deps.dialect, target.practiceId);
    if (!practice || practice.org_id !== target.orgId) return fail('notFound' as const);
    if (text.lang === practice.original_lang) return invalidField('lang', 'practices.error.translationOriginal');
    const at = now();
    const working = await workingRevision(trx, practice, userId, at);
    if ('refused' in working) return conflict(working.refused);
    await repo.upsertText(
      trx,
      {
        revisionId: working.revision.id,
        lang: text.lang,
        title: text.title,
        summary: text.summary,
        body: text.body,
        results: text.results ?? '',
      },
      false,
      at,
    );
    await repo.updatePractice(trx, practice.id, { updated_at: at });
    await audit(trx, {
      actor: userId,
      action: 'practices.translation_saved',
      ...practiceSubject(practice.id),
      details: { orgId: target.orgId, lang: text.lang, revision: working.revision.number },
    });
    return ok({ practiceId: practice.id });
  });
}

/** The language to show a form in: the requested one if the site has it, else the practice's own. */
export function formLang(requested: unknown, fallback: Lang): Lang {
  return isLang(requested) ? requested : fallback;
}
