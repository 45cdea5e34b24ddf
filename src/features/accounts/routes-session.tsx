import type { FastifyInstance } from 'fastify';
import { sendPage, redirectWithFlash } from '../../platform/http/render.tsx';
import { parseForm } from '../../platform/http/forms.ts';
import { emptyForm } from '../../platform/views/form.tsx';
import { checkLink, requestVerification, setupAdmin, signIn, signOut, signUp, verifyEmail } from './service.ts';
import { clearSessionCookie, cookieSessionHash, setCodeStepCookie, setSessionCookie } from './sessions.ts';
import { IP_LIMITS, limitByIp, safeNext } from './limits.ts';
import { accountUrl, formWith, linkStatus, redirectIfSignedIn, tooManyForm, waitValues, type TokenParams } from './http.ts';
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
    const parsed = parseForm(signUpSchema, request.body, request.lang);
    if (!parsed.ok) return sendPage(request, reply, <SignUpPage form={parsed.form} next={next} />, 400);
    const wait = await limitByIp(request, reply, IP_LIMITS.signUp);
    if (wait) return sendPage(request, reply, <SignUpPage form={tooManyForm(request, 'email', wait)} next={next} />, 429);
    const created = await signUp(app.deps, { ...parsed.data, locale: request.lang, next });
    // Signed in at once; the page after is the same whether or not an account was created.
    if (created) setSessionCookie(request, reply, created.sessionToken);
    return reply.redirect(`/${request.lang}/sign-up/sent`, 303);
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

  app.post<TokenParams>('/:lang/verify-email/:token', publicRoute, async (request, reply) => {
    const result = await verifyEmail(app.deps.db, request.params.token);
    if (!result.ok)
      return sendPage(
        request,
        reply,
        <LinkProblemPage kind="verify" problem={result.problem} />,
        linkStatus(result.problem),
      );
    // Back to where the person was going when they signed up (through sign-in if needed).
    const next = safeNext(result.next);
    if (request.principal) return redirectWithFlash(reply, next ?? accountUrl(request), 'accounts.flash.emailVerified');
    const signIn = `/${request.lang}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`;
    return redirectWithFlash(reply, signIn, 'accounts.flash.emailVerifiedSignIn');
  });

  app.get('/:lang/resend-verification', publicRoute, async (request, reply) =>
    sendPage(request, reply, <ResendVerificationPage form={emptyForm()} />),
  );

  app.post('/:lang/resend-verification', publicRoute, async (request, reply) => {
    const parsed = parseForm(resendVerificationSchema, request.body, request.lang);
    if (!parsed.ok) return sendPage(request, reply, <ResendVerificationPage form={parsed.form} />, 400);
    const wait = await limitByIp(request, reply, IP_LIMITS.resendVerification);
    if (wait)
      return sendPage(request, reply, <ResendVerificationPage form={tooManyForm(request, 'email', wait)} />, 429);
    await requestVerification(app.deps, parsed.data.email);
    return reply.redirect(`/${request.lang}/resend-verification/sent`, 303);
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
    const parsed = parseForm(signInSchema, request.body, request.lang);
    if (!parsed.ok) return sendPage(request, reply, <SignInPage form={parsed.form} next={next} />, 400);
    const wait = await limitByIp(request, reply, IP_LIMITS.signIn);
    if (wait)
      return sendPage(request, reply, <SignInPage form={tooManyForm(request, 'email', wait)} next={next} />, 429);
    const result = await signIn(app.deps, {
      ...parsed.data,
      previousSessionHash: cookieSessionHash(request),
      addressHash: await clientAddressHash(request),
    });
    if (!result.ok && result.error === 'throttled') {
      reply.header('retry-after', String(result.seconds));
      const form = formWith(request, { password: 'accounts.error.signInWait' }, waitValues(result.seconds));
      return sendPage(request, reply, <SignInPage form={form} next={next} />, 429);
    }
    if (!result.ok) {
      const form = formWith(request, { password: 'accounts.error.credentials' });
      return sendPage(request, reply, <SignInPage form={form} next={next} />, 400);
    }
    if ('codeStep' in result.value) {
      // Right password, second factor still to prove: no session until the code step.
      setCodeStepCookie(request, reply, result.value.codeStep);
      return reply.redirect(`/${request.lang}/sign-in/code${next ? `?next=${encodeURIComponent(next)}` : ''}`, 303);
    }
    setSessionCookie(request, reply, result.value.sessionToken);
    return reply.redirect(next ?? accountUrl(request), 303);
  });

  app.post('/:lang/sign-out', publicRoute, async (request, reply) => {
    if (request.principal) await signOut(app.deps.db, request.principal);
    clearSessionCookie(reply);
    return redirectWithFlash(reply, `/${request.lang}`, 'accounts.flash.signedOut');
  });

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
    const parsed = parseForm(setupSchema, request.body, request.lang);
    if (!parsed.ok) return sendPage(request, reply, <SetupPage form={parsed.form} token={token} />, 400);
    const result = await setupAdmin(app.deps, token, parsed.data, request.lang, cookieSessionHash(request));
    if ('problem' in result)
      return sendPage(
        request,
        reply,
        <LinkProblemPage kind="setup" problem={result.problem} />,
        linkStatus(result.problem),
      );
    if (!result.ok)
      return sendPage(request, reply, <SetupPage form={formWith(request, result.errors)} token={token} />, 400);
    setSessionCookie(request, reply, result.value.sessionToken);
    return redirectWithFlash(reply, accountUrl(request), 'accounts.flash.secretariatCreated');
  });
}
