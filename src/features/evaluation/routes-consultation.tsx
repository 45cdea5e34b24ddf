import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { handleForm } from '../../platform/http/forms.ts';
import { sendPage } from '../../platform/http/render.tsx';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { orgRequest, refuse } from '../organisations/context.ts';
import { organisationRefs } from '../organisations/service-registration.ts';
import { COMMITMENT_NUMBERS } from './components.tsx';
import { ConsultationView } from './pages/consultation/view.tsx';
import { answerValues, consultationPage, saveAnswers, type ConsultationPage } from './service-consultation.ts';

// The consultation, in a signatory's space: its members read, its administrators answer.

/** Every field as text, bounded; the service checks each commitment's answer (schema there). */
const consultationSchema = z.object(
  Object.fromEntries(
    COMMITMENT_NUMBERS.flatMap((n) => [`relevance-${n}`, `difficulty-${n}`, `change-${n}`]).map((name) => [
      name,
      z.string().max(5000).optional(),
    ]),
  ),
);

export async function consultationRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;
  const path = '/:lang/organisations/:orgId/evaluation/consultation';

  const view = (request: FastifyRequest, page: ConsultationPage, form: FormState) => {
    const { orgId, orgName, role } = orgRequest(request);
    return <ConsultationView orgId={orgId} orgName={orgName} page={page} form={form} mayAnswer={role === 'admin'} />;
  };

  app.get(path, { config: { permission: 'org-member' } }, async (request, reply) => {
    const { orgId } = orgRequest(request);
    // Only signatories take part: an applicant's members are told no.
    if ((await organisationRefs(db, [orgId])).get(orgId)?.status !== 'signatory') return refuse(request, reply, 'forbidden');
    const page = await consultationPage(db, orgId, request.lang);
    return sendPage(request, reply, view(request, page, emptyForm(answerValues(page.answers))));
  });

  app.post(path, { config: { permission: 'org-admin' } }, async (request, reply) => {
    const { orgId, principal } = orgRequest(request);
    const page = () => consultationPage(db, orgId, request.lang);
    return handleForm(request, reply, {
      schema: consultationSchema,
      page: async (form) => view(request, await page(), form),
      run: (data) => saveAnswers(db, principal.userId, orgId, data),
      done: () => ({ to: `/${request.lang}/organisations/${orgId}/evaluation/consultation`, flash: 'evaluation.consultation.saved' }),
      failed: async (failure, form) =>
        failure.error === 'forbidden'
          ? refuse(request, reply, 'forbidden')
          : failure.error === 'closed'
            ? sendPage(request, reply, view(request, await page(), form), 409)
            : undefined,
    });
  });
}
