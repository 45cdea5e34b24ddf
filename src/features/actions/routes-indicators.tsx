import type { FastifyInstance, FastifyRequest } from 'fastify';
import { handleForm } from '../../platform/http/forms.ts';
import { sendError } from '../../platform/http/errors.tsx';
import { sendPage } from '../../platform/http/render.tsx';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import type { ActionDeps } from './outcome.ts';
import { indicatorSchema, toIndicator, updateSchema } from './pages/indicator/schema.ts';
import { IndicatorPage } from './pages/indicator/view.tsx';
import type { Shared } from './routes-milestones.tsx';
import { addIndicator, indicatorOf, postUpdate, updateIndicator } from './service-indicators.ts';
import { actionPage } from './service-public.ts';

// Indicators (added on the action's page, updated on their own) and updates (posted on the
// action's page): the lead's and partners' members; the services check it again.

type Params = { actionSlug: string; indicatorId: string };

export async function indicatorRoutes(app: FastifyInstance, shared: Shared): Promise<void> {
  const { db } = app.deps;
  const deps = (): ActionDeps => app.deps;
  const signedIn = { config: { permission: 'signed-in' as const } };
  const params = (request: FastifyRequest) => request.params as Params;
  const to = (request: FastifyRequest, slug: string, anchor: string) =>
    `/${request.lang}/actions/${encodeURIComponent(slug)}#${anchor}`;

  app.post('/:lang/actions/:actionSlug/indicators', signedIn, async (request, reply) => {
    const no = await shared.refused(request, reply);
    if (no) return no;
    const page = async (form: FormState) => (await shared.actionView(request, { indicator: form }))!;
    return handleForm(request, reply, {
      schema: indicatorSchema,
      page,
      run: (data) => addIndicator(deps(), request.principal!.userId, params(request).actionSlug, toIndicator(data)),
      done: ({ slug }) => ({ to: to(request, slug, 'indicators-heading'), flash: 'actions.indicator.added' }),
      failed: shared.answer(request, reply, page),
    });
  });

  app.post('/:lang/actions/:actionSlug/updates', signedIn, async (request, reply) => {
    const no = await shared.refused(request, reply);
    if (no) return no;
    const page = async (form: FormState) => (await shared.actionView(request, { update: form }))!;
    return handleForm(request, reply, {
      schema: updateSchema,
      page,
      run: (data) =>
        postUpdate(deps(), request.principal!.userId, params(request).actionSlug, {
          body: data.body,
          postedOn: data.postedOn ?? null,
        }),
      done: ({ slug }) => ({ to: to(request, slug, 'updates-heading'), flash: 'actions.update.posted' }),
      failed: shared.answer(request, reply, page),
    });
  });

  async function indicatorPage(request: FastifyRequest, form: FormState | null) {
    const view = await actionPage(db, params(request).actionSlug, request.principal);
    const i = view ? await indicatorOf(db, view.action.id, params(request).indicatorId) : undefined;
    if (!view || !i) return null;
    const values = {
      name: i.name,
      unit: i.unit,
      target: String(i.target),
      current: String(i.current_value),
      measuredOn: i.measured_on,
    };
    return (
      <IndicatorPage
        slug={view.action.slug}
        actionTitle={view.action.title}
        indicatorId={i.id}
        form={form ?? emptyForm(values)}
      />
    );
  }

  app.get('/:lang/actions/:actionSlug/indicators/:indicatorId', signedIn, async (request, reply) => {
    const no = await shared.refused(request, reply);
    if (no) return no;
    const page = await indicatorPage(request, null);
    return page ? sendPage(request, reply, page) : sendError(request, reply, 404, 'notFound');
  });

  app.post('/:lang/actions/:actionSlug/indicators/:indicatorId', signedIn, async (request, reply) => {
    const no = await shared.refused(request, reply);
    if (no) return no;
    if (!(await indicatorPage(request, null))) return sendError(request, reply, 404, 'notFound');
    const page = async (form: FormState) => (await indicatorPage(request, form))!;
    return handleForm(request, reply, {
      schema: indicatorSchema,
      page,
      run: (data) =>
        updateIndicator(
          deps(),
          request.principal!.userId,
          params(request).actionSlug,
          params(request).indicatorId,
          toIndicator(data),
        ),
      done: ({ slug }) => ({ to: to(request, slug, 'indicators-heading'), flash: 'actions.indicator.saved' }),
      failed: shared.answer(request, reply, page),
    });
  });
}
