import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendPage, redirectWithFlash } from '../../platform/http/render.tsx';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm } from '../../platform/http/forms.ts';
import { clientAddressHash } from '../../platform/http/client-address.ts';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import * as service from './service.ts';
import { askQuestion, reportProblem, type Asker, type ContactReason } from './service-contact.ts';
import { closeReport, openReports } from './service-reports.ts';
import type { PracticeDeps } from './outcome.ts';
import type { Failure } from '../../platform/outcome.ts';
import { askSchema } from './pages/ask/schema.ts';
import { AskPage, type ContactTarget } from './pages/ask/view.tsx';
import { reportSchema } from './pages/report/schema.ts';
import { ReportPage } from './pages/report/view.tsx';
import { PracticeReportsPage } from './pages/reports/view.tsx';

// What readers send about a published practice (a question for its author, a problem for the
// secretariat), and the secretariat's list of reports. Both public forms answer 429 with
// Retry-After once a limit is reached, showing the form again with what was typed.

type Params = { practiceSlug: string };
const open = { config: { permission: 'public' as const } };
const secretariat = { config: { permission: 'secretariat' as const } };
const deciding = { config: { permission: 'secretariat' as const, recentSecondFactor: true } };

/** The published practice the form is about, titled in the reader's language if it has one. */
async function targetOf(deps: PracticeDeps, request: FastifyRequest): Promise<ContactTarget | null> {
  const view = await service.publishedPractice(deps.db, (request.params as Params).practiceSlug);
  if (!view) return null;
  const text =
    view.texts.find((x) => x.lang === request.lang) ??
    view.texts.find((x) => x.lang === view.practice.original_lang) ??
    view.texts[0];
  return {
    slug: view.practice.slug,
    title: text?.title ?? view.practice.slug,
    titleLang: text && text.lang !== request.lang ? text.lang : null,
    contactName: view.revision.contact_name,
  };
}

async function askerOf(request: FastifyRequest): Promise<Asker> {
  return { userId: request.principal?.userId ?? null, clientKey: await clientAddressHash(request) };
}

/** A refusal of the contact services: 404 for a practice that is not (or no longer) published, 429 over a limit. */
function refused(request: FastifyRequest, reply: FastifyReply, failure: Failure<ContactReason>, again: () => FastifyReply | Promise<FastifyReply>) {
  if (failure.error === 'notFound') return sendError(request, reply, 404, 'notFound');
  reply.header('retry-after', String(failure.values?.seconds ?? 60));
  reply.status(429);
  return again();
}

export async function contactRoutes(app: FastifyInstance): Promise<void> {
  const deps = (): PracticeDeps => app.deps;

  async function formRoute(
    path: 'ask' | 'report',
    page: (target: ContactTarget, form: FormState) => ReturnType<typeof AskPage>,
  ) {
    app.get(`/:lang/practices/:practiceSlug/${path}`, open, async (request, reply) => {
      const target = await targetOf(deps(), request);
      if (!target) return sendError(request, reply, 404, 'notFound');
      return sendPage(request, reply, page(target, emptyForm()));
    });
  }
  await formRoute('ask', (target, form) => <AskPage target={target} form={form} />);
  await formRoute('report', (target, form) => <ReportPage target={target} form={form} />);

  app.post('/:lang/practices/:practiceSlug/ask', open, async (request, reply) => {
    const target = await targetOf(deps(), request);
    if (!target) return sendError(request, reply, 404, 'notFound');
    const asker = await askerOf(request);
    return handleForm(request, reply, {
      schema: askSchema,
      page: (form) => <AskPage target={target} form={form} />,
      run: (data) =>
        askQuestion(deps(), target.slug, asker, {
          name: data.name,
          email: data.email,
          message: data.message,
          shareAddress: data.share,
        }),
      done: () => ({
        to: `/${request.lang}/practices/${encodeURIComponent(target.slug)}`,
        flash: 'practices.ask.flash.sent',
      }),
      failed: (failure, form) =>
        refused(request, reply, failure, () => sendPage(request, reply, <AskPage target={target} form={form} />, 429)),
    });
  });

  app.post('/:lang/practices/:practiceSlug/report', open, async (request, reply) => {
    const target = await targetOf(deps(), request);
    if (!target) return sendError(request, reply, 404, 'notFound');
    const reporter = await askerOf(request);
    return handleForm(request, reply, {
      schema: reportSchema,
      page: (form) => <ReportPage target={target} form={form} />,
      run: (data) => reportProblem(deps(), target.slug, reporter, data),
      done: () => ({
        to: `/${request.lang}/practices/${encodeURIComponent(target.slug)}`,
        flash: 'practices.report.flash.sent',
      }),
      failed: (failure, form) =>
        refused(request, reply, failure, () => sendPage(request, reply, <ReportPage target={target} form={form} />, 429)),
    });
  });

  app.get('/:lang/secretariat/practice-reports', secretariat, async (request, reply) => {
    const after = service.decodeCursor((request.query as { after?: unknown }).after);
    const list = await openReports(app.deps.db, after);
    return sendPage(request, reply, <PracticeReportsPage {...list} isFirstPage={after === null} />);
  });

  app.post('/:lang/secretariat/practice-reports/:reportId/close', deciding, async (request, reply) => {
    const outcome = await closeReport(deps(), request.principal!.userId, (request.params as { reportId: string }).reportId);
    if (outcome.ok || outcome.error === 'conflict') {
      // Closed by someone else a moment ago: the list without it says enough.
      return redirectWithFlash(
        reply,
        `/${request.lang}/secretariat/practice-reports`,
        outcome.ok ? 'practices.report.flash.closed' : 'practices.report.error.closed',
      );
    }
    return sendError(request, reply, 404, 'notFound');
  });
}
