import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { handleForm } from '../../platform/http/forms.ts';
import { redirectWithFlash, sendPage } from '../../platform/http/render.tsx';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { now } from '../../platform/db/sql.ts';
import { orgRequest, refuse } from '../organisations/context.ts';
import { brusselsYear } from '../organisations/service-directory.ts';
import { organisationRefs } from '../organisations/service-registration.ts';
import { chainPage, decodeCursor as decodeChainCursor } from './chain.ts';
import { ChainPage } from './pages/chain/view.tsx';
import { EmailInvitePage } from './pages/email/view.tsx';
import { emailSchema, linkSchema, revokeSchema, toInput } from './pages/email/schema.ts';
import { JoinPage } from './pages/join/view.tsx';
import { ReferralsPage } from './pages/list/view.tsx';
import { createLink, joinUrl, revokeReferral, sendInvitation, type Reason } from './service.ts';
import { countsOf, decodeCursor, referralList } from './service-read.ts';
import { linkState, recordOpening, type LinkState } from './service-track.ts';

// Invitations between organisations: the inviter's list (its members read it; its administrators
// create links, send e-mails and stop links, and the services check again), the page a link
// opens with its one button on to the application form, and the public chain of who brought whom.

const STATUS: Record<LinkState['kind'], number> = { valid: 200, missing: 404, expired: 410, revoked: 410 };

export async function routes(app: FastifyInstance): Promise<void> {
  const deps = () => ({ db: app.deps.db, config: app.deps.config });
  const { db } = app.deps;
  const member = { config: { permission: 'org-member' as const } };
  const admin = { config: { permission: 'org-admin' as const } };
  const listOf = (request: FastifyRequest) => `/${request.lang}/organisations/${orgRequest(request).orgId}/referrals`;
  /** notFound and forbidden are other pages; the rest shows the form again. */
  const refused = (request: FastifyRequest, reply: FastifyReply, error: Reason) =>
    error === 'notFound' || error === 'forbidden' ? refuse(request, reply, error) : undefined;

  /** The list, with the link form and the stop buttons as they were sent (400 on a mistake). */
  const listPage = async (request: FastifyRequest, forms: { linkForm?: FormState; revokeForm?: FormState } = {}) => {
    const { orgId, orgName, role } = orgRequest(request);
    const after = decodeCursor((request.query as { after?: unknown }).after);
    const at = now();
    const year = brusselsYear(at);
    const [page, counts, refs] = await Promise.all([
      referralList(db, orgId, after),
      countsOf(db, orgId, year),
      organisationRefs(db, [orgId]),
    ]);
    const links = Object.fromEntries(page.items.map((r) => [r.id, joinUrl(app.deps.config, request.lang, r.token)]));
    return (
      <ReferralsPage
        orgId={orgId}
        orgName={orgName}
        canInvite={role === 'admin' && refs.get(orgId)?.status === 'signatory'}
        year={year}
        counts={counts.year}
        page={page}
        paged={after !== null}
        links={links}
        linkForm={forms.linkForm ?? emptyForm()}
        revokeForm={forms.revokeForm}
        now={at}
      />
    );
  };

  app.get('/:lang/organisations/:orgId/referrals', member, async (request, reply) =>
    sendPage(request, reply, await listPage(request)),
  );

  /** A refused invitation: too many today is a limit (429 with Retry-After), like the other limits. */
  const limited = (reply: FastifyReply, failure: { error: Reason; retryAfter?: number }) => {
    if (failure.error !== 'tooMany') return false;
    if (failure.retryAfter) reply.header('retry-after', String(failure.retryAfter));
    return true;
  };

  app.post('/:lang/organisations/:orgId/referrals/link', admin, async (request, reply) =>
    handleForm(request, reply, {
      schema: linkSchema,
      page: (form) => listPage(request, { linkForm: form }),
      run: (data) => createLink(deps(), request.principal!, orgRequest(request).orgId, data.inviteeName),
      done: () => ({ to: listOf(request), flash: 'referrals.flash.linkCreated' }),
      failed: async (failure, form) => {
        const other = refused(request, reply, failure.error);
        if (other) return other;
        const status = limited(reply, failure) ? 429 : 400;
        return sendPage(request, reply, await listPage(request, { linkForm: form }), status);
      },
    }),
  );

  const emailPage = (request: FastifyRequest, form: FormState) => {
    const { orgId, orgName } = orgRequest(request);
    return <EmailInvitePage orgId={orgId} orgName={orgName} form={form} />;
  };

  app.get('/:lang/organisations/:orgId/referrals/email', admin, async (request, reply) => {
    const { orgId } = orgRequest(request);
    // Only a signatory invites: an applicant's administrators are told no before they type anything.
    if ((await organisationRefs(db, [orgId])).get(orgId)?.status !== 'signatory')
      return refuse(request, reply, 'forbidden');
    return sendPage(request, reply, emailPage(request, emptyForm({ recipientLang: request.lang })));
  });

  app.post('/:lang/organisations/:orgId/referrals/email', admin, async (request, reply) =>
    handleForm(request, reply, {
      schema: emailSchema,
      page: (form) => emailPage(request, form),
      run: (data) => sendInvitation(deps(), request.principal!, orgRequest(request).orgId, toInput(data)),
      done: () => ({ to: listOf(request), flash: 'referrals.flash.sent' }),
      failed: (failure, form) => {
        const other = refused(request, reply, failure.error);
        if (other) return other;
        if (!limited(reply, failure)) return undefined;
        return sendPage(request, reply, emailPage(request, form), 429);
      },
    }),
  );

  app.post('/:lang/organisations/:orgId/referrals/revoke', admin, async (request, reply) =>
    handleForm(request, reply, {
      schema: revokeSchema,
      page: (form) => listPage(request, { revokeForm: form }),
      run: (data) => revokeReferral(db, request.principal!, orgRequest(request).orgId, data.referral),
      done: () => ({ to: listOf(request), flash: 'referrals.flash.revoked' }),
      failed: (failure) => refused(request, reply, failure.error),
    }),
  );

  app.get('/:lang/join/:token', { config: { permission: 'public' } }, async (request, reply) => {
    const { token } = request.params as { token: string };
    const state = await linkState(db, token);
    return sendPage(request, reply, <JoinPage state={state} token={token} />, STATUS[state.kind]);
  });

  app.post('/:lang/join/:token', { config: { permission: 'public' } }, async (request, reply) => {
    const { token } = request.params as { token: string };
    const state = await recordOpening(db, token, request.principal?.userId ?? null);
    if (state.kind !== 'valid')
      return sendPage(request, reply, <JoinPage state={state} token={token} />, STATUS[state.kind]);
    const query = new URLSearchParams({ invitedBy: state.inviter.slug, referral: token });
    return redirectWithFlash(reply, `/${request.lang}/sign/apply?${query.toString()}`);
  });

  app.get('/:lang/referrals/chain', { config: { permission: 'public' } }, async (request, reply) => {
    const after = decodeChainCursor((request.query as { after?: unknown }).after);
    const page = await chainPage(db, after);
    return sendPage(request, reply, <ChainPage page={page} paged={after !== null} />);
  });
}
