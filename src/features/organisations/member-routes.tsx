import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../platform/http/render.tsx';
import { sendError } from '../../platform/http/errors.tsx';
import { formWithErrors, handleForm, NO_FIELDS } from '../../platform/http/forms.ts';
import { translator } from '../../platform/i18n/i18n.ts';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { now } from '../../platform/db/sql.ts';
import { orgRequest, refuse, signedIn } from './context.ts';
import { changeRole, memberOf, membersOf, removeMember } from './members.ts';
import {
  acceptInvitation,
  cancelInvitation,
  invitationState,
  inviteMember,
  INVITATIONS_PER_HOUR,
  pendingInvitations,
  type InvitationState,
} from './invitations.ts';
import { MembersPage } from './pages/members/view.tsx';
import { MemberPage } from './pages/member/view.tsx';
import { roleSchema } from './pages/member/schema.ts';
import { RemoveMemberPage } from './pages/remove-member/view.tsx';
import { InvitePage } from './pages/invite/view.tsx';
import { inviteSchema } from './pages/invite/schema.ts';
import { INVITATION_STATUS, InvitationPage } from './pages/invitation/view.tsx';

// Members, invitations and accepting an invitation. Everyone in the organisation may look;
// only administrators change anything (the route says so, and the service checks again).

const INVITE_ERROR = {
  alreadyMember: 'organisations.invite.error.alreadyMember',
  tooMany: 'organisations.invite.error.tooMany',
} as const;
const INVITE_STATUS = { alreadyMember: 409, tooMany: 429 } as const;

export async function memberRoutes(app: FastifyInstance): Promise<void> {
  const deps = app.deps;
  const member = { config: { permission: 'org-member' as const } };
  const admin = { config: { permission: 'org-admin' as const } };

  app.get('/:lang/organisations/:orgId/members', member, async (request, reply) => {
    const { principal, orgId, orgName, role } = orgRequest(request);
    const canManage = role === 'admin';
    return sendPage(
      request,
      reply,
      <MembersPage
        orgId={orgId}
        orgName={orgName}
        canManage={canManage}
        currentUserId={principal.userId}
        members={await membersOf(deps, orgId)}
        invitations={canManage ? await pendingInvitations(deps, orgId) : []}
        now={now()}
      />,
    );
  });

  // ——— inviting ———

  app.get('/:lang/organisations/:orgId/members/invite', admin, async (request, reply) => {
    const { orgId, orgName } = orgRequest(request);
    return sendPage(
      request,
      reply,
      <InvitePage orgId={orgId} orgName={orgName} form={emptyForm({ role: 'member' })} />,
    );
  });

  app.post('/:lang/organisations/:orgId/members/invite', admin, async (request, reply) => {
    const { principal, orgId, orgName } = orgRequest(request);
    const page = (form: FormState) => <InvitePage orgId={orgId} orgName={orgName} form={form} />;
    return handleForm(request, reply, {
      schema: inviteSchema,
      page,
      run: (data) => inviteMember(deps, principal, orgId, data, request.lang),
      done: (value) => ({
        to: `/${request.lang}/organisations/${orgId}/members`,
        flash: value.replaced ? 'organisations.flash.invitationReplaced' : 'organisations.flash.invitationSent',
      }),
      failed: ({ error }, { values }) => {
        if (error === 'notFound' || error === 'forbidden') return refuse(request, reply, error);
        const message = translator(request.lang)(INVITE_ERROR[error], { max: INVITATIONS_PER_HOUR });
        return sendPage(request, reply, page(formWithErrors(values, { email: message })), INVITE_STATUS[error]);
      },
    });
  });

  app.post('/:lang/organisations/:orgId/invitations/:invitationId/cancel', admin, async (request, reply) => {
    const { principal, orgId } = orgRequest(request);
    const { invitationId } = request.params as { invitationId: string };
    return handleForm(request, reply, {
      schema: NO_FIELDS,
      run: () => cancelInvitation(deps, principal, orgId, invitationId),
      done: () => ({
        to: `/${request.lang}/organisations/${orgId}/members`,
        flash: 'organisations.flash.invitationCancelled',
      }),
      failed: ({ error }) => refuse(request, reply, error),
    });
  });

  // ——— one member: role and removal ———

  app.get('/:lang/organisations/:orgId/members/:userId', admin, async (request, reply) => {
    const { principal, orgId, orgName } = orgRequest(request);
    const { userId } = request.params as { userId: string };
    const found = await memberOf(deps, orgId, userId);
    if (!found) return sendError(request, reply, 404, 'notFound');
    return sendPage(
      request,
      reply,
      <MemberPage
        orgId={orgId}
        orgName={orgName}
        member={found}
        isSelf={userId === principal.userId}
        form={emptyForm({ role: found.role })}
      />,
    );
  });

  app.post('/:lang/organisations/:orgId/members/:userId/role', admin, async (request, reply) => {
    const { principal, orgId, orgName } = orgRequest(request);
    const { userId } = request.params as { userId: string };
    const found = await memberOf(deps, orgId, userId);
    if (!found) return sendError(request, reply, 404, 'notFound');
    const page = (form: FormState) => (
      <MemberPage orgId={orgId} orgName={orgName} member={found} isSelf={userId === principal.userId} form={form} />
    );
    return handleForm(request, reply, {
      schema: roleSchema,
      page,
      run: (data) => changeRole(deps, principal, orgId, userId, data.role),
      done: () => ({ to: `/${request.lang}/organisations/${orgId}/members`, flash: 'organisations.flash.roleSaved' }),
      failed: ({ error }, { values }) => {
        if (error !== 'lastAdmin') return refuse(request, reply, error);
        const message = translator(request.lang)('organisations.error.lastAdmin.role');
        return sendPage(request, reply, page(formWithErrors(values, { role: message })), 409);
      },
    });
  });

  app.get('/:lang/organisations/:orgId/members/:userId/remove', admin, async (request, reply) => {
    const { principal, orgId, orgName } = orgRequest(request);
    const { userId } = request.params as { userId: string };
    const found = await memberOf(deps, orgId, userId);
    if (!found) return sendError(request, reply, 404, 'notFound');
    return sendPage(
      request,
      reply,
      <RemoveMemberPage orgId={orgId} orgName={orgName} member={found} isSelf={userId === principal.userId} />,
    );
  });

  app.post('/:lang/organisations/:orgId/members/:userId/remove', admin, async (request, reply) => {
    const { principal, orgId, orgName } = orgRequest(request);
    const { userId } = request.params as { userId: string };
    const found = await memberOf(deps, orgId, userId);
    if (!found) return sendError(request, reply, 404, 'notFound');
    return handleForm(request, reply, {
      schema: NO_FIELDS,
      run: () => removeMember(deps, principal, orgId, userId),
      done: ({ self }) =>
        self
          ? { to: `/${request.lang}/my-organisations`, flash: 'organisations.flash.youLeft' }
          : { to: `/${request.lang}/organisations/${orgId}/members`, flash: 'organisations.flash.memberRemoved' },
      failed: ({ error }) => {
        if (error !== 'lastAdmin') return refuse(request, reply, error);
        const isSelf = userId === principal.userId;
        const page = <RemoveMemberPage orgId={orgId} orgName={orgName} member={found} isSelf={isSelf} lastAdmin />;
        return sendPage(request, reply, page, 409);
      },
    });
  });

  // ——— accepting an invitation (the link from the e-mail) ———

  const statusOnPost = (state: InvitationState) =>
    state.kind === 'invalid' || state.kind === 'expired' ? INVITATION_STATUS[state.kind] : 409;

  app.get('/:lang/invitations/:token', { config: { permission: 'public' } }, async (request, reply) => {
    const { token } = request.params as { token: string };
    const state = await invitationState(deps, token, request.principal);
    const page = (
      <InvitationPage
        state={state}
        path={`/${request.lang}/invitations/${token}`}
        signedInEmail={request.principal?.email ?? null}
      />
    );
    return sendPage(request, reply, page, INVITATION_STATUS[state.kind]);
  });

  app.post('/:lang/invitations/:token', { config: { permission: 'signed-in' } }, async (request, reply) => {
    const { token } = request.params as { token: string };
    const principal = signedIn(request);
    return handleForm(request, reply, {
      schema: NO_FIELDS,
      run: () => acceptInvitation(deps, principal, token),
      done: ({ orgId }) => ({ to: `/${request.lang}/organisations/${orgId}`, flash: 'organisations.flash.joined' }),
      failed: ({ error }) => {
        const path = `/${request.lang}/invitations/${token}`;
        const page = <InvitationPage state={error} path={path} signedInEmail={principal.email} />;
        return sendPage(request, reply, page, statusOnPost(error));
      },
    });
  });
}
