import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendPage, redirectWithFlash } from '../../platform/http/render.tsx';
import { sendError } from '../../platform/http/errors.tsx';
import { formWithErrors, handleForm, parseForm, translateErrors, typedValues } from '../../platform/http/forms.ts';
import { isStoredName, readStored } from '../../platform/files/storage.ts';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { isLang, translator } from '../../platform/i18n/i18n.ts';
import {
  ATTACHMENT_FILENAME_FIELD,
  ATTACHMENT_PENDING_FIELD,
  MAX_ATTACHMENT_BYTES,
  promoteAttachment,
  receiveAttachment,
  sendFile,
} from './attachments.ts';
import { orgRequest, refuse } from '../organisations/context.ts';
import * as service from './service.ts';
import type { Outcome, PracticeDeps, Reason } from './outcome.ts';
import { archiveSchema, practiceSchema, translationSchema } from './pages/edit/schema.ts';
import { toInput, valuesOf } from './pages/edit/values.ts';
import { PracticeFormPage, type PracticeFormProps } from './pages/edit/view.tsx';
import { OrgPracticesPage } from './pages/list/view.tsx';
import { OrgPracticePage } from './pages/practice/view.tsx';
import { TranslationPage } from './pages/translation/view.tsx';

// The organisation's side: its list of practices, the form (new and edit, with drafts kept on
// the server), translations, and the admin's submit, archive and unarchive. The routes check the
// session's membership; the services check it again in their transaction.

type Params = { orgId: string; practiceId: string };

const member = { config: { permission: 'org-member' as const } };
const admin = { config: { permission: 'org-admin' as const } };

/** A refusal for a reason the route answers with another page, or a state conflict (409) shown on `page`. */
function answer(
  request: FastifyRequest,
  reply: FastifyReply,
  error: Reason,
  again: (status: number) => FastifyReply | Promise<FastifyReply>,
): FastifyReply | Promise<FastifyReply> {
  if (error === 'notFound' || error === 'forbidden') return refuse(request, reply, error);
  return again(error === 'conflict' ? 409 : 400);
}

export async function writingRoutes(app: FastifyInstance): Promise<void> {
  const deps = (): PracticeDeps => app.deps;
  const practicePath = (request: FastifyRequest, practiceId: string) =>
    `/${request.lang}/organisations/${orgRequest(request).orgId}/practices/${practiceId}`;

  app.get('/:lang/organisations/:orgId/practices', member, async (request, reply) => {
    const { orgId, orgName } = orgRequest(request);
    const after = service.decodeCursor((request.query as { after?: unknown }).after);
    const { lines, next } = await service.orgPractices(app.deps.db, orgId, after);
    return sendPage(
      request,
      reply,
      <OrgPracticesPage orgId={orgId} orgName={orgName} lines={lines} next={next} isFirstPage={after === null} />,
    );
  });

  const formPage = (request: FastifyRequest, props: Omit<PracticeFormProps, 'orgId' | 'orgName' | 'isAdmin'>) => {
    const { orgId, orgName, role } = orgRequest(request);
    return <PracticeFormPage orgId={orgId} orgName={orgName} isAdmin={role === 'admin'} {...props} />;
  };

  app.get('/:lang/organisations/:orgId/practices/new', member, async (request, reply) => {
    const { principal } = orgRequest(request);
    const form = emptyForm({ lang: request.lang, contactName: principal.name, contactEmail: principal.email });
    return sendPage(request, reply, formPage(request, { practiceId: null, form }));
  });

  app.get('/:lang/organisations/:orgId/practices/:practiceId/edit', member, async (request, reply) => {
    const { orgId } = orgRequest(request);
    const view = await service.practiceForOrg(app.deps.db, orgId, (request.params as Params).practiceId);
    if (!view) return sendError(request, reply, 404, 'notFound');
    const revision = view.working ?? view.published;
    if (!revision || view.practice.status === 'archived' || revision.revision.status === 'submitted') {
      return redirectWithFlash(reply, practicePath(request, view.practice.id), 'practices.flash.cannotEdit');
    }
    const requested = (request.query as { lang?: unknown }).lang;
    const values = view.draft ?? valuesOf(revision, isLang(requested) ? requested : view.practice.original_lang);
    return sendPage(
      request,
      reply,
      formPage(request, {
        practiceId: view.practice.id,
        form: emptyForm(values),
        draftSavedAt: view.draft ? revision.revision.updated_at : null,
        reviewComment: revision.revision.status === 'returned' ? revision.revision.review_comment : null,
        isUpdate: view.published !== null,
        attachments: await attachmentsFor(request, view.practice.id),
      }),
    );
  });

  /** The files of the practice's working (else published) revision, with where the organisation opens them. */
  async function attachmentsFor(request: FastifyRequest, practiceId: string | null) {
    if (!practiceId) return [];
    const view = await service.practiceForOrg(app.deps.db, orgRequest(request).orgId, practiceId);
    const files = (view?.working ?? view?.published)?.attachments ?? [];
    return files.map((a) => ({ ...a, href: `${practicePath(request, practiceId)}/files/${a.file}` }));
  }

  /**
   * One POST of the form: "Save draft" keeps the values unchecked; "Save" checks them; "Save and
   * submit" too, then submits. A file comes along with any of them (attachments.ts).
   */
  async function save(request: FastifyRequest, reply: FastifyReply, practiceId: string | null) {
    const { principal, orgId } = orgRequest(request);
    const dataDir = app.deps.config.dataDir;
    const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, unknown>;
    const received = await receiveAttachment(dataDir, principal.userId, body);
    const values = typedValues(body);
    delete values[ATTACHMENT_PENDING_FIELD];
    delete values[ATTACHMENT_FILENAME_FIELD];
    const attachments = await attachmentsFor(request, practiceId);
    const again = (errors: Record<string, string>, status = 400) =>
      sendPage(
        request,
        reply,
        formPage(request, { practiceId, form: formWithErrors(values, errors), attachments, pending: received.pending }),
        status,
      );
    const fileError: Record<string, string> = received.error
      ? { attachment: translator(request.lang)(received.error) }
      : {};
    const drafting = body.action === 'draft';
    const parsed = drafting ? null : parseForm(practiceSchema, body, request.lang);
    if ((parsed && !parsed.ok) || received.error)
      return again({ ...(parsed?.ok ? {} : parsed?.form.errors), ...fileError });

    const add = received.pending
      ? await promoteAttachment(
          dataDir,
          principal.userId,
          received.pending,
          typeof values.attachmentLabel === 'string' ? values.attachmentLabel.trim().slice(0, 160) : '',
        )
      : null;
    const files = { add, remove: [values.removeAttachment ?? []].flat() };
    const target = { orgId, practiceId };
    const lang = isLang(values.lang) ? values.lang : request.lang;
    let outcome: Outcome<{ practiceId: string }> = parsed?.ok
      ? await service.savePractice(deps(), principal.userId, target, {
          kind: 'checked',
          input: toInput(parsed.data),
          files,
        })
      : await service.savePractice(deps(), principal.userId, target, {
          kind: 'draft',
          values: service.draftValues(values),
          lang,
          files,
        });
    const submitting = body.action === 'submit';
    if (outcome.ok && submitting) {
      const submitted = await service.submitPractice(deps(), principal.userId, orgId, outcome.value.practiceId);
      if (!submitted.ok) outcome = submitted;
    }
    if (outcome.ok) {
      const id = outcome.value.practiceId;
      if (drafting) return redirectWithFlash(reply, `${practicePath(request, id)}/edit`, 'practices.flash.draftSaved');
      return redirectWithFlash(
        reply,
        practicePath(request, id),
        submitting ? 'practices.flash.submitted' : 'practices.flash.saved',
      );
    }
    const errors = translateErrors(request.lang, outcome.errors);
    return answer(request, reply, outcome.error, (status) => again(errors, status));
  }

  const upload = { config: { permission: 'org-member' as const, uploads: { maxFileBytes: MAX_ATTACHMENT_BYTES } } };
  app.post('/:lang/organisations/:orgId/practices/new', upload, async (request, reply) => save(request, reply, null));
  app.post('/:lang/organisations/:orgId/practices/:practiceId/edit', upload, async (request, reply) =>
    save(request, reply, (request.params as Params).practiceId),
  );

  async function showPractice(request: FastifyRequest, reply: FastifyReply, form?: FormState, status = 200) {
    const { orgId, orgName, role } = orgRequest(request);
    const view = await service.practiceForOrg(app.deps.db, orgId, (request.params as Params).practiceId);
    if (!view) return sendError(request, reply, 404, 'notFound');
    return sendPage(
      request,
      reply,
      <OrgPracticePage orgId={orgId} orgName={orgName} isAdmin={role === 'admin'} view={view} form={form} />,
      status,
    );
  }

  app.get('/:lang/organisations/:orgId/practices/:practiceId', member, async (request, reply) =>
    showPractice(request, reply),
  );

  /** The admin's buttons on the practice page: the service decides, then back to the page. */
  function adminAction(
    path: string,
    act: (userId: string, orgId: string, practiceId: string) => Promise<Outcome<null>>,
    flash: string,
  ) {
    app.post(`/:lang/organisations/:orgId/practices/:practiceId/${path}`, admin, async (request, reply) => {
      const { principal, orgId } = orgRequest(request);
      const { practiceId } = request.params as Params;
      const outcome = await act(principal.userId, orgId, practiceId);
      if (outcome.ok) return redirectWithFlash(reply, practicePath(request, practiceId), flash);
      const form = formWithErrors({}, translateErrors(request.lang, outcome.errors));
      return answer(request, reply, outcome.error, (status) => showPractice(request, reply, form, status));
    });
  }

  adminAction('submit', (u, o, p) => service.submitPractice(deps(), u, o, p), 'practices.flash.submitted');
  // One route for both ways, so the one form on the page says which (the walk and the sweeps find it).
  app.post('/:lang/organisations/:orgId/practices/:practiceId/archive', admin, async (request, reply) => {
    const { principal, orgId } = orgRequest(request);
    const { practiceId } = request.params as Params;
    const parsed = parseForm(archiveSchema, request.body, request.lang);
    if (!parsed.ok) return showPractice(request, reply, parsed.form, 400);
    const archived = parsed.data.archive === 'yes';
    const outcome = await service.setArchived(deps(), principal.userId, orgId, practiceId, archived);
    if (outcome.ok) {
      return redirectWithFlash(
        reply,
        practicePath(request, practiceId),
        archived ? 'practices.flash.archived' : 'practices.flash.unarchived',
      );
    }
    const form = formWithErrors(parsed.values, translateErrors(request.lang, outcome.errors));
    return answer(request, reply, outcome.error, (status) => showPractice(request, reply, form, status));
  });

  // A file of one of the organisation's revisions (drafts too): a file, not a page.
  app.get('/:lang/organisations/:orgId/practices/:practiceId/files/:file', member, async (request, reply) => {
    const { orgId } = orgRequest(request);
    const { practiceId, file } = request.params as Params & { file: string };
    const mine = isStoredName(file) && (await service.practiceForOrg(app.deps.db, orgId, practiceId)) !== null;
    const body =
      mine && (await service.isAttachedTo(app.deps.db, practiceId, file))
        ? await readStored(app.deps.config.dataDir, 'attachments', file)
        : null;
    if (!body) return sendError(request, reply, 404, 'notFound');
    return sendFile(reply, file, body);
  });

  // ——— a text in another language ———

  /** The translation page's frame for this practice, or null when it is not the organisation's. */
  async function translationFrame(request: FastifyRequest) {
    const { orgId, orgName } = orgRequest(request);
    const view = await service.practiceForOrg(app.deps.db, orgId, (request.params as Params).practiceId);
    if (!view) return null;
    const texts = (view.working ?? view.published)?.texts ?? [];
    const existing = texts.map((x) => x.lang);
    return {
      first: ['nl', 'fr', 'de', 'en'].find((l) => !existing.includes(l)) ?? '',
      page: (form: FormState) => (
        <TranslationPage
          orgId={orgId}
          orgName={orgName}
          practiceId={view.practice.id}
          originalLang={view.practice.original_lang}
          existing={existing}
          form={form}
        />
      ),
    };
  }

  app.get('/:lang/organisations/:orgId/practices/:practiceId/translation', member, async (request, reply) => {
    const frame = await translationFrame(request);
    if (!frame) return sendError(request, reply, 404, 'notFound');
    return sendPage(request, reply, frame.page(emptyForm({ lang: frame.first })));
  });

  app.post('/:lang/organisations/:orgId/practices/:practiceId/translation', member, async (request, reply) => {
    const { principal, orgId } = orgRequest(request);
    const { practiceId } = request.params as Params;
    const frame = await translationFrame(request);
    if (!frame) return sendError(request, reply, 404, 'notFound');
    return handleForm(request, reply, {
      schema: translationSchema,
      page: frame.page,
      run: (data) => service.saveTranslation(deps(), principal.userId, { orgId, practiceId }, data),
      done: () => ({ to: practicePath(request, practiceId), flash: 'practices.flash.translationSaved' }),
      failed: (failure, form) =>
        answer(request, reply, failure.error, (status) => sendPage(request, reply, frame.page(form), status)),
    });
  });
}
