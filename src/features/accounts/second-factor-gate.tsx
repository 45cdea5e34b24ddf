import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendPage } from '../../platform/http/render.tsx';
import { typedValues, type RawBody } from '../../platform/http/forms.ts';
import { emptyForm } from '../../platform/views/form.tsx';
import { now } from '../../platform/db/sql.ts';
import { recheckSecondFactor } from './service-second-factor.ts';
import { formWith } from './http.ts';
import { RECHECK_FIELD, SecondFactorCheckPage } from './pages/second-factor-check/view.tsx';

/**
 * What the permission check does when `decide` asks for the second factor (every secretariat
 * page; routes with `config.recentSecondFactor`). A page to open sends the person to set it up
 * or to enter the code, and back. A form sent with a stale proof gets the code question in
 * place, the typed values riding along as hidden fields; sent again with the code, it goes
 * on to its own handler as if nothing had happened (files too, when the route keeps them:
 * `config.keepUploads`). Returns the reply when it answered,
 * undefined when the request may go on. The CSRF token was checked before.
 */
export async function secondFactorGate(
  request: FastifyRequest,
  reply: FastifyReply,
  decision: 'second-factor-setup' | 'second-factor-check',
): Promise<FastifyReply | undefined> {
  const back = `?next=${encodeURIComponent(request.url)}`;
  if (decision === 'second-factor-setup')
    return reply.redirect(`/${request.lang}/account/second-factor${request.method === 'GET' ? back : ''}`, 303);
  if (request.method === 'GET' || request.method === 'HEAD')
    return reply.redirect(`/${request.lang}/account/second-factor/check${back}`, 303);

  const body = (request.body && typeof request.body === 'object' ? request.body : {}) as RawBody;
  const typed = body[RECHECK_FIELD];
  const page = async (form = emptyForm(), status = 403) => {
    // Files cannot ride along as hidden fields: the route sets them aside and names them.
    const kept = (await request.routeOptions.config.keepUploads?.(request)) ?? {};
    const carry = { ...typedValues(body), ...kept };
    delete carry[RECHECK_FIELD];
    const view = <SecondFactorCheckPage form={form} action={request.url} carry={carry as Record<string, string | string[]>} />;
    return sendPage(request, reply, view, status);
  };
  if (typeof typed !== 'string') return page();
  const outcome = await recheckSecondFactor(request.server.deps.db, request.principal!, typed);
  if (!outcome.ok) {
    const limited = outcome.errors.code === 'accounts.secondFactor.error.tooManyCodes';
    if (limited) reply.header('retry-after', String(Number(outcome.values?.minutes ?? 15) * 60));
    const form = formWith(request, { [RECHECK_FIELD]: outcome.errors.code ?? 'accounts.secondFactor.error.wrongCode' }, outcome.values);
    delete form.values[RECHECK_FIELD];
    return page(form, limited ? 429 : 400);
  }
  delete body[RECHECK_FIELD];
  request.principal!.secondFactorAt = now();
  return undefined;
}
