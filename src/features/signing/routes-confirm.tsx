import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendPage } from '../../platform/http/render.tsx';
import { handleForm } from '../../platform/http/forms.ts';
import type { Outcome } from '../../platform/outcome.ts';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import type { Lang } from '../../platform/i18n/i18n.ts';
import * as service from './service.ts';
import { ConfirmDonePage, ConfirmPage, LinkProblemPage } from './pages/confirm/view.tsx';
import { declineSchema, signSchema } from './pages/confirm/schema.ts';

type Params = { lang: Lang; token: string };
type Forms = { sign?: FormState; decline?: FormState };

// The executive's page: public, reached only through the personal link in their mail.

export async function confirmRoutes(app: FastifyInstance): Promise<void> {
  const deps = () => app.deps;
  const token = (request: FastifyRequest) => (request.params as Params).token.slice(0, 200);
  const action = (request: FastifyRequest) => `/${request.lang}/sign/confirm/${encodeURIComponent(token(request))}`;

  /** The open page; its forms keep what was typed. */
  function confirmPage(request: FastifyRequest, reply: FastifyReply, view: service.ConfirmView, forms: Forms) {
    reply.header('referrer-policy', 'no-referrer');
    const signForm = forms.sign ?? emptyForm({ signerName: view.executive.name, signerTitle: view.executive.title });
    return (
      <ConfirmPage
        view={view}
        action={action(request)}
        signForm={signForm}
        declineForm={forms.decline ?? emptyForm()}
      />
    );
  }

  /** Shows the page as the link's state allows. */
  async function show(request: FastifyRequest, reply: FastifyReply, found?: service.Confirmation) {
    found ??= await service.openConfirmation(app.deps.db, token(request), request.lang);
    reply.header('referrer-policy', 'no-referrer');
    if (found.kind === 'unknown') return sendPage(request, reply, <LinkProblemPage kind="unknown" />, 404);
    if (found.kind === 'expired') return sendPage(request, reply, <LinkProblemPage kind="expired" />, 410);
    if (found.kind === 'answered')
      return sendPage(request, reply, <ConfirmDonePage signed={found.signed} renewed={found.renewed} org={found.orgName} />);
    return sendPage(request, reply, confirmPage(request, reply, found.view, {}));
  }

  app.get('/:lang/sign/confirm/:token', { config: { permission: 'public' } }, async (request, reply) =>
    show(request, reply),
  );

  app.post('/:lang/sign/confirm/:token', { config: { permission: 'public' } }, async (request, reply) => {
    const found = await service.openConfirmation(app.deps.db, token(request), request.lang);
    // A link already used or dead shows what it shows on opening, whatever was posted.
    if (found.kind !== 'valid') return show(request, reply, found);
    const declining = (request.body as { action?: unknown } | undefined)?.action === 'decline';
    const page = (form: FormState) =>
      confirmPage(request, reply, found.view, declining ? { decline: form } : { sign: form });
    const linkGone = (failure: { link?: unknown }) => (failure.link ? show(request, reply) : undefined);
    const done = (flash: string) => () => ({ to: action(request), flash });

    if (declining)
      return handleForm(request, reply, {
        schema: declineSchema,
        page,
        run: async (data) => withLink(await service.declineAsExecutive(deps(), token(request), data.reason)),
        done: done('signing.flash.declined'),
        failed: linkGone,
      });
    return handleForm(request, reply, {
      schema: signSchema,
      page,
      run: async (data) =>
        withLink(
          await service.signAsExecutive(deps(), token(request), request.lang, {
            signerName: data.signerName,
            signerTitle: data.signerTitle,
            shownHash: data.textHash,
          }),
        ),
      done: done('signing.flash.signed'),
      failed: linkGone,
    });
  });
}

/** The executive's outcome in the platform's shape: a dead link is a failure with `link` and no field errors. */
function withLink(outcome: service.LinkOutcome): Outcome<unknown, never, { link?: string }> {
  return 'link' in outcome ? { ok: false, errors: {}, link: outcome.link } : outcome;
}
