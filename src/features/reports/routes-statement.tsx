import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm } from '../../platform/http/forms.ts';
import { sendPage } from '../../platform/http/render.tsx';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { orgRequest } from '../organisations/context.ts';
import { reportYear } from './report-access.ts';
import * as service from './service-statement.ts';
import { executiveSchema, signSchema } from './pages/statement/schema.ts';
import { StatementPage, statementPath } from './pages/statement/view.tsx';
import { SignStatementPage, StatementLinkProblemPage, StatementSignedPage } from './pages/statement/sign.tsx';
import { refuseReport, targetsRoutes } from './routes-targets.tsx';
import { submitRoutes } from './routes-submit.tsx';
import { amendRoutes } from './routes-amend.tsx';

// A report's own targets, the executive's statement of continued support (the organisation's
// page and the executive's public page behind their link), submitting and amendments.

export async function statementRoutes(app: FastifyInstance): Promise<void> {
  await targetsRoutes(app);
  await executiveRoutes(app);
  await submitRoutes(app);
  await amendRoutes(app);
}

async function executiveRoutes(app: FastifyInstance): Promise<void> {
  const deps = app.deps;
  const member = { config: { permission: 'org-member' as const } };
  const admin = { config: { permission: 'org-admin' as const } };

  async function page(request: FastifyRequest, form?: FormState) {
    const { orgId, orgName, role } = orgRequest(request);
    const year = reportYear((request.params as { year: string }).year);
    const view = year === null ? null : await service.statementView(deps.db, orgId, year);
    if (!view) return null;
    const s = view.statement;
    const typed = emptyForm(s ? { name: s.executive_name, email: s.executive_email, role: s.executive_role } : {});
    return <StatementPage view={view} orgId={orgId} orgName={orgName} canWrite={role === 'admin'} form={form ?? typed} />;
  }

  app.get('/:lang/organisations/:orgId/reports/:year/statement', member, async (request, reply) => {
    const node = await page(request);
    return node ? sendPage(request, reply, node) : sendError(request, reply, 404, 'notFound');
  });

  app.post('/:lang/organisations/:orgId/reports/:year/statement', admin, async (request, reply) => {
    const { orgId, principal } = orgRequest(request);
    const year = reportYear((request.params as { year: string }).year);
    if (year === null || !(await page(request))) return sendError(request, reply, 404, 'notFound');
    return handleForm(request, reply, {
      schema: executiveSchema,
      page: async (form) => (await page(request, form))!,
      run: (data) => service.requestStatement(deps, { userId: principal.userId, name: principal.name }, orgId, year, request.lang, data),
      done: () => ({ to: `/${request.lang}${statementPath(orgId, year)}`, flash: 'reports.statement.flash.sent' }),
      failed: (failure) => refuseReport(request, reply, failure.error),
    });
  });

  // The executive's page: public, reached only through the personal link in their mail.
  const token = (request: FastifyRequest) => (request.params as { token: string }).token.slice(0, 200);
  const action = (request: FastifyRequest) => `/${request.lang}/reports/statements/${encodeURIComponent(token(request))}`;

  async function show(request: FastifyRequest, reply: FastifyReply, form?: FormState) {
    const link = await service.openStatement(deps.db, token(request), request.lang);
    reply.header('referrer-policy', 'no-referrer');
    if (link.kind === 'unknown') return sendPage(request, reply, <StatementLinkProblemPage kind="unknown" />, 404);
    if (link.kind === 'expired') return sendPage(request, reply, <StatementLinkProblemPage kind="expired" />, 410);
    if (link.kind === 'signed') return sendPage(request, reply, <StatementSignedPage orgName={link.orgName} year={link.year} />);
    return sendPage(
      request,
      reply,
      <SignStatementPage link={link} action={action(request)} form={form ?? emptyForm({ signedName: link.executiveName })} />,
      form ? 400 : 200,
    );
  }

  app.get('/:lang/reports/statements/:token', { config: { permission: 'public' } }, async (request, reply) => show(request, reply));

  app.post('/:lang/reports/statements/:token', { config: { permission: 'public' } }, async (request, reply) => {
    const link = await service.openStatement(deps.db, token(request), request.lang);
    // A link already used or dead shows what it shows on opening, whatever was posted.
    if (link.kind !== 'valid') return show(request, reply);
    reply.header('referrer-policy', 'no-referrer');
    return handleForm(request, reply, {
      schema: signSchema,
      page: (form) => <SignStatementPage link={link} action={action(request)} form={form} />,
      run: (data) => service.signStatement(deps.db, token(request), request.lang, { signedName: data.signedName, shownHash: data.textHash }),
      done: () => ({ to: action(request), flash: 'reports.statement.flash.signed' }),
      failed: (failure) => (failure.error === 'link' ? show(request, reply) : undefined),
    });
  });
}
