import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from '../../platform/http/errors.tsx';
import { redirectWithFlash } from '../../platform/http/render.tsx';
import { refuse } from '../organisations/context.ts';
import type { RunReason } from './service-run.ts';
import { runPath } from './pages/run/parts.tsx';

/** A refused write: 404, 403, or, for a run submitted meanwhile, its results with a word why. */
export function refuseRun(
  request: FastifyRequest,
  reply: FastifyReply,
  reason: RunReason | 'noFramework' | 'missingLevels',
  runId?: string,
): FastifyReply | undefined {
  const { orgId } = request.params as { orgId: string };
  if (reason === 'submitted' && runId)
    return redirectWithFlash(
      reply,
      `/${request.lang}${runPath(orgId, runId)}`,
      'assessment.run.flash.alreadySubmitted',
    );
  if (reason === 'forbidden') return refuse(request, reply, 'forbidden');
  if (reason === 'invalid' || reason === 'missingLevels') return undefined;
  return sendError(request, reply, 404, 'notFound');
}
