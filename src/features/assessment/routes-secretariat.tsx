import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm, NO_FIELDS } from '../../platform/http/forms.ts';
import { sendPage } from '../../platform/http/render.tsx';
import { emptyForm } from '../../platform/views/form.tsx';
import { dimensionOf } from './framework.ts';
import { dimensionFormSchema, newDimensionSchema, valuesOf } from './pages/secretariat/dimension/schema.ts';
import { DimensionFormPage } from './pages/secretariat/dimension/view.tsx';
import { FrameworkPage } from './pages/secretariat/framework/view.tsx';
import { AssessmentOverviewPage } from './pages/secretariat/overview/view.tsx';
import {
  addDimension,
  frameworkForReading,
  publishFramework,
  saveDimensionTexts,
  startDraft,
  type DraftRefusal,
} from './service-frameworks.ts';
import { decodeSharedCursor, secretariatOverview, sharedRunsPage } from './service-secretariat.ts';

/**
 * The secretariat's side (issue 9): the figures, the runs shared with it, and the framework's
 * versions. Every route is the secretariat's; changing the framework changes what every
 * organisation answers next, so, as for the secretariat's settings and decisions, its forms ask
 * for the second factor again when it was proven long ago.
 */
export async function secretariatRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;
  const secretariat = { config: { permission: 'secretariat' as const } };
  const changing = { config: { ...secretariat.config, recentSecondFactor: true } };
  const versionPath = (request: FastifyRequest, version: number) =>
    `/${request.lang}/secretariat/assessment/frameworks/${version}`;

  app.get('/:lang/secretariat/assessment', secretariat, async (request, reply) => {
    const after = decodeSharedCursor((request.query as { after?: unknown }).after);
    const [overview, shared] = await Promise.all([secretariatOverview(db, request.lang), sharedRunsPage(db, after)]);
    return sendPage(
      request,
      reply,
      <AssessmentOverviewPage overview={overview} shared={shared} paged={after !== null} />,
    );
  });

  app.post('/:lang/secretariat/assessment/frameworks', changing, async (request, reply) =>
    handleForm(request, reply, {
      schema: NO_FIELDS,
      run: () => startDraft(db, request.principal!.userId),
      done: (draft) => ({
        to: versionPath(request, draft.version),
        flash: draft.created ? 'assessment.framework.flash.drafted' : 'assessment.framework.flash.draftExists',
      }),
      // Nothing in force to copy yet (the framework is loaded on start): nothing to draft from.
      failed: () => sendError(request, reply, 409, 'badRequest'),
    }),
  );

  /** The version in the URL with its dates, or a 404 page sent. */
  const load = async (request: FastifyRequest, reply: FastifyReply) => {
    const raw = (request.params as { version: string }).version;
    const found = /^[1-9]\d{0,5}$/.test(raw) ? await frameworkForReading(db, Number(raw)) : null;
    if (!found) sendError(request, reply, 404, 'notFound');
    return found;
  };

  app.get('/:lang/secretariat/assessment/frameworks/:version', secretariat, async (request, reply) => {
    const found = await load(request, reply);
    if (!found) return reply;
    return sendPage(request, reply, <FrameworkPage framework={found.framework} line={found.line} />);
  });

  /** A refusal to change a version: 404 when it is gone, else its read-only page with 409. */
  const refused = async (request: FastifyRequest, reply: FastifyReply, reason: DraftRefusal) => {
    const found = reason === 'notFound' ? null : await load(request, reply);
    if (!found) return reason === 'notFound' ? sendError(request, reply, 404, 'notFound') : reply;
    return sendPage(request, reply, <FrameworkPage framework={found.framework} line={found.line} notEditable />, 409);
  };

  /** The draft and dimension in the URL, or the answer already sent (404, or 409 for a version not a draft). */
  const loadDimension = async (request: FastifyRequest, reply: FastifyReply) => {
    const found = await load(request, reply);
    if (!found) return null;
    const dimension = dimensionOf(found.framework, (request.params as { dimension: string }).dimension);
    if (!dimension) {
      await sendError(request, reply, 404, 'notFound');
      return null;
    }
    if (found.framework.status !== 'draft') {
      await sendPage(request, reply, <FrameworkPage framework={found.framework} line={found.line} notEditable />, 409);
      return null;
    }
    return { version: found.framework.version, dimension };
  };

  app.get(
    '/:lang/secretariat/assessment/frameworks/:version/dimensions/:dimension',
    secretariat,
    async (request, reply) => {
      const found = await loadDimension(request, reply);
      if (!found) return reply;
      return sendPage(request, reply, <DimensionFormPage {...found} form={emptyForm(valuesOf(found.dimension))} />);
    },
  );

  app.post(
    '/:lang/secretariat/assessment/frameworks/:version/dimensions/:dimension',
    changing,
    async (request, reply) => {
      const found = await loadDimension(request, reply);
      if (!found) return reply;
      return handleForm(request, reply, {
        schema: dimensionFormSchema(found.dimension),
        page: (form) => <DimensionFormPage {...found} form={form} />,
        run: (texts) => saveDimensionTexts(db, request.principal!.userId, found.version, found.dimension.key, texts),
        done: () => ({
          to: `${versionPath(request, found.version)}#dimension-${found.dimension.key}`,
          flash: 'assessment.framework.flash.saved',
        }),
        failed: (failure) => refused(request, reply, failure.error),
      });
    },
  );

  /** The draft in the URL, or the answer already sent (404, or its read-only page with 409). */
  const loadDraft = async (request: FastifyRequest, reply: FastifyReply) => {
    const found = await load(request, reply);
    if (!found) return null;
    if (found.framework.status === 'draft') return found.framework.version;
    await sendPage(request, reply, <FrameworkPage framework={found.framework} line={found.line} notEditable />, 409);
    return null;
  };

  app.get('/:lang/secretariat/assessment/frameworks/:version/new-dimension', secretariat, async (request, reply) => {
    const version = await loadDraft(request, reply);
    if (version === null) return reply;
    return sendPage(request, reply, <DimensionFormPage version={version} dimension={null} form={emptyForm()} />);
  });

  app.post('/:lang/secretariat/assessment/frameworks/:version/new-dimension', changing, async (request, reply) => {
    const version = await loadDraft(request, reply);
    if (version === null) return reply;
    return handleForm(request, reply, {
      schema: newDimensionSchema(),
      page: (form) => <DimensionFormPage version={version} dimension={null} form={form} />,
      run: (dimension) => addDimension(db, request.principal!.userId, version, dimension),
      done: () => ({ to: versionPath(request, version), flash: 'assessment.framework.flash.added' }),
      failed: (failure) => (failure.error === 'invalid' ? undefined : refused(request, reply, failure.error)),
    });
  });

  app.post('/:lang/secretariat/assessment/frameworks/:version/publish', changing, async (request, reply) => {
    const found = await load(request, reply);
    if (!found) return reply;
    return handleForm(request, reply, {
      schema: NO_FIELDS,
      run: () => publishFramework(db, request.principal!.userId, found.framework.version),
      done: () => ({
        to: versionPath(request, found.framework.version),
        flash: 'assessment.framework.flash.published',
      }),
      failed: (failure) => refused(request, reply, failure.error),
    });
  });
}
