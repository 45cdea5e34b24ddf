import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm, NO_FIELDS } from '../../platform/http/forms.ts';
import { redirectWithFlash, sendPage } from '../../platform/http/render.tsx';
import { translator } from '../../platform/i18n/i18n.ts';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { orgRequest } from '../organisations/context.ts';
import { AUDIENCES, dimensionOf, type Audience, type CellKey } from './framework.ts';
import { MAX_EVIDENCE_BYTES, receiveEvidence } from './evidence-files.ts';
import { saveAnswers } from './service-answers.ts';
import { sendEvidence, setEvidenceFile } from './service-files.ts';
import { runView, type RunView } from './service-read.ts';
import { changeScope, missingLevels, submitRun } from './service-run.ts';
import { refuseRun } from './refusals.ts';
import { AnswersPage, answerValues } from './pages/run/answers.tsx';
import { CheckPage, missingField } from './pages/run/check.tsx';
import { FilePage } from './pages/run/file.tsx';
import { ScopePage } from './pages/run/scope.tsx';
import { AUDIENCE_LABEL } from './pages/run/labels.ts';
import { answersPath, dimensionsInScope, overviewPath, runPath, scopeValues } from './pages/run/parts.tsx';
import { nextStep, readAnswers, scopeSchema } from './pages/run/schema.ts';

// One run's pages: its scope, a page per dimension, a cell's evidence file, check your
// answers and submit. Pages that write are for the organisation's writers and only while the
// run is a draft (a submitted run leads to its results); the services check both again.

type Params = { orgId: string; runId: string; dimension?: string; audience?: string };

export async function answersRoutes(app: FastifyInstance): Promise<void> {
  const deps = app.deps;
  const member = { config: { permission: 'org-member' as const } };
  const base = '/:lang/organisations/:orgId/assessment/runs/:runId';

  /** The run of the address, or the reply that refuses it (404, or a submitted run's results). */
  async function draftFor(
    request: FastifyRequest,
    reply: FastifyReply,
    opts: { write: boolean },
  ): Promise<{ view: RunView } | { reply: FastifyReply }> {
    const { orgId, principal } = orgRequest(request);
    const { runId } = request.params as Params;
    const view = await runView(deps, orgId, runId, principal.userId);
    if (!view) return { reply: sendError(request, reply, 404, 'notFound') };
    if (view.run.status !== 'draft') return { reply: reply.redirect(`/${request.lang}${runPath(orgId, runId)}`, 303) };
    if (opts.write && !view.writer) return { reply: sendError(request, reply, 403, 'forbidden') };
    return { view };
  }

  /** The dimension (and cell) of the address, when the run has it in scope. */
  function cellOf(view: RunView, params: Params) {
    const dimension = dimensionOf(view.framework, params.dimension ?? '');
    const cells = view.answers.filter((a) => a.dimension === dimension?.key);
    if (!dimension || cells.length === 0) return null;
    const cell = params.audience ? cells.find((a) => a.audience === params.audience) : undefined;
    return { dimension, cells, cell };
  }

  // ——— scope ———

  app.get(`${base}/scope`, member, async (request, reply) => {
    const found = await draftFor(request, reply, { write: true });
    if ('reply' in found) return found.reply;
    return sendPage(request, reply, <ScopePage view={found.view} form={emptyForm(scopeValues(found.view.answers))} />);
  });

  app.post(`${base}/scope`, member, async (request, reply) => {
    const { orgId, principal } = orgRequest(request);
    const found = await draftFor(request, reply, { write: true });
    if ('reply' in found) return found.reply;
    const { view } = found;
    return handleForm(request, reply, {
      schema: scopeSchema(view.framework),
      page: (form) => <ScopePage view={view} form={form} />,
      run: (data) => changeScope(deps, principal.userId, orgId, view.run.id, data.cells, data.confirmed),
      done: () => ({
        to: `/${request.lang}${runPath(orgId, view.run.id)}/check`,
        flash: 'assessment.run.flash.scopeSaved',
      }),
      failed: (failure) => refuseRun(request, reply, failure.error, view.run.id),
    });
  });

  // ——— a dimension's answers ———

  app.get(`${base}/answers/:dimension`, member, async (request, reply) => {
    const found = await draftFor(request, reply, { write: true });
    if ('reply' in found) return found.reply;
    const at = cellOf(found.view, request.params as Params);
    if (!at) return sendError(request, reply, 404, 'notFound');
    const form = emptyForm(answerValues(at.cells));
    return sendPage(request, reply, <AnswersPage view={found.view} dimension={at.dimension} form={form} />);
  });

  app.post(`${base}/answers/:dimension`, member, async (request, reply) => {
    const { orgId, principal } = orgRequest(request);
    const found = await draftFor(request, reply, { write: true });
    if ('reply' in found) return found.reply;
    const at = cellOf(found.view, request.params as Params);
    if (!at) return sendError(request, reply, 404, 'notFound');
    const runId = found.view.run.id;
    const { changes, form } = readAnswers(
      request.body,
      at.cells.map((c) => c.audience),
      request.lang,
    );
    const saved = await saveAnswers(deps, principal.userId, orgId, runId, at.dimension.key, changes);
    if (!saved.ok) return refuseRun(request, reply, saved.error, runId) ?? sendError(request, reply, 400, 'badRequest');
    if (Object.keys(form.errors).length > 0) {
      // What was valid is saved: the page shows it with the refused values as typed.
      const fresh = await runView(deps, orgId, runId, principal.userId);
      return sendPage(request, reply, <AnswersPage view={fresh!} dimension={at.dimension} form={form} />, 400);
    }
    const step = nextStep(request.body);
    if (step.kind === 'later')
      return redirectWithFlash(reply, `/${request.lang}${overviewPath(orgId)}`, 'assessment.run.flash.saved');
    if (step.kind === 'file')
      return reply.redirect(
        `/${request.lang}${answersPath(orgId, runId, at.dimension.key)}/${step.audience}/file`,
        303,
      );
    const dimensions = dimensionsInScope(found.view.framework, found.view.answers);
    const next = dimensions[dimensions.findIndex((d) => d.key === at.dimension.key) + 1];
    return redirectWithFlash(
      reply,
      `/${request.lang}${next ? answersPath(orgId, runId, next.key) : `${runPath(orgId, runId)}/check`}`,
      'assessment.run.flash.saved',
    );
  });

  // ——— a cell's evidence file ———

  const filePage = `${base}/answers/:dimension/:audience/file`;

  app.get(filePage, member, async (request, reply) => {
    const found = await draftFor(request, reply, { write: true });
    if ('reply' in found) return found.reply;
    const at = cellOf(found.view, request.params as Params);
    if (!at?.cell) return sendError(request, reply, 404, 'notFound');
    return sendPage(
      request,
      reply,
      <FilePage view={found.view} dimension={at.dimension} cell={at.cell} form={emptyForm()} />,
    );
  });

  app.post(
    filePage,
    { config: { permission: 'org-member', uploads: { maxFileBytes: MAX_EVIDENCE_BYTES } } },
    async (request, reply) => {
      const { orgId, principal } = orgRequest(request);
      const found = await draftFor(request, reply, { write: true });
      if ('reply' in found) return found.reply;
      const at = cellOf(found.view, request.params as Params);
      if (!at?.cell) return sendError(request, reply, 404, 'notFound');
      const runId = found.view.run.id;
      const cell: CellKey = { dimension: at.dimension.key, audience: at.cell.audience };
      const body = (request.body ?? {}) as Record<string, unknown>;
      let file = null;
      if (body.remove !== 'yes') {
        const received = await receiveEvidence(deps.config.dataDir, principal.userId, body.file);
        if (!received.ok) {
          const form: FormState = { values: {}, errors: { file: translator(request.lang)(received.error) } };
          return sendPage(
            request,
            reply,
            <FilePage view={found.view} dimension={at.dimension} cell={at.cell} form={form} />,
            400,
          );
        }
        file = received.file;
      }
      const outcome = await setEvidenceFile(deps, principal.userId, orgId, runId, cell, file);
      if (!outcome.ok)
        return refuseRun(request, reply, outcome.error, runId) ?? sendError(request, reply, 400, 'badRequest');
      return redirectWithFlash(
        reply,
        `/${request.lang}${answersPath(orgId, runId, cell.dimension)}`,
        file ? 'assessment.run.flash.fileAdded' : 'assessment.run.flash.fileRemoved',
      );
    },
  );

  app.get(`${base}/files/:dimension/:audience`, member, async (request, reply) => {
    const { orgId } = orgRequest(request);
    const { runId, dimension, audience } = request.params as Params;
    if (!(AUDIENCES as readonly string[]).includes(audience ?? '')) return sendError(request, reply, 404, 'notFound');
    const sent = await sendEvidence(deps, reply, orgId, runId, {
      dimension: dimension ?? '',
      audience: audience as Audience,
    });
    return sent ?? sendError(request, reply, 404, 'notFound');
  });

  // ——— check and submit ———

  /** The check page; after a refused submit, every cell without a level as an error. */
  function checkPage(view: RunView, lang: FastifyRequest['lang'], withErrors: boolean) {
    const missing = missingLevels(view.framework, view.answers);
    const t = translator(lang);
    const errors: Record<string, string> = {};
    if (withErrors)
      for (const c of missing)
        errors[missingField(c)] = t('assessment.run.check.missingCell', {
          dimension: dimensionOf(view.framework, c.dimension)?.title[lang] ?? c.dimension,
          audience: t(AUDIENCE_LABEL[c.audience]),
        });
    return <CheckPage view={view} missing={missing} form={{ values: {}, errors }} />;
  }

  app.get(`${base}/check`, member, async (request, reply) => {
    const found = await draftFor(request, reply, { write: false });
    if ('reply' in found) return found.reply;
    return sendPage(request, reply, checkPage(found.view, request.lang, false));
  });

  app.post(`${base}/submit`, member, async (request, reply) => {
    const { orgId, principal } = orgRequest(request);
    const found = await draftFor(request, reply, { write: true });
    if ('reply' in found) return found.reply;
    const runId = found.view.run.id;
    return handleForm(request, reply, {
      schema: NO_FIELDS,
      run: () => submitRun(deps, principal.userId, orgId, runId),
      done: () => ({ to: `/${request.lang}${runPath(orgId, runId)}`, flash: 'assessment.run.flash.submitted' }),
      failed: (failure) =>
        failure.error === 'missingLevels'
          ? sendPage(request, reply, checkPage(found.view, request.lang, true), 400)
          : refuseRun(request, reply, failure.error, runId),
    });
  });
}
