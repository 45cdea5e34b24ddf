import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../platform/http/render.tsx';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm } from '../../platform/http/forms.ts';
import { fail, ok, type Outcome } from '../../platform/outcome.ts';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { orgRequest, refuse, signedIn } from './context.ts';
import { myOrganisations, organisationHistory, organisationSpace } from './service.ts';
import { membersOf } from './members.ts';
import { brusselsYear } from './service-directory.ts';
import { withdrawFromCharter } from './withdrawal.ts';
import { memberRoutes } from './member-routes.tsx';
import { profileRoutes } from './profile-routes.tsx';
import { MyOrganisationsPage } from './pages/my-organisations/view.tsx';
import { SpacePage } from './pages/space/view.tsx';
import { HistoryPage } from './pages/history/view.tsx';
import { CannotWithdrawPage, ConfirmWithdrawPage, WithdrawPage } from './pages/withdraw/view.tsx';
import { confirmSchema, reasonSchema } from './pages/withdraw/schema.ts';

// What an organisation's people do after applying: their space, its members, its profile,
// its history, and withdrawing from the charter.

/**
 * The year the space's commitments are shown for (`?year=`, else this year in Belgium) and the
 * years it offers: from the year the organisation signed (or joined Inclusio) to this one. A
 * year outside them is not an error: this year is shown.
 */
function glanceYears(org: { signed_at: string | null; created_at: string }, asked: unknown) {
  const current = brusselsYear(new Date().toISOString());
  const first = Math.min(brusselsYear(org.signed_at ?? org.created_at), brusselsYear(org.created_at), current);
  const years = Array.from({ length: current - first + 1 }, (_, i) => current - i);
  const wanted = typeof asked === 'string' && /^\d{4}$/.test(asked) ? Number(asked) : current;
  return { year: years.includes(wanted) ? wanted : current, years };
}

export async function routes(app: FastifyInstance) {
  const deps = app.deps;
  const admin = { config: { permission: 'org-admin' as const } };

  app.get('/:lang/my-organisations', { config: { permission: 'signed-in' } }, async (request, reply) =>
    sendPage(
      request,
      reply,
      <MyOrganisationsPage organisations={await myOrganisations(deps.db, signedIn(request).userId)} />,
    ),
  );

  app.get('/:lang/organisations/:orgId', { config: { permission: 'org-member' } }, async (request, reply) => {
    const { orgId, role } = orgRequest(request);
    const space = await organisationSpace(deps.db, orgId);
    if (!space) return sendError(request, reply, 404, 'notFound');
    const { year, years } = glanceYears(space.org, (request.query as { year?: unknown }).year);
    // A member who cannot change things is told whom to ask. The nine commitments are a
    // signatory's: every feature's part for the year, one call each (Feature.commitments).
    const [admins, parts] = await Promise.all([
      role === 'admin' ? [] : membersOf(deps, orgId),
      space.org.status === 'signatory' ? deps.registry.commitments(deps.db, space.org, year, 'space') : null,
    ]);
    const adminNames = admins.filter((m) => m.role === 'admin').map((m) => m.name);
    const glance = parts ? { orgId, year, years, parts } : null;
    return sendPage(
      request,
      reply,
      <SpacePage org={space.org} withdrawal={space.withdrawal} role={role} adminNames={adminNames} glance={glance} />,
    );
  });

  app.get('/:lang/organisations/:orgId/history', admin, async (request, reply) => {
    const { orgId, orgName } = orgRequest(request);
    const page = await organisationHistory(deps.db, orgId, (request.query as { from?: unknown }).from);
    return sendPage(request, reply, <HistoryPage orgId={orgId} orgName={orgName} {...page} />);
  });

  // ——— withdrawing: reason, then confirmation, then the change ———

  app.get('/:lang/organisations/:orgId/withdraw', admin, async (request, reply) => {
    const { orgId, orgName } = orgRequest(request);
    const space = await organisationSpace(deps.db, orgId);
    if (!space) return sendError(request, reply, 404, 'notFound');
    if (space.org.status !== 'signatory')
      return sendPage(request, reply, <CannotWithdrawPage orgId={orgId} orgName={orgName} status={space.org.status} />);
    return sendPage(request, reply, <WithdrawPage orgId={orgId} orgName={orgName} form={emptyForm()} />);
  });

  app.post('/:lang/organisations/:orgId/withdraw', admin, async (request, reply) => {
    const { orgId, orgName } = orgRequest(request);
    return handleForm(request, reply, {
      schema: reasonSchema,
      page: (form) => <WithdrawPage orgId={orgId} orgName={orgName} form={form} />,
      // Nothing changes yet: the next step asks to confirm, with the reason as typed.
      run: async (data) => ok(data.reason),
      done: (reason) => ({ next: <ConfirmWithdrawPage orgId={orgId} orgName={orgName} reason={reason} /> }),
    });
  });

  app.post('/:lang/organisations/:orgId/withdraw/confirm', admin, async (request, reply) => {
    const { principal, orgId, orgName } = orgRequest(request);
    const page = (form: FormState) => <WithdrawPage orgId={orgId} orgName={orgName} form={form} />;
    return handleForm(request, reply, {
      schema: confirmSchema,
      page,
      // "Change the reason" goes back to the form, with the reason as typed; nothing changes.
      run: async (data): Promise<Outcome<null, 'edit' | 'notFound' | 'forbidden' | 'notSignatory'>> =>
        data.step === 'edit' ? fail('edit') : withdrawFromCharter(deps, principal, orgId, data.reason),
      done: () => ({ to: `/${request.lang}/organisations/${orgId}`, flash: 'organisations.flash.withdrawn' }),
      failed: async ({ error }, { values }) => {
        if (error === 'edit') return sendPage(request, reply, page(emptyForm({ reason: values.reason })));
        if (error !== 'notSignatory') return refuse(request, reply, error);
        const space = await organisationSpace(deps.db, orgId);
        const status = space?.org.status ?? 'withdrawn';
        return sendPage(request, reply, <CannotWithdrawPage orgId={orgId} orgName={orgName} status={status} />, 409);
      },
    });
  });

  await memberRoutes(app);
  await profileRoutes(app);
}
