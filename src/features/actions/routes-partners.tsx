import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { choice, text } from '../../platform/http/fields.ts';
import { handleForm, NO_FIELDS } from '../../platform/http/forms.ts';
import { sendError } from '../../platform/http/errors.tsx';
import { refuse } from '../organisations/context.ts';
import type { FormState } from '../../platform/views/form.tsx';
import type { ActionDeps } from './outcome.ts';
import type { Shared } from './routes-milestones.tsx';
import { askToJoin, decidePartner, invitePartner } from './service-partners.ts';
import { actionPage } from './service-public.ts';

// Partners: the lead invites (signed-in; the service checks it is the lead), a signatory's
// member asks to join (org-member of the organisation in the URL), the other side decides.

type Params = { actionSlug: string; orgId: string };

const inviteSchema = z.object({ signatory: text(300) });
const decideSchema = z.object({ decision: choice(['accept', 'decline']) });

export async function partnerRoutes(app: FastifyInstance, shared: Shared): Promise<void> {
  const { db } = app.deps;
  const deps = (): ActionDeps => app.deps;
  const signedIn = { config: { permission: 'signed-in' as const } };
  const member = { config: { permission: 'org-member' as const } };
  const params = (request: FastifyRequest) => request.params as Params;
  const to = (request: FastifyRequest, slug: string) =>
    `/${request.lang}/actions/${encodeURIComponent(slug)}#partners-heading`;

  app.post('/:lang/actions/:actionSlug/partners', signedIn, async (request, reply) => {
    const no = await shared.refused(request, reply);
    if (no) return no;
    const page = async (form: FormState) => (await shared.actionView(request, { invite: form }))!;
    return handleForm(request, reply, {
      schema: inviteSchema,
      page,
      run: (data) => invitePartner(deps(), request.principal!.userId, params(request).actionSlug, data.signatory),
      done: ({ slug }) => ({ to: to(request, slug), flash: 'actions.partner.invited' }),
      failed: shared.answer(request, reply, page),
    });
  });

  app.post('/:lang/actions/:actionSlug/partners/:orgId/ask', member, async (request, reply) => {
    if (!(await actionPage(db, params(request).actionSlug, request.principal)))
      return sendError(request, reply, 404, 'notFound');
    const page = async (form: FormState) => (await shared.actionView(request, { invite: form }))!;
    return handleForm(request, reply, {
      schema: NO_FIELDS,
      run: () => askToJoin(deps(), request.principal!.userId, params(request).actionSlug, params(request).orgId),
      done: ({ slug }) => ({ to: to(request, slug), flash: 'actions.partner.asked' }),
      failed: shared.answer(request, reply, page),
    });
  });

  app.post('/:lang/actions/:actionSlug/partners/:orgId/decide', signedIn, async (request, reply) => {
    if (!(await actionPage(db, params(request).actionSlug, request.principal)))
      return sendError(request, reply, 404, 'notFound');
    const page = async (form: FormState) => (await shared.actionView(request, { invite: form }))!;
    return handleForm(request, reply, {
      schema: decideSchema,
      page,
      run: (data) =>
        decidePartner(deps(), request.principal!.userId, params(request).actionSlug, {
          orgId: params(request).orgId,
          accept: data.decision === 'accept',
        }),
      done: ({ slug }) => ({ to: to(request, slug), flash: 'actions.partner.decided' }),
      failed: async (failure, form) =>
        failure.error === 'notFound'
          ? refuse(request, reply, 'notFound')
          : shared.answer(request, reply, page)(failure, form),
    });
  });
}
