import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendPage, redirectWithFlash } from '../../platform/http/render.tsx';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm, NO_FIELDS } from '../../platform/http/forms.ts';
import { ok } from '../../platform/outcome.ts';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import {
  accountOverview,
  changePassword,
  closeAccount,
  confirmEmailChange,
  emailChangeLink,
  requestEmailChange,
  resendVerification,
  signOutEverywhere,
  updateProfile,
} from './service.ts';
import { clearSessionCookie } from './sessions.ts';
import { exportMyData } from './service-export.ts';
import { accountUrl, linkStatus, type TokenParams } from './http.ts';
import { AccountPage } from './pages/account/view.tsx';
import { profileSchema } from './pages/profile/schema.ts';
import { ProfilePage } from './pages/profile/view.tsx';
import { changePasswordSchema } from './pages/change-password/schema.ts';
import { ChangePasswordPage } from './pages/change-password/view.tsx';
import { changeEmailSchema } from './pages/change-email/schema.ts';
import { ChangeEmailPage } from './pages/change-email/view.tsx';
import { ConfirmEmailPage } from './pages/confirm-email/view.tsx';
import { closeAccountSchema } from './pages/close-account/schema.ts';
import { CloseAccountPage } from './pages/close-account/view.tsx';
import { LinkProblemPage } from './pages/link-problem/view.tsx';

/** The signed-in person's own account, and the link that confirms a new address. */
export async function accountRoutes(app: FastifyInstance) {
  const signedIn = { config: { permission: 'signed-in' as const } };
  const publicRoute = { config: { permission: 'public' as const } };
  const me = (request: FastifyRequest) => request.principal!;

  async function showAccount(request: FastifyRequest, reply: FastifyReply, notice?: { minutes: number }) {
    const account = await accountOverview(app.deps.db, me(request).userId);
    if (!account) return sendError(request, reply, 404, 'notFound');
    return sendPage(
      request,
      reply,
      <AccountPage account={account} waitMinutes={notice?.minutes} />,
      notice ? 429 : 200,
    );
  }

  app.get('/:lang/account', signedIn, async (request, reply) => showAccount(request, reply));

  app.post('/:lang/account/resend-verification', signedIn, async (request, reply) =>
    handleForm(request, reply, {
      schema: NO_FIELDS,
      run: async () => {
        const result = await resendVerification(app.deps, me(request).userId);
        if (result.status !== 'limited') return ok(result.status);
        reply.header('retry-after', String(result.retryAfter));
        return { ok: false, errors: {}, retryAfter: result.retryAfter };
      },
      done: (status) => ({
        to: accountUrl(request),
        flash: status === 'sent' ? 'accounts.flash.verificationSent' : 'accounts.flash.emailVerified',
      }),
      failed: ({ retryAfter }) => showAccount(request, reply, { minutes: Math.ceil(retryAfter / 60) }),
    }),
  );

  app.post('/:lang/account/sign-out-everywhere', signedIn, async (request, reply) =>
    handleForm(request, reply, {
      schema: NO_FIELDS,
      run: async () => ok(await signOutEverywhere(app.deps.db, me(request))),
      done: () => {
        clearSessionCookie(reply);
        return { to: `/${request.lang}/sign-in`, flash: 'accounts.flash.signedOutEverywhere' };
      },
    }),
  );

  // "Download my data": a POST (a button, with its CSRF token) answered with a JSON file.
  app.post('/:lang/account/data', signedIn, async (request, reply) => {
    const result = await exportMyData(app.deps.db, me(request), request.lang, app.deps.registry.features);
    if (!result.ok) {
      reply.header('retry-after', String(Math.max(1, result.retryAfter)));
      return showAccount(request, reply, { minutes: Math.max(1, Math.ceil(result.retryAfter / 60)) });
    }
    const day = result.value.exportedAt.slice(0, 10);
    return reply
      .header('content-disposition', `attachment; filename="inclusio-my-data-${day}.json"`)
      .header('cache-control', 'private, no-store')
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(result.value, null, 2));
  });

  app.get('/:lang/account/profile', signedIn, async (request, reply) => {
    const account = await accountOverview(app.deps.db, me(request).userId);
    if (!account) return sendError(request, reply, 404, 'notFound');
    return sendPage(request, reply, <ProfilePage form={emptyForm({ name: account.name, locale: account.locale })} />);
  });

  app.post('/:lang/account/profile', signedIn, async (request, reply) =>
    handleForm(request, reply, {
      schema: profileSchema,
      page: (form) => <ProfilePage form={form} />,
      run: async (data) => ok(await updateProfile(app.deps.db, me(request), data)),
      done: () => ({ to: accountUrl(request), flash: 'accounts.flash.profileSaved' }),
    }),
  );

  app.get('/:lang/account/password', signedIn, async (request, reply) =>
    sendPage(request, reply, <ChangePasswordPage form={emptyForm()} />),
  );

  app.post('/:lang/account/password', signedIn, async (request, reply) =>
    handleForm(request, reply, {
      schema: changePasswordSchema,
      page: (form) => <ChangePasswordPage form={form} />,
      run: (data) => changePassword(app.deps, me(request), data),
      done: () => ({ to: accountUrl(request), flash: 'accounts.flash.passwordChanged' }),
      // Only the "too many tries, wait N minutes" message carries values.
      failed: (failure, form) =>
        failure.values ? sendPage(request, reply, <ChangePasswordPage form={form} />, 429) : undefined,
    }),
  );

  app.get('/:lang/account/close', signedIn, async (request, reply) =>
    sendPage(request, reply, <CloseAccountPage form={emptyForm()} />),
  );

  app.post('/:lang/account/close', signedIn, async (request, reply) =>
    handleForm(request, reply, {
      schema: closeAccountSchema,
      page: (form) => <CloseAccountPage form={form} />,
      run: (data) => closeAccount(app.deps, me(request), data),
      done: () => {
        clearSessionCookie(reply);
        return { to: `/${request.lang}`, flash: 'accounts.flash.accountClosed' };
      },
      failed: (failure, form) =>
        failure.errors.current_password === 'accounts.error.tooManyPasswordChecks'
          ? sendPage(request, reply, <CloseAccountPage form={form} />, 429)
          : undefined,
    }),
  );

  app.get('/:lang/account/email', signedIn, async (request, reply) =>
    sendPage(request, reply, <ChangeEmailPage form={emptyForm()} currentEmail={me(request).email} />),
  );

  app.post('/:lang/account/email', signedIn, async (request, reply) => {
    const page = (form: FormState) => <ChangeEmailPage form={form} currentEmail={me(request).email} />;
    return handleForm(request, reply, {
      schema: changeEmailSchema,
      page,
      run: (data) => requestEmailChange(app.deps, me(request), data),
      done: () => ({ to: accountUrl(request), flash: 'accounts.flash.emailChangeSent' }),
      failed: (failure, form) => (failure.values ? sendPage(request, reply, page(form), 429) : undefined),
    });
  });

  app.get<TokenParams>('/:lang/confirm-email/:token', publicRoute, async (request, reply) => {
    const link = await emailChangeLink(app.deps.db, request.params.token);
    if (!link.ok)
      return sendPage(
        request,
        reply,
        <LinkProblemPage kind="email" problem={link.problem} />,
        linkStatus(link.problem),
      );
    return sendPage(request, reply, <ConfirmEmailPage token={request.params.token} email={link.email} />);
  });

  app.post<TokenParams>('/:lang/confirm-email/:token', publicRoute, async (request, reply) => {
    const result = await confirmEmailChange(
      app.deps.db,
      request.params.token,
      request.principal?.sessionIdHash ?? null,
    );
    if (!result.ok)
      return sendPage(
        request,
        reply,
        <LinkProblemPage kind="email" problem={result.problem} />,
        linkStatus(result.problem),
      );
    return request.principal
      ? redirectWithFlash(reply, accountUrl(request), 'accounts.flash.emailChanged')
      : redirectWithFlash(reply, `/${request.lang}/sign-in`, 'accounts.flash.emailChangedSignIn');
  });
}
