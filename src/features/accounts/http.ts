import type { FastifyReply, FastifyRequest } from 'fastify';
import { formWithErrors, translateErrors, typedValues, type RawBody } from '../../platform/http/forms.ts';
import type { FormState } from '../../platform/views/form.tsx';
import type { LinkProblem } from './outcome.ts';

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

/** "Too many attempts, wait N minutes", shown on the field the person starts with. */
export function tooManyForm(request: FastifyRequest, field: string, minutes: number): FormState {
  return formWith(request, { [field]: 'accounts.error.tooManyAttempts' }, { minutes });
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
