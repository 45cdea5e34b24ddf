import type { FastifyReply, FastifyRequest } from 'fastify';
import { formWithErrors, translateErrors, typedValues, type RawBody } from '../../platform/http/forms.ts';
import type { FormState } from '../../platform/views/form.tsx';
import { invalid, type Outcome } from '../../platform/outcome.ts';
import { sendPage } from '../../platform/http/render.tsx';
import type { VNode } from 'preact';
import type { LinkProblem } from './outcome.ts';
import { limitByIp, type IpLimit } from './limits.ts';

// Small helpers the account routes share, so each route stays a few lines.

/** The form as typed (passwords left out) with a service's errors in the page's language. */
export function formWith(
  request: FastifyRequest,
  errors: Record<string, string>,
  values: Record<string, string | number> = {},
): FormState {
  return formWithErrors(
    typedValues(request.body as RawBody | undefined),
    translateErrors(request.lang, errors, values),
  );
}

/**
 * Counts the request against the connection's limit: null when it may go on, else the failure
 * "too many attempts, wait N minutes" on the e-mail field (Retry-After is set).
 */
export async function overIpLimit(request: FastifyRequest, reply: FastifyReply, limit: IpLimit) {
  const minutes = await limitByIp(request, reply, limit);
  return minutes ? invalid({ email: 'accounts.error.tooManyAttempts' }, { minutes }) : null;
}

/**
 * `handleForm`'s answer to a limit: a failure that says how long to wait (its message has
 * values) is shown with 429; any other falls through to the form again with 400.
 */
export function limitAs429(request: FastifyRequest, reply: FastifyReply, page: (form: FormState) => VNode) {
  return (failure: { values?: Record<string, string | number> }, form: FormState) =>
    failure.values ? sendPage(request, reply, page(form), 429) : undefined;
}

/** What a one-time link's outcome adds to the platform's: the reason a dead link is dead. */
export type LinkExtra = { problem?: LinkProblem };

/** A link service's result (setup, reset) as an `Outcome`: a dead link is `problem`, mistakes are field errors. */
export function linkOutcome<T>(
  result: { ok: true; value: T } | { ok: false; problem: LinkProblem } | { ok: false; errors: Record<string, string> },
): Outcome<T, never, LinkExtra> {
  if (result.ok) return result;
  return 'problem' in result ? { ok: false, errors: {}, problem: result.problem } : invalid(result.errors);
}

/** How long to wait, in words a person reads at once: seconds under two minutes, else whole minutes. */
export function waitValues(seconds: number): { unit: 'second' | 'minute'; count: number } {
  return seconds < 120
    ? { unit: 'second', count: Math.max(1, seconds) }
    : { unit: 'minute', count: Math.ceil(seconds / 60) };
}

/** A dead link is gone (410) if it was real once, unknown (404) otherwise; a taken address is a conflict. */
export function linkStatus(problem: LinkProblem | 'taken'): number {
  return problem === 'missing' ? 404 : problem === 'taken' ? 409 : 410;
}

export const accountUrl = (request: FastifyRequest) => `/${request.lang}/account`;

/** Sign-in and sign-up pages have nothing to offer someone already signed in. */
export function redirectIfSignedIn(request: FastifyRequest, reply: FastifyReply): FastifyReply | null {
  return request.principal ? reply.redirect(accountUrl(request), 303) : null;
}

export type TokenParams = { Params: { lang: string; token: string } };
