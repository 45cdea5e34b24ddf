import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm, NO_FIELDS } from '../../platform/http/forms.ts';
import { sendPage } from '../../platform/http/render.tsx';
import { emptyForm } from '../../platform/views/form.tsx';
import { dimensionOf, type Framework } from './framework.ts';
import type { FrameworkVersionLine } from './repository-secretariat.ts';
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

  /** A version that is not a draft (any more): its read-only page, saying why nothing changed, with 409. */
  const notEditable = (
    request: FastifyRequest,
    reply: FastifyReply,
    found: { framework: Framework; line: FrameworkVersionLine },
  ) => sendPage(request, reply, <FrameworkPage framework={found.framework} line={found.line} notEditable />, 409);

  /** A service's refusal to change a version: 404 when it is gone, else its read-only page. */
  const refused = async (request: FastifyRequest, reply: FastifyReply, reason: DraftRefusal) => {
    const found = reason === 'notFound' ? null : await load(request, reply);
    if (!found) return reason === 'notFound' ? sendError(request, reply, 404, 'notFound') : reply;
    return notEditable(request, reply, found);
  };

  /**
   * The draft in the URL and, for `/dimensions/:dimension`, that dimension; or null once the
   * answer is sent: 404 for no such version or dimension, the read-only page for a version that
   * is not a draft.
   */
  const loadDraft = async (request: FastifyRequest, reply: FastifyReply) => {
    const found = await load(request, reply);
    if (!found) return null;
    const key = (request.params as { dimension?: string }).dimension;
    const dimension = key === undefined ? null : (dimensionOf(found.framework, key) ?? null);
    if (key !== undefined && !dimension) {
      await sendError(request, reply, 404, 'notFound');
      return null;
    }
    if (found.framework.status !== 'draft') {
      await notEditable(request, reply, found);
      return null;
    }
    return { version: found.framework.version, dimension };
  };

  app.get(
    '/:lang/secretariat/assessment/frameworks/:version/dimensions/:dimension',
    secretariat,
    async (request, reply) => {
      const found = await loadDraft(request, reply);
      if (!found?.dimension) return reply;
      return sendPage(request, reply, <DimensionFormPage {...found} form={emptyForm(valuesOf(found.dimension))} />);
    },
  );

  app.post(
    '/:lang/secretariat/assessment/frameworks/:version/dimensions/:dimension',
    changing,
    async (request, reply) => {
      const found = await loadDraft(request, reply);
      const dimension = found?.dimension;
      if (!found || !dimension) return reply;
      return handleForm(request, reply, {
        schema: dimensionFormSchema(dimension),
        page: (form) => <DimensionFormPage version={found.version} dimension={dimension} form={form} />,
        run: (texts) => saveDimensionTexts(db, request.principal!.userId, found.version, dimension.key, texts),
        done: () => ({
          to: `${versionPath(request, found.version)}#dimension-${dimension.key}`,
          flash: 'assessment.framework.flash.saved',
        }),
        failed: (failure) => refused(request, reply, failure.error),
      });
    },
  );

  app.get('/:lang/secretariat/assessment/frameworks/:version/new-dimension', secretariat, async (request, reply) => {
    const found = await loadDraft(request, reply);
    if (!found) return reply;
    return sendPage(request, reply, <DimensionFormPage version={found.version} dimension={null} form={emptyForm()} />);
  });

  app.post('/:lang/secretariat/assessment/frameworks/:version/new-dimension', changing, async (request, reply) => {
    const found = await loadDraft(request, reply);
    if (!found) return reply;
    const { version } = found;
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
