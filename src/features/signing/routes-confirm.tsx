import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendPage, redirectWithFlash } from '../../platform/http/render.tsx';
import { formWithErrors, parseForm } from '../../platform/http/forms.ts';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import type { Lang } from '../../platform/i18n/i18n.ts';
import * as service from './service.ts';
import { ConfirmDonePage, ConfirmPage, LinkProblemPage } from './pages/confirm/view.tsx';
import { declineSchema, signSchema } from './pages/confirm/schema.ts';
import { translateErrors } from '../../platform/http/forms.ts';

type Params = { lang: Lang; token: string };

// The executive's page: public, reached only through the personal link in their mail.

export async function confirmRoutes(app: FastifyInstance): Promise<void> {
  const deps = () => app.deps;
  const token = (request: FastifyRequest) => (request.params as Params).token.slice(0, 200);
  const action = (request: FastifyRequest) => `/${request.lang}/sign/confirm/${encodeURIComponent(token(request))}`;

  /** Shows the page as the link's state allows; the forms keep what was typed. */
  async function show(
    request: FastifyRequest,
    reply: FastifyReply,
    forms: { sign?: FormState; decline?: FormState } = {},
    status = 200,
  ) {
    const found = await service.openConfirmation(app.deps.db, token(request), request.lang);
    reply.header('referrer-policy', 'no-referrer');
    if (found.kind === 'unknown') return sendPage(request, reply, <LinkProblemPage kind="unknown" />, 404);
    if (found.kind === 'expired') return sendPage(request, reply, <LinkProblemPage kind="expired" />, 410);
    if (found.kind === 'answered')
      return sendPage(request, reply, <ConfirmDonePage signed={found.signed} org={found.orgName} />);
    const signForm =
      forms.sign ?? emptyForm({ signerName: found.view.executive.name, signerTitle: found.view.executive.title });
    return sendPage(
      request,
      reply,
      <ConfirmPage
        view={found.view}
        action={action(request)}
        signForm={signForm}
        declineForm={forms.decline ?? emptyForm()}
      />,
      status,
    );
  }

  app.get('/:lang/sign/confirm/:token', { config: { permission: 'public' } }, async (request, reply) =>
    show(request, reply),
  );

  app.post('/:lang/sign/confirm/:token', { config: { permission: 'public' } }, async (request, reply) => {
    const lang = request.lang;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const done = (flash: string) => redirectWithFlash(reply, action(request), flash);

    if (body.action === 'decline') {
      const parsed = parseForm(declineSchema, body, lang);
      if (!parsed.ok) return show(request, reply, { decline: parsed.form }, 400);
      const outcome = await service.declineAsExecutive(deps(), token(request), parsed.data.reason);
      if (outcome.ok) return done('signing.flash.declined');
      if ('link' in outcome) return show(request, reply);
      return show(
        request,
        reply,
        { decline: formWithErrors(parsed.values, translateErrors(lang, outcome.errors)) },
        400,
      );
    }

    const parsed = parseForm(signSchema, body, lang);
    if (!parsed.ok) return show(request, reply, { sign: parsed.form }, 400);
    const outcome = await service.signAsExecutive(deps(), token(request), lang, {
      signerName: parsed.data.signerName,
      signerTitle: parsed.data.signerTitle,
      shownHash: parsed.data.textHash,
    });
    if (outcome.ok) return done('signing.flash.signed');
    if ('link' in outcome) return show(request, reply);
    return show(request, reply, { sign: formWithErrors(parsed.values, translateErrors(lang, outcome.errors)) }, 400);
  });
}
