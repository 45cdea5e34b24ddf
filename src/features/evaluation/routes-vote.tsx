import type { FastifyInstance, FastifyRequest } from 'fastify';
import { handleForm } from '../../platform/http/forms.ts';
import { sendPage } from '../../platform/http/render.tsx';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { orgRequest, refuse } from '../organisations/context.ts';
import type { VoteChoice } from './evaluation.table.ts';
import { castVotes, voteField, voteSchema, voteSheet } from './service-vote.ts';
import { NoEvaluationPage, VotePage } from './pages/vote/view.tsx';

// The organisation's vote on the proposals: its members read it, its administrators vote.

export async function voteRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;
  const member = { config: { permission: 'org-member' as const } };
  const admin = { config: { permission: 'org-admin' as const } };
  const path = (request: FastifyRequest, orgId: string) => `/${request.lang}/organisations/${orgId}/evaluation/vote`;

  async function page(request: FastifyRequest, form: FormState = emptyForm()) {
    const { orgId, orgName, role } = orgRequest(request);
    const sheet = await voteSheet(db, orgId);
    if (!sheet) return <NoEvaluationPage orgId={orgId} orgName={orgName} />;
    return <VotePage orgId={orgId} orgName={orgName} sheet={sheet} admin={role === 'admin'} form={form} />;
  }

  app.get('/:lang/organisations/:orgId/evaluation/vote', member, async (request, reply) =>
    sendPage(request, reply, await page(request)),
  );

  app.post('/:lang/organisations/:orgId/evaluation/vote', admin, async (request, reply) => {
    const { orgId, principal } = orgRequest(request);
    const sheet = await voteSheet(db, orgId);
    const ids = sheet ? sheet.groups.flatMap((g) => g.proposals.map((p) => p.proposal.id)) : [];
    return handleForm(request, reply, {
      schema: voteSchema(ids),
      page: (form) => page(request, form),
      run: (data) => {
        const fields = data as Record<string, VoteChoice | undefined>;
        return castVotes(db, principal.userId, orgId, Object.fromEntries(ids.map((id) => [id, fields[voteField(id)]])));
      },
      done: () => ({ to: path(request, orgId), flash: 'evaluation.vote.flash.saved' }),
      failed: (failure) => (failure.error === 'invalid' ? undefined : refuse(request, reply, failure.error)),
    });
  });
}
