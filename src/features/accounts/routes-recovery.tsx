import type { FastifyInstance } from 'fastify';
import { sendPage, redirectWithFlash } from '../../platform/http/render.tsx';
import { parseForm } from '../../platform/http/forms.ts';
import { emptyForm } from '../../platform/views/form.tsx';
import { checkLink, requestPasswordReset, resetPassword } from './service.ts';
import { clearSessionCookie } from './sessions.ts';
import { IP_LIMITS, limitByIp } from './limits.ts';
import { formWith, linkStatus, tooManyForm, type TokenParams } from './http.ts';
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
    const parsed = parseForm(forgotPasswordSchema, request.body, request.lang);
    if (!parsed.ok) return sendPage(request, reply, <ForgotPasswordPage form={parsed.form} />, 400);
    const wait = await limitByIp(request, reply, IP_LIMITS.forgotPassword);
    if (wait) return sendPage(request, reply, <ForgotPasswordPage form={tooManyForm(request, 'email', wait)} />, 429);
    await requestPasswordReset(app.deps, parsed.data.email);
    return reply.redirect(`/${request.lang}/forgot-password/sent`, 303);
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
    const parsed = parseForm(resetPasswordSchema, request.body, request.lang);
    if (!parsed.ok) {
      const problem = await checkLink(app.deps.db, token, 'reset_password');
      if (problem)
        return sendPage(request, reply, <LinkProblemPage kind="reset" problem={problem} />, linkStatus(problem));
      return sendPage(request, reply, <ResetPasswordPage form={parsed.form} token={token} />, 400);
    }
    const result = await resetPassword(app.deps, token, parsed.data.new_password);
    if ('problem' in result)
      return sendPage(
        request,
        reply,
        <LinkProblemPage kind="reset" problem={result.problem} />,
        linkStatus(result.problem),
      );
    if (!result.ok)
      return sendPage(request, reply, <ResetPasswordPage form={formWith(request, result.errors)} token={token} />, 400);
    // Every session ended, this browser's too: sign in again with the new password.
    clearSessionCookie(reply);
    return redirectWithFlash(reply, `/${request.lang}/sign-in`, 'accounts.flash.passwordReset');
  });
}
