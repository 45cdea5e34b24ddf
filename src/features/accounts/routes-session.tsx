import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../platform/http/render.tsx';
import { handleForm, NO_FIELDS } from '../../platform/http/forms.ts';
import { invalid, ok } from '../../platform/outcome.ts';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { checkLink, requestVerification, setupAdmin, signIn, signOut, signUp, verifyEmail } from './service.ts';
import { clearSessionCookie, cookieSessionHash, setCodeStepCookie, setSessionCookie } from './sessions.ts';
import { IP_LIMITS, safeNext } from './limits.ts';
import {
  accountUrl,
  limitAs429,
  linkOutcome,
  linkStatus,
  overIpLimit,
  redirectIfSignedIn,
  waitValues,
  type TokenParams,
} from './http.ts';
import { clientAddressHash } from '../../platform/http/client-address.ts';
import { signUpSchema } from './pages/sign-up/schema.ts';
import { SignUpPage } from './pages/sign-up/view.tsx';
import { signInSchema } from './pages/sign-in/schema.ts';
import { SignInPage } from './pages/sign-in/view.tsx';
import { CheckEmailPage } from './pages/check-email/view.tsx';
import { VerifyEmailPage } from './pages/verify-email/view.tsx';
import { resendVerificationSchema } from './pages/resend-verification/schema.ts';
import { ResendVerificationPage } from './pages/resend-verification/view.tsx';
import { LinkProblemPage } from './pages/link-problem/view.tsx';
import { setupSchema } from './pages/setup/schema.ts';
import { SetupPage } from './pages/setup/view.tsx';

/** Sign-up, e-mail confirmation, sign-in, sign-out and the first secretariat account. */
export async function sessionRoutes(app: FastifyInstance) {
  const publicRoute = { config: { permission: 'public' as const } };

  app.get(
    '/:lang/sign-up',
    publicRoute,
    async (request, reply) =>
      redirectIfSignedIn(request, reply) ??
      sendPage(request, reply, <SignUpPage form={emptyForm()} next={safeNext((request.query as { next?: unknown }).next)} />),
  );

  app.post('/:lang/sign-up', publicRoute, async (request, reply) => {
    if (redirectIfSignedIn(request, reply)) return reply;
    const next = safeNext((request.body as { next?: unknown } | undefined)?.next);
    const page = (form: FormState) => <SignUpPage form={form} next={next} />;
    return handleForm(request, reply, {
      schema: signUpSchema,
      page,
      run: async (data) => {
        const limited = await overIpLimit(request, reply, IP_LIMITS.signUp);
        if (limited) return limited;
        const created = await signUp(app.deps, { ...data, locale: request.lang, next });
        // Signed in at once; the page after is the same whether or not an account was created.
        if (created) setSessionCookie(request, reply, created.sessionToken);
        return ok(null);
      },
      done: () => ({ to: `/${request.lang}/sign-up/sent` }),
      failed: limitAs429(request, reply, page),
    });
  });

  app.get('/:lang/sign-up/sent', publicRoute, async (request, reply) =>
    sendPage(request, reply, <CheckEmailPage kind="signUp" />),
  );

  app.get<TokenParams>('/:lang/verify-email/:token', publicRoute, async (request, reply) => {
    const problem = await checkLink(app.deps.db, request.params.token, 'verify_email');
    if (problem)
      return sendPage(request, reply, <LinkProblemPage kind="verify" problem={problem} />, linkStatus(problem));
    return sendPage(request, reply, <VerifyEmailPage token={request.params.token} />);
  });

  app.post<TokenParams>('/:lang/verify-email/:token', publicRoute, async (request, reply) =>
    handleForm(request, reply, {
      schema: NO_FIELDS,
      run: async () => {
        const result = await verifyEmail(app.deps.db, request.params.token);
        return linkOutcome(result.ok ? ok(result.next) : result);
      },
      done: (after) => {
        // Back to where the person was going when they signed up (through sign-in if needed).
        const next = safeNext(after);
        if (request.principal) return { to: next ?? accountUrl(request), flash: 'accounts.flash.emailVerified' };
        const signIn = `/${request.lang}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`;
        return { to: signIn, flash: 'accounts.flash.emailVerifiedSignIn' };
      },
      failed: (failure) =>
        failure.problem &&
        sendPage(request, reply, <LinkProblemPage kind="verify" problem={failure.problem} />, linkStatus(failure.problem)),
    }),
  );

  app.get('/:lang/resend-verification', publicRoute, async (request, reply) =>
    sendPage(request, reply, <ResendVerificationPage form={emptyForm()} />),
  );

  app.post('/:lang/resend-verification', publicRoute, async (request, reply) => {
    const page = (form: FormState) => <ResendVerificationPage form={form} />;
    return handleForm(request, reply, {
      schema: resendVerificationSchema,
      page,
      run: async (data) =>
        (await overIpLimit(request, reply, IP_LIMITS.resendVerification)) ??
        ok(await requestVerification(app.deps, data.email)),
      done: () => ({ to: `/${request.lang}/resend-verification/sent` }),
      failed: limitAs429(request, reply, page),
    });
  });

  app.get('/:lang/resend-verification/sent', publicRoute, async (request, reply) =>
    sendPage(request, reply, <CheckEmailPage kind="resend" />),
  );

  app.get('/:lang/sign-in', publicRoute, async (request, reply) => {
    const next = safeNext((request.query as { next?: unknown }).next);
    if (request.principal) return reply.redirect(next ?? accountUrl(request), 303);
    return sendPage(request, reply, <SignInPage form={emptyForm()} next={next} />);
  });

  app.post('/:lang/sign-in', publicRoute, async (request, reply) => {
    const next = safeNext((request.query as { next?: unknown }).next);
    const page = (form: FormState) => <SignInPage form={form} next={next} />;
    return handleForm(request, reply, {
      schema: signInSchema,
      page,
      run: async (data) => {
        const limited = await overIpLimit(request, reply, IP_LIMITS.signIn);
        if (limited) return limited;
        const result = await signIn(app.deps, {
          ...data,
          previousSessionHash: cookieSessionHash(request),
          addressHash: await clientAddressHash(request),
        });
        if (result.ok) return result;
        if (result.error === 'credentials') return invalid({ password: 'accounts.error.credentials' });
        reply.header('retry-after', String(result.seconds));
        return invalid({ password: 'accounts.error.signInWait' }, waitValues(result.seconds));
      },
      done: (signedIn) => {
        if ('codeStep' in signedIn) {
          // Right password, second factor still to prove: no session until the code step.
          setCodeStepCookie(request, reply, signedIn.codeStep);
          return { to: `/${request.lang}/sign-in/code${next ? `?next=${encodeURIComponent(next)}` : ''}` };
        }
        setSessionCookie(request, reply, signedIn.sessionToken);
        return { to: next ?? accountUrl(request) };
      },
      failed: limitAs429(request, reply, page),
    });
  });

  app.post('/:lang/sign-out', publicRoute, async (request, reply) =>
    handleForm(request, reply, {
      schema: NO_FIELDS,
      run: async () => ok(request.principal ? await signOut(app.deps.db, request.principal) : null),
      done: () => {
        clearSessionCookie(reply);
        return { to: `/${request.lang}`, flash: 'accounts.flash.signedOut' };
      },
    }),
  );

  app.get<TokenParams>('/:lang/setup/:token', publicRoute, async (request, reply) => {
    const problem = await checkLink(app.deps.db, request.params.token, 'setup_admin');
    if (problem)
      return sendPage(request, reply, <LinkProblemPage kind="setup" problem={problem} />, linkStatus(problem));
    return sendPage(request, reply, <SetupPage form={emptyForm()} token={request.params.token} />);
  });

  app.post<TokenParams>('/:lang/setup/:token', publicRoute, async (request, reply) => {
    const { token } = request.params;
    const problem = await checkLink(app.deps.db, token, 'setup_admin');
    if (problem)
      return sendPage(request, reply, <LinkProblemPage kind="setup" problem={problem} />, linkStatus(problem));
    return handleForm(request, reply, {
      schema: setupSchema,
      page: (form) => <SetupPage form={form} token={token} />,
      run: async (data) =>
        linkOutcome(await setupAdmin(app.deps, token, data, request.lang, cookieSessionHash(request))),
      done: (created) => {
        setSessionCookie(request, reply, created.sessionToken);
        return { to: accountUrl(request), flash: 'accounts.flash.secretariatCreated' };
      },
      failed: (failure) =>
        failure.problem &&
        sendPage(request, reply, <LinkProblemPage kind="setup" problem={failure.problem} />, linkStatus(failure.problem)),
    });
  });
}
