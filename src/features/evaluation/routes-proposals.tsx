import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm } from '../../platform/http/forms.ts';
import { sendPage } from '../../platform/http/render.tsx';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import type { Failure } from '../../platform/outcome.ts';
import { orgRequest, refuse } from '../organisations/context.ts';
import { organisationRefs } from '../organisations/service-registration.ts';
import { ProposalListPage } from './pages/proposals/list.tsx';
import { NewProposalPage } from './pages/proposals/new.tsx';
import { ProposalView } from './pages/proposals/proposal.tsx';
import { commentSchema, listFilter, proposalSchema, supportSchema, withdrawSchema } from './pages/proposals/schema.ts';
import { evaluatedCommitments } from './service-consultation.ts';
import { currentEvaluation } from './service-setup.ts';
import { signatoriesOf } from './routes-setup.tsx';
import {
  commentOn,
  proposalList,
  proposalPage,
  setSupport,
  submitProposal,
  withdrawProposal,
  type ProposalPage,
  type ProposalRefusal,
} from './service-proposals.ts';

// Proposals: the public list and pages; a member of a signatory proposes from its organisation's
// space; comments and supports come from signed-in people for one of their organisations (the
// form says which, and the service checks it is theirs and a signatory).

export async function proposalRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;
  const signedIn = { config: { permission: 'signed-in' as const } };
  const member = { config: { permission: 'org-member' as const } };

  app.get('/:lang/evaluation/proposals', { config: { permission: 'public' } }, async (request, reply) => {
    const { commitment, groupId, after } = listFilter(request.query);
    const [list, proposers] = await Promise.all([
      proposalList(db, request.lang, { commitment, groupId }, after),
      signatoriesOf(app, request),
    ]);
    return sendPage(
      request,
      reply,
      <ProposalListPage list={list} filter={{ commitment, groupId }} paged={after !== undefined} proposers={proposers} />,
    );
  });

  const newPage = async (request: FastifyRequest, form: FormState) => {
    const { orgId, orgName } = orgRequest(request);
    const current = await currentEvaluation(db);
    const commitments = current ? await evaluatedCommitments(db, current.evaluation.charter_version, request.lang) : [];
    return <NewProposalPage orgId={orgId} orgName={orgName} current={current} commitments={commitments} form={form} />;
  };

  /** A refusal of the services: 404, 403, or the page again with 409 when the phase does not allow it. */
  const refused =
    (request: FastifyRequest, reply: FastifyReply, again: () => Promise<FastifyReply>) =>
    async (failure: Failure<ProposalRefusal>) =>
      failure.error === 'invalid'
        ? undefined
        : failure.error === 'closed'
          ? again()
          : refuse(request, reply, failure.error);

  const newPath = '/:lang/organisations/:orgId/evaluation/proposals/new';
  app.get(newPath, member, async (request, reply) => {
    const { orgId } = orgRequest(request);
    if ((await organisationRefs(db, [orgId])).get(orgId)?.status !== 'signatory') return refuse(request, reply, 'forbidden');
    return sendPage(request, reply, await newPage(request, emptyForm({ lang: request.lang === 'fr' ? 'fr' : 'nl' })));
  });

  app.post(newPath, member, async (request, reply) =>
    handleForm(request, reply, {
      schema: proposalSchema,
      page: (form) => newPage(request, form),
      run: (input) => submitProposal(db, request.principal!.userId, orgRequest(request).orgId, input),
      done: ({ id }) => ({ to: `/${request.lang}/evaluation/proposals/${id}`, flash: 'evaluation.proposals.flash.submitted' }),
      failed: async (failure, form) =>
        refused(request, reply, async () => sendPage(request, reply, await newPage(request, form), 409))(failure),
    }),
  );

  /** The proposal's page for this reader, or null once a 404 is sent. */
  const loadPage = async (request: FastifyRequest, reply: FastifyReply) => {
    const { proposalId } = request.params as { proposalId: string };
    const reader = (request.principal?.memberships ?? []).map((m) => ({ orgId: m.orgId, orgName: m.orgName }));
    const after = (request.query as { after?: unknown } | undefined)?.after;
    const page = /^[0-9a-f-]{36}$/.test(proposalId) ? await proposalPage(db, proposalId, request.lang, reader, after) : null;
    if (!page) await sendError(request, reply, 404, 'notFound');
    return page;
  };

  app.get('/:lang/evaluation/proposals/:proposalId', { config: { permission: 'public' } }, async (request, reply) => {
    const page = await loadPage(request, reply);
    if (!page) return reply;
    const after = (request.query as { after?: unknown }).after;
    return sendPage(request, reply, <ProposalView page={page} commentForm={emptyForm()} paged={after !== undefined} />);
  });

  const proposalPath = (request: FastifyRequest) =>
    `/${request.lang}/evaluation/proposals/${(request.params as { proposalId: string }).proposalId}`;

  app.post('/:lang/evaluation/proposals/:proposalId/comments', signedIn, async (request, reply) => {
    const page = await loadPage(request, reply);
    if (!page) return reply;
    const view = (form: FormState) => <ProposalView page={page} commentForm={form} paged={false} />;
    return handleForm(request, reply, {
      schema: commentSchema,
      page: view,
      run: (input) => commentOn(db, request.principal!.userId, page.proposal.id, input),
      done: () => ({ to: `${proposalPath(request)}#comments`, flash: 'evaluation.proposals.flash.commented' }),
      failed: async (failure, form) =>
        refused(request, reply, async () => sendPage(request, reply, view(form), 409))(failure),
    });
  });

  /** The page again with 409: what was asked is not possible in this phase (or any more). */
  const notNow = (request: FastifyRequest, reply: FastifyReply, page: ProposalPage) =>
    refused(request, reply, async () =>
      sendPage(request, reply, <ProposalView page={page} commentForm={emptyForm()} paged={false} />, 409),
    );

  app.post('/:lang/evaluation/proposals/:proposalId/support', signedIn, async (request, reply) => {
    const page = await loadPage(request, reply);
    if (!page) return reply;
    return handleForm(request, reply, {
      schema: supportSchema,
      run: ({ org, support }) => setSupport(db, request.principal!.userId, page.proposal.id, org, support === 'yes'),
      done: (on) => ({
        to: `${proposalPath(request)}#supports`,
        flash: on ? 'evaluation.proposals.flash.supported' : 'evaluation.proposals.flash.unsupported',
      }),
      failed: (failure) => notNow(request, reply, page)(failure),
    });
  });

  app.post('/:lang/evaluation/proposals/:proposalId/withdraw', signedIn, async (request, reply) => {
    const page = await loadPage(request, reply);
    if (!page) return reply;
    return handleForm(request, reply, {
      schema: withdrawSchema,
      run: ({ org }) => withdrawProposal(db, request.principal!.userId, org, page.proposal.id),
      done: () => ({ to: proposalPath(request), flash: 'evaluation.proposals.flash.withdrawn' }),
      failed: (failure) => notNow(request, reply, page)(failure),
    });
  });
}
