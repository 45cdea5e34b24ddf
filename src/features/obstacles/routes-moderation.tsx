import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm } from '../../platform/http/forms.ts';
import { sendPage } from '../../platform/http/render.tsx';
import type { FormState } from '../../platform/views/form.tsx';
import { refuse } from '../organisations/context.ts';
import type { MergeDeps, Outcome } from './outcome.ts';
import { closeSchema, hideSchema, mergeSchema } from './pages/moderate/schema.ts';
import { ModeratePage, type ModerateForms } from './pages/moderate/view.tsx';
import * as repo from './repository.ts';
import { closeObstacle, hideObstacle, mergeObstacle } from './service-moderation.ts';

// The secretariat's page for one obstacle and its three decisions. Decisions ask for the second
// factor again when it was proven long ago, as the practices' review does.

type Params = { obstacleId: string };
const secretariat = { config: { permission: 'secretariat' as const } };
const deciding = { config: { permission: 'secretariat' as const, recentSecondFactor: true } };

export async function moderationRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;
  const deps = (): MergeDeps => app.deps;
  const idOf = (request: FastifyRequest) => (request.params as Params).obstacleId;

  /** The obstacle the secretariat moderates: any but a merged one (its address leads to the kept one). */
  const find = async (request: FastifyRequest) => {
    const o = await repo.obstacleById(db, idOf(request));
    return o && o.status !== 'merged' ? o : undefined;
  };

  app.get('/:lang/secretariat/obstacles/:obstacleId', secretariat, async (request, reply) => {
    const obstacle = await find(request);
    if (!obstacle) return sendError(request, reply, 404, 'notFound');
    return sendPage(request, reply, <ModeratePage obstacle={obstacle} />);
  });

  /** One decision's form loop: the page again with this form's mistakes, or the obstacle's page with a banner. */
  function decision<S extends typeof mergeSchema | typeof closeSchema | typeof hideSchema>(
    path: string,
    schema: S,
    which: keyof ModerateForms,
    run: (request: FastifyRequest, data: Record<string, string>) => Promise<Outcome<{ slug: string }>>,
    flash: string,
  ) {
    app.post(`/:lang/secretariat/obstacles/:obstacleId/${path}`, deciding, async (request, reply) => {
      const obstacle = await find(request);
      if (!obstacle) return sendError(request, reply, 404, 'notFound');
      const page = (form: FormState) => <ModeratePage obstacle={obstacle} forms={{ [which]: form }} />;
      return handleForm(request, reply, {
        schema,
        page,
        run: (data) => run(request, data as Record<string, string>),
        done: ({ slug }) => ({ to: `/${request.lang}/obstacles/${encodeURIComponent(slug)}`, flash }),
        failed: (failure, form) =>
          failure.error === 'notFound' || failure.error === 'forbidden'
            ? refuse(request, reply, failure.error)
            : failure.error === 'conflict'
              ? sendPage(request, reply, page(form), 409)
              : undefined,
      });
    });
  }

  const actor = (request: FastifyRequest) => request.principal!.userId;
  decision(
    'merge',
    mergeSchema,
    'merge',
    (request, data) => mergeObstacle(deps(), actor(request), { id: idOf(request), into: data.into! }),
    'obstacles.merge.flash',
  );
  decision(
    'close',
    closeSchema,
    'close',
    (request, data) => closeObstacle(deps(), actor(request), { id: idOf(request), reason: data.closeReason! }),
    'obstacles.close.flash',
  );
  decision(
    'hide',
    hideSchema,
    'hide',
    (request, data) => hideObstacle(deps(), actor(request), { id: idOf(request), reason: data.hideReason! }),
    'obstacles.hide.flash',
  );
}
