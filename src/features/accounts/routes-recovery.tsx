import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../platform/http/render.tsx';
import { handleForm } from '../../platform/http/forms.ts';
import { ok } from '../../platform/outcome.ts';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { checkLink, requestPasswordReset, resetPassword } from './service.ts';
import { clearSessionCookie } from './sessions.ts';
import { IP_LIMITS } from './limits.ts';
import { limitAs429, linkOutcome, linkStatus, overIpLimit, type TokenParams } from './http.ts';
import { forgotPasswordSchema } from './pages/forgot-password/schema.ts';
import { ForgotPasswordPage } from './pages/forgot-password/view.tsx';
import { resetPasswordSchema } from './pages/reset-password/schema.ts';
import { ResetPasswordPage } from './pages/reset-password/view.tsx';
import { CheckEmailPage } from './pages/check-email/view.tsx';
import { LinkProblemPage } from './pages/link-problem/view.tsx';

/** "Forgot your password?" and the link that sets a new one. */
export async function recoveryRoutes(app: FastifyInstance) {
  const publicRoute = { config: { permission: 'public' as const } };

  app.get('/:lang/forgot-password', publicRoute, async (request, reply) =>
    sendPage(request, reply, <ForgotPasswordPage form={emptyForm()} />),
  );

  app.post('/:lang/forgot-password', publicRoute, async (request, reply) => {
    const page = (form: FormState) => <ForgotPasswordPage form={form} />;
    return handleForm(request, reply, {
      schema: forgotPasswordSchema,
      page,
      run: async (data) =>
        (await overIpLimit(request, reply, IP_LIMITS.forgotPassword)) ??
        ok(await requestPasswordReset(app.deps, data.email)),
      done: () => ({ to: `/${request.lang}/forgot-password/sent` }),
      failed: limitAs429(request, reply, page),
    });
  });

  app.get('/:lang/forgot-password/sent', publicRoute, async (request, reply) =>
    sendPage(request, reply, <CheckEmailPage kind="forgot" />),
  );

  app.get<TokenParams>('/:lang/reset-password/:token', publicRoute, async (request, reply) => {
    const problem = await checkLink(app.deps.db, request.params.token, 'reset_password');
    if (problem)
      return sendPage(request, reply, <LinkProblemPage kind="reset" problem={problem} />, linkStatus(problem));
    return sendPage(request, reply, <ResetPasswordPage form={emptyForm()} token={request.params.token} />);
  });

  app.post<TokenParams>('/:lang/reset-password/:token', publicRoute, async (request, reply) => {
    const { token } = request.params;
    const problem = await checkLink(app.deps.db, token, 'reset_password');
    if (problem)
      return sendPage(request, reply, <LinkProblemPage kind="reset" problem={problem} />, linkStatus(problem));
    return handleForm(request, reply, {
      schema: resetPasswordSchema,
      page: (form) => <ResetPasswordPage form={form} token={token} />,
      run: async (data) => {
        const result = await resetPassword(app.deps, token, data.new_password);
        return linkOutcome(result.ok ? ok(null) : result);
      },
      done: () => {
        // Every session ended, this browser's too: sign in again with the new password.
        clearSessionCookie(reply);
        return { to: `/${request.lang}/sign-in`, flash: 'accounts.flash.passwordReset' };
      },
      failed: (failure) =>
        failure.problem &&
        sendPage(request, reply, <LinkProblemPage kind="reset" problem={failure.problem} />, linkStatus(failure.problem)),
    });
  });
}
