import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendPage, redirectWithFlash } from '../../platform/http/render.tsx';
import { parseForm } from '../../platform/http/forms.ts';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import {
  codeStepOwner,
  confirmEnrolment,
  finishCodeStep,
  openSession,
  pendingEnrolment,
  recheckSecondFactor,
  renewRecoveryCodes,
  secondFactorStatus,
  startEnrolment,
  turnOffSecondFactor,
} from './service.ts';
import { clearCodeStepCookie, cookieSessionHash, readCodeStepCookie, setSessionCookie } from './sessions.ts';
import { safeNext } from './limits.ts';
import { accountUrl, formWith } from './http.ts';
import { signInCodeSchema } from './pages/sign-in-code/schema.ts';
import { SignInCodePage } from './pages/sign-in-code/view.tsx';
import { SecondFactorPage } from './pages/second-factor/view.tsx';
import { SecondFactorSetupPage } from './pages/second-factor-setup/view.tsx';
import { RecoveryCodesPage } from './pages/recovery-codes/view.tsx';
import { turnOffSchema } from './pages/second-factor-off/schema.ts';
import { SecondFactorOffPage } from './pages/second-factor-off/view.tsx';
import { RECHECK_FIELD, SecondFactorCheckPage } from './pages/second-factor-check/view.tsx';

const TOO_MANY = 'accounts.secondFactor.error.tooManyCodes';

/** 429 with Retry-After when a service said "too many codes", else 400. */
function codeStatus(reply: FastifyReply, errors: Record<string, string>, values?: Record<string, string | number>) {
  if (!Object.values(errors).includes(TOO_MANY)) return 400;
  reply.header('retry-after', String(Number(values?.minutes ?? 15) * 60));
  return 429;
}

/** Two-step sign-in: the code step after the password, setting it up, recovery codes, turning it off. */
export async function secondFactorRoutes(app: FastifyInstance) {
  const signedIn = { config: { permission: 'signed-in' as const } };
  const publicRoute = { config: { permission: 'public' as const } };
  const me = (request: FastifyRequest) => request.principal!;
  const nextOf = (request: FastifyRequest) => safeNext((request.query as { next?: unknown }).next);
  const withNext = (path: string, next: string | null) => (next ? `${path}?next=${encodeURIComponent(next)}` : path);

  // ---- the code step of sign-in

  app.get('/:lang/sign-in/code', publicRoute, async (request, reply) => {
    const next = nextOf(request);
    if (request.principal) return reply.redirect(next ?? accountUrl(request), 303);
    const token = readCodeStepCookie(request);
    if (!token || !(await codeStepOwner(app.deps.db, token)))
      return redirectWithFlash(reply, withNext(`/${request.lang}/sign-in`, next), 'accounts.signInCode.expired');
    return sendPage(request, reply, <SignInCodePage form={emptyForm()} next={next} />);
  });

  app.post('/:lang/sign-in/code', publicRoute, async (request, reply) => {
    const next = nextOf(request);
    const token = readCodeStepCookie(request);
    const startAgain = () => {
      clearCodeStepCookie(reply);
      return redirectWithFlash(reply, withNext(`/${request.lang}/sign-in`, next), 'accounts.signInCode.expired');
    };
    if (!token) return startAgain();
    const parsed = parseForm(signInCodeSchema, request.body, request.lang);
    if (!parsed.ok) return sendPage(request, reply, <SignInCodePage form={parsed.form} next={next} />, 400);
    const previous = cookieSessionHash(request);
    const result = await finishCodeStep(app.deps.db, token, parsed.data.code, async (trx, userId, proof) => ({
      sessionToken: await openSession(trx, userId, previous, proof),
      proof,
    }));
    if (!result.ok && 'expired' in result) return startAgain();
    if (!result.ok) {
      const form = formWith(request, result.errors, result.values);
      return sendPage(request, reply, <SignInCodePage form={form} next={next} />, codeStatus(reply, result.errors, result.values));
    }
    clearCodeStepCookie(reply);
    setSessionCookie(request, reply, result.value.sessionToken);
    const to = next ?? accountUrl(request);
    return result.value.proof === 'recovery-code'
      ? redirectWithFlash(reply, to, 'accounts.flash.recoveryCodeUsed')
      : reply.redirect(to, 303);
  });

  // ---- on the account

  async function showOverview(request: FastifyRequest, reply: FastifyReply, renewForm: FormState = emptyForm(), status = 200) {
    const status_ = await secondFactorStatus(app.deps.db, me(request).userId);
    const page = (
      <SecondFactorPage
        status={status_}
        isSecretariat={me(request).isSecretariat}
        next={nextOf(request)}
        renewForm={renewForm}
      />
    );
    return sendPage(request, reply, page, status);
  }

  app.get('/:lang/account/second-factor', signedIn, async (request, reply) => showOverview(request, reply));

  app.post('/:lang/account/second-factor/start', signedIn, async (request, reply) => {
    const next = nextOf(request);
    if ((await secondFactorStatus(app.deps.db, me(request).userId)).enrolled)
      return reply.redirect(withNext(`/${request.lang}/account/second-factor`, next), 303);
    await startEnrolment(app.deps.db, me(request).userId);
    return reply.redirect(withNext(`/${request.lang}/account/second-factor/setup`, next), 303);
  });

  async function showSetup(request: FastifyRequest, reply: FastifyReply, form: FormState = emptyForm(), status = 200) {
    const next = nextOf(request);
    const enrolment = await pendingEnrolment(app.deps.db, me(request).userId, me(request).email);
    if (!enrolment) return reply.redirect(withNext(`/${request.lang}/account/second-factor`, next), 303);
    return sendPage(request, reply, <SecondFactorSetupPage enrolment={enrolment} form={form} next={next} />, status);
  }

  app.get('/:lang/account/second-factor/setup', signedIn, async (request, reply) => showSetup(request, reply));

  app.post('/:lang/account/second-factor/setup', signedIn, async (request, reply) => {
    const parsed = parseForm(signInCodeSchema, request.body, request.lang);
    if (!parsed.ok) return showSetup(request, reply, parsed.form, 400);
    const result = await confirmEnrolment(app.deps.db, me(request), parsed.data.code);
    if (!result.ok)
      return showSetup(request, reply, formWith(request, result.errors, result.values), codeStatus(reply, result.errors, result.values));
    // Shown once, in the answer to the form: the codes are not stored anywhere they could be shown again.
    reply.header('cache-control', 'no-store');
    return sendPage(request, reply, <RecoveryCodesPage codes={result.value.recoveryCodes} next={nextOf(request)} justEnrolled />);
  });

  app.post('/:lang/account/second-factor/recovery-codes', signedIn, async (request, reply) => {
    const parsed = parseForm(signInCodeSchema, request.body, request.lang);
    if (!parsed.ok) return showOverview(request, reply, parsed.form, 400);
    const result = await renewRecoveryCodes(app.deps.db, me(request), parsed.data.code);
    if (!result.ok)
      return showOverview(request, reply, formWith(request, result.errors, result.values), codeStatus(reply, result.errors, result.values));
    return sendPage(request, reply, <RecoveryCodesPage codes={result.value.recoveryCodes} next={null} justEnrolled={false} />);
  });

  app.get('/:lang/account/second-factor/turn-off', signedIn, async (request, reply) => {
    // A secretariat account must keep it: its overview page says so, and offers no way to turn it off.
    if (me(request).isSecretariat || !(await secondFactorStatus(app.deps.db, me(request).userId)).enrolled)
      return reply.redirect(`/${request.lang}/account/second-factor`, 303);
    return sendPage(request, reply, <SecondFactorOffPage form={emptyForm()} />);
  });

  app.post('/:lang/account/second-factor/turn-off', signedIn, async (request, reply) => {
    // The service refuses a secretariat account (the page then says why, status 400).
    const parsed = parseForm(turnOffSchema, request.body, request.lang);
    if (!parsed.ok) return sendPage(request, reply, <SecondFactorOffPage form={parsed.form} />, 400);
    const result = await turnOffSecondFactor(app.deps.db, me(request), parsed.data);
    if (!result.ok) {
      const form = formWith(request, result.errors, result.values);
      const limited = result.errors.current_password === 'accounts.error.tooManyPasswordChecks';
      return sendPage(request, reply, <SecondFactorOffPage form={form} />, limited ? 429 : codeStatus(reply, result.errors, result.values));
    }
    return redirectWithFlash(reply, `/${request.lang}/account/second-factor`, 'accounts.flash.secondFactorOff');
  });

  // ---- asked again (a session that never proved it, or before a sensitive action)

  app.get('/:lang/account/second-factor/check', signedIn, async (request, reply) => {
    const next = nextOf(request);
    if (!me(request).hasSecondFactor) return reply.redirect(withNext(`/${request.lang}/account/second-factor`, next), 303);
    const action = withNext(`/${request.lang}/account/second-factor/check`, next);
    return sendPage(request, reply, <SecondFactorCheckPage form={emptyForm()} action={action} />);
  });

  app.post('/:lang/account/second-factor/check', signedIn, async (request, reply) => {
    const next = nextOf(request);
    const action = withNext(`/${request.lang}/account/second-factor/check`, next);
    const typed = (request.body as Record<string, unknown> | undefined)?.[RECHECK_FIELD];
    const result =
      typeof typed === 'string' && typed.trim()
        ? await recheckSecondFactor(app.deps.db, me(request), typed)
        : ({ ok: false, errors: { [RECHECK_FIELD]: 'accounts.secondFactor.error.codeRequired' } } as const);
    if (!result.ok) {
      const errors = 'code' in result.errors ? { [RECHECK_FIELD]: result.errors.code! } : result.errors;
      const values = 'values' in result ? result.values : undefined;
      const form = formWith(request, errors, values);
      delete form.values[RECHECK_FIELD];
      return sendPage(request, reply, <SecondFactorCheckPage form={form} action={action} />, codeStatus(reply, errors, values));
    }
    return reply.redirect(next ?? accountUrl(request), 303);
  });
}
