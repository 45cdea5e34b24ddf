import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm } from '../../platform/http/forms.ts';
import { sendPage } from '../../platform/http/render.tsx';
import { translator } from '../../platform/i18n/i18n.ts';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { orgRequest, refuse } from '../organisations/context.ts';
import { organisationSpace } from '../organisations/service.ts';
import { commitmentTitles, namesOf, readReport, type ReportRead } from './read.ts';
import { commitmentName } from './report-view.tsx';
import { reportPdf } from './pdf.ts';
import { readRoutes } from './routes-read.tsx';
import { cycleLine, cyclesOfOrganisation, startReport, type CycleLine } from './service-report.ts';
import { saveHeadline, saveSection, type HeadlineSaved, type SaveReason } from './service-sections.ts';
import { ReportsListPage } from './pages/report/list.tsx';
import { ReportOverviewPage } from './pages/report/overview.tsx';
import { SectionPage, sectionValues, type Conflict } from './pages/report/section.tsx';
import { HeadlinePage, headlineValues } from './pages/report/headline.tsx';
import { PreviewPage } from './pages/report/preview.tsx';
import { reportPath } from './pages/report/labels.ts';
import { figuresOf, headlineSchema, sectionSchema, startSchema } from './pages/report/schema.ts';

// The report editor (issue 10): the organisation's cycles, a year's report (started by an
// administrator, prefilled), a page per commitment's section and one for the headline figures,
// the preview and the PDF. Members read every page; administrators write. A save meets someone
// else's save of the same part as a conflict, answered 409 with both versions (ADR 0034).

const member = { config: { permission: 'org-member' as const } };
const admin = { config: { permission: 'org-admin' as const } };
const BASE = '/:lang/organisations/:orgId/reports';

type Params = { year: string; commitment?: string };

/** The year of the address, or null for anything but four digits. */
const yearOf = (request: FastifyRequest) => {
  const { year } = request.params as Params;
  return /^\d{4}$/.test(year) ? Number(year) : null;
};

/** The commitment of the address, 1 to 9, or null. */
const commitmentOf = (request: FastifyRequest) => {
  const { commitment } = request.params as Params;
  return commitment && /^[1-9]$/.test(commitment) ? Number(commitment) : null;
};

interface Loaded {
  orgId: string;
  orgName: string;
  admin: boolean;
  actor: string;
  cycle: CycleLine;
  report: ReportRead | null;
  titles: ReadonlyMap<number, string>;
}

export async function reportRoutes(app: FastifyInstance): Promise<void> {
  const deps = app.deps;

  /** The organisation's cycle of the address with its report; null when there is no such cycle. */
  async function load(request: FastifyRequest): Promise<Loaded | null> {
    const { orgId, orgName, role, principal } = orgRequest(request);
    const year = yearOf(request);
    if (year === null) return null;
    const [cycle, report, space] = await Promise.all([
      cycleLine(deps.db, orgId, year),
      readReport(deps.db, orgId, year),
      organisationSpace(deps.db, orgId),
    ]);
    if (!cycle || !space) return null;
    const titles = await commitmentTitles(deps.db, space.org.charter_version, request.lang);
    return { orgId, orgName, admin: role === 'admin', actor: principal.userId, cycle, report, titles };
  }

  /** The loaded report, or the 404 sent. */
  async function withReport(request: FastifyRequest, reply: FastifyReply) {
    const loaded = await load(request);
    if (!loaded?.report) return { ok: false as const, reply: sendError(request, reply, 404, 'notFound') };
    return { ok: true as const, loaded, report: loaded.report };
  }

  /**
   * A save that did not land. Someone else's save met on the way is shown with everything this
   * person typed (409), and its new version in the form lets "save my version" keep theirs on
   * purpose; a frozen report is shown read-only (409); anything else is 403 or 404.
   */
  async function notSaved<T extends { updatedBy: string | null; version: number }>(
    request: FastifyRequest,
    reply: FastifyReply,
    failure: { error: SaveReason; current?: T },
    form: FormState,
    pages: { conflict(form: FormState, conflict: Conflict<T>): VNode; frozen(): VNode },
  ) {
    if (failure.error === 'frozen') return sendPage(request, reply, pages.frozen(), 409);
    if (failure.error !== 'conflict' || !failure.current)
      return refuse(request, reply, failure.error === 'forbidden' ? 'forbidden' : 'notFound');
    const theirs = failure.current;
    const by = (await namesOf(deps.db, [theirs.updatedBy])).get(theirs.updatedBy ?? '') ?? null;
    const kept = { values: { ...form.values, version: String(theirs.version) }, errors: {} };
    return sendPage(request, reply, pages.conflict(kept, { theirs, by }), 409);
  }

  // ——— the cycles and a year's report ———

  app.get(BASE, member, async (request, reply) => {
    const { orgId, orgName } = orgRequest(request);
    return sendPage(
      request,
      reply,
      <ReportsListPage orgId={orgId} orgName={orgName} cycles={await cyclesOfOrganisation(deps.db, orgId)} />,
    );
  });

  const overview = (request: FastifyRequest, l: Loaded, startForm: FormState) => (
    <ReportOverviewPage {...l} startForm={startForm} />
  );

  app.get(`${BASE}/:year`, member, async (request, reply) => {
    const loaded = await load(request);
    if (!loaded) return sendError(request, reply, 404, 'notFound');
    return sendPage(request, reply, overview(request, loaded, emptyForm({ lang: request.lang })));
  });

  app.post(`${BASE}/:year/start`, admin, async (request, reply) => {
    const loaded = await load(request);
    if (!loaded) return sendError(request, reply, 404, 'notFound');
    const to = `/${request.lang}${reportPath(loaded.orgId, loaded.cycle.year)}`;
    return handleForm(request, reply, {
      schema: startSchema,
      page: (form) => overview(request, loaded, form),
      run: (data) => startReport(deps, loaded.actor, loaded.orgId, loaded.cycle.year, data.lang),
      done: () => ({ to, flash: 'reports.report.flash.started' }),
      failed: (failure) =>
        // Not open yet: the overview says from when.
        failure.error === 'notOpen'
          ? sendPage(request, reply, overview(request, loaded, emptyForm({ lang: request.lang })), 409)
          : refuse(request, reply, failure.error),
    });
  });

  // ——— a section ———

  const sectionRoute = `${BASE}/:year/sections/:commitment`;

  async function sectionContext(request: FastifyRequest, reply: FastifyReply) {
    const found = await withReport(request, reply);
    const n = commitmentOf(request);
    if (!found.ok) return found;
    const section = found.report.sections.find((s) => s.commitment === n);
    if (!section) return { ok: false as const, reply: sendError(request, reply, 404, 'notFound') };
    const { loaded, report } = found;
    const frozen = report.status !== 'draft';
    const props = {
      orgId: loaded.orgId,
      orgName: loaded.orgName,
      year: report.year,
      lang: report.lang,
      name: commitmentName(translator(request.lang), loaded.titles, section.commitment),
      section,
      editable: loaded.admin && !frozen,
      frozen,
    };
    return { ok: true as const, loaded, props };
  }

  app.get(sectionRoute, member, async (request, reply) => {
    const ctx = await sectionContext(request, reply);
    if (!ctx.ok) return ctx.reply;
    return sendPage(request, reply, <SectionPage {...ctx.props} form={emptyForm(sectionValues(ctx.props.section))} />);
  });

  app.post(sectionRoute, admin, async (request, reply) => {
    const ctx = await sectionContext(request, reply);
    if (!ctx.ok) return ctx.reply;
    const { loaded, props } = ctx;
    return handleForm(request, reply, {
      schema: sectionSchema,
      page: (form) => <SectionPage {...props} form={form} />,
      run: (data) =>
        saveSection(deps.db, loaded.actor, loaded.orgId, props.year, props.section.commitment, data.version, data),
      done: () => ({
        to: `/${request.lang}${reportPath(loaded.orgId, props.year)}`,
        flash: 'reports.section.flash.saved',
      }),
      failed: (failure, form) =>
        notSaved(request, reply, failure, form, {
          conflict: (kept, conflict) => (
            <SectionPage {...props} section={conflict.theirs} form={kept} conflict={conflict} />
          ),
          frozen: () => (
            <SectionPage {...props} editable={false} frozen form={emptyForm(sectionValues(props.section))} />
          ),
        }),
    });
  });

  // ——— the headline figures ———

  const headlineOf = (report: ReportRead): HeadlineSaved => ({
    figures: report.headline,
    version: report.headlineVersion,
    updatedBy: report.headlineUpdatedBy,
    updatedAt: report.headlineUpdatedAt,
  });

  async function headlineContext(request: FastifyRequest, reply: FastifyReply) {
    const found = await withReport(request, reply);
    if (!found.ok) return found;
    const { loaded, report } = found;
    const frozen = report.status !== 'draft';
    const props = {
      orgId: loaded.orgId,
      orgName: loaded.orgName,
      year: report.year,
      saved: headlineOf(report),
      editable: loaded.admin && !frozen,
      frozen,
    };
    return { ok: true as const, loaded, props };
  }

  app.get(`${BASE}/:year/headline`, member, async (request, reply) => {
    const ctx = await headlineContext(request, reply);
    if (!ctx.ok) return ctx.reply;
    return sendPage(request, reply, <HeadlinePage {...ctx.props} form={emptyForm(headlineValues(ctx.props.saved))} />);
  });

  app.post(`${BASE}/:year/headline`, admin, async (request, reply) => {
    const ctx = await headlineContext(request, reply);
    if (!ctx.ok) return ctx.reply;
    const { loaded, props } = ctx;
    return handleForm(request, reply, {
      schema: headlineSchema,
      page: (form) => <HeadlinePage {...props} form={form} />,
      run: (data) => saveHeadline(deps.db, loaded.actor, loaded.orgId, props.year, data.version, figuresOf(data)),
      done: () => ({
        to: `/${request.lang}${reportPath(loaded.orgId, props.year)}`,
        flash: 'reports.headline.flash.saved',
      }),
      failed: (failure, form) =>
        notSaved(request, reply, failure, form, {
          conflict: (kept, conflict) => (
            <HeadlinePage {...props} saved={conflict.theirs} form={kept} conflict={conflict} />
          ),
          frozen: () => (
            <HeadlinePage {...props} editable={false} frozen form={emptyForm(headlineValues(props.saved))} />
          ),
        }),
    });
  });

  // ——— preview and PDF ———

  app.get(`${BASE}/:year/preview`, member, async (request, reply) => {
    const found = await withReport(request, reply);
    if (!found.ok) return found.reply;
    const { loaded, report } = found;
    return sendPage(
      request,
      reply,
      <PreviewPage orgId={loaded.orgId} orgName={loaded.orgName} report={report} titles={loaded.titles} />,
    );
  });

  app.get(`${BASE}/:year/report.pdf`, member, async (request, reply) => {
    const found = await withReport(request, reply);
    if (!found.ok) return found.reply;
    const { loaded, report } = found;
    const pdf = await reportPdf({ orgName: loaded.orgName, report, titles: loaded.titles }, request.lang);
    reply.header('content-disposition', `attachment; filename="${pdf.filename}"`);
    reply.header('cache-control', 'private, no-store');
    return reply.type('application/pdf').send(pdf.data);
  });

  // The public page of a submitted report, registered here so that routes.tsx stays as it is.
  await readRoutes(app);
}
