import type { TestApp } from '../../../test/support/harness.ts';
import type { TestUser } from '../../../test/support/accounts.ts';
import * as service from './service.ts';
import { depsOf, validPractice } from './test-support.ts';
import type { PracticeInput } from './service-writing.ts';

// For tests of what readers do with a published practice: one written, submitted and published
// through the services, as the workflow would. Gives its id and public slug.

export async function publishedPracticeFor(
  t: TestApp,
  people: { admin: TestUser; reviewer: TestUser; orgId: string },
  over: Partial<PracticeInput> = {},
  translations: { lang: 'nl' | 'fr' | 'de' | 'en'; title: string; summary: string }[] = [],
): Promise<{ id: string; slug: string }> {
  const deps = depsOf(t);
  const saved = await service.savePractice(
    deps,
    people.admin.id,
    { orgId: people.orgId, practiceId: null },
    { kind: 'checked', input: validPractice(over) },
  );
  if (!saved.ok) throw new Error(`practice not saved: ${JSON.stringify(saved.errors)}`);
  const practiceId = saved.value.practiceId;
  for (const tr of translations) {
    const done = await service.saveTranslation(
      deps,
      people.admin.id,
      { orgId: people.orgId, practiceId },
      { lang: tr.lang, title: tr.title, summary: tr.summary, body: 'Tekst.', results: 'Resultaten.' },
    );
    if (!done.ok) throw new Error(`translation not saved: ${JSON.stringify(done.errors)}`);
  }
  if (!(await service.submitPractice(deps, people.admin.id, people.orgId, practiceId)).ok) throw new Error('not submitted');
  const view = await service.practiceForOrg(t.db, people.orgId, practiceId);
  const published = await service.publishRevision(deps, people.reviewer.id, view!.working!.revision.id);
  if (!published.ok) throw new Error(`not published: ${JSON.stringify(published.errors)}`);
  const after = await service.practiceForOrg(t.db, people.orgId, practiceId);
  return { id: practiceId, slug: after!.practice.slug };
}
