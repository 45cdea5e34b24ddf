import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendPage, redirectWithFlash } from '../../platform/http/render.tsx';
import { sendError } from '../../platform/http/errors.tsx';
import { formWithErrors, handleForm, typedValues } from '../../platform/http/forms.ts';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { translator, type Lang } from '../../platform/i18n/i18n.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import { formatEnterpriseNumber } from '../organisations/enterprise-number.ts';
import { LOGO_LABEL_FIELD, LOGO_PENDING_FIELD, type LogoState } from '../organisations/profile-form.tsx';
import * as service from './service.ts';
import { keptLogo, receiveLogo } from './logo.ts';
import { SignIntroPage } from './pages/intro/view.tsx';
import { paperFormSize } from './paper-form.ts';
import { ApplyPage, NotVerifiedPage, type ApplyPageProps } from './pages/apply/view.tsx';
import { applySchema, APPLY_FIELDS, REFERRAL_CODE } from './pages/apply/schema.ts';
import { ApplicationPage } from './pages/application/view.tsx';
import { replySchema, resendSchema } from './pages/application/schema.ts';

type Params = { lang: Lang; applicationId: string };

/** Errors in the order the fields appear, so the summary reads top to bottom. */
function inFormOrder(errors: Record<string, string>): Record<string, string> {
  const order: readonly string[] = ['_form', ...APPLY_FIELDS];
  return Object.fromEntries(
    Object.entries(errors).sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99)),
  );
}

function contactOf(principal: Principal) {
  return { name: principal.name, email: principal.email };
}

function withoutLogoFields(values: FormState['values']): FormState['values'] {
  const { [LOGO_PENDING_FIELD]: _pending, [LOGO_LABEL_FIELD]: _label, action: _action, ...rest } = values;
  return rest;
}

export async function applyRoutes(app: FastifyInstance): Promise<void> {
  const deps = () => app.deps;

  app.get('/:lang/sign', { config: { permission: 'public' } }, async (request, reply) => {
    const p = request.principal;
    const applications = p ? await service.myApplications(app.deps.db, p) : [];
    const paperSize = await paperFormSize(app.deps.db, request.lang, app.deps.config);
    return sendPage(
      request,
      reply,
      <SignIntroPage
        signedIn={p !== null}
        verified={p?.emailVerified ?? false}
        applications={applications}
        paperFormSize={paperSize}
      />,
    );
  });

  const renderApply = (
    request: FastifyRequest,
    reply: FastifyReply,
    props: Omit<ApplyPageProps, 'contact'>,
    status = 200,
  ) => sendPage(request, reply, <ApplyPage {...props} contact={contactOf(request.principal!)} />, status);

  app.get('/:lang/sign/apply', { config: { permission: 'signed-in' } }, async (request, reply) => {
    const principal = request.principal!;
    if (!principal.emailVerified) return sendPage(request, reply, <NotVerifiedPage />);
    const draft = await service.loadDraft(app.deps.db, principal.userId);
    const values: FormState['values'] = draft?.values ?? { executiveLang: request.lang };
    const logo = await keptLogo(app.deps.config.dataDir, principal.userId, values);
    const { invitedBy: slug, referral } = request.query as { invitedBy?: unknown; referral?: unknown };
    const inviter = typeof slug === 'string' && slug ? await service.inviterBySlug(app.deps.db, slug) : null;
    if (inviter && !values.invitedBy) values.invitedBy = formatEnterpriseNumber(inviter.enterpriseNumber);
    // The invitation link's code travels in a hidden field (and the draft) to the application,
    // when the form names that same inviter (a draft may name another: the form wins).
    const sameInviter = inviter && String(values.invitedBy ?? '').replace(/\D/g, '') === inviter.enterpriseNumber;
    if (sameInviter && typeof referral === 'string' && REFERRAL_CODE.test(referral)) values.referral = referral;
    return renderApply(request, reply, {
      form: emptyForm(withoutLogoFields(values)),
      logo,
      draftSavedAt: draft?.savedAt ?? null,
      inviter: inviter ? { name: inviter.legalName } : null,
    });
  });

  app.post('/:lang/sign/apply', { config: { permission: 'signed-in', uploads: true } }, async (request, reply) => {
    const principal = request.principal!;
    const lang = request.lang;
    const t = translator(lang);
    if (!principal.emailVerified) return sendPage(request, reply, <NotVerifiedPage />, 403);
    const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, unknown>;
    const { logo, error: logoError } = await receiveLogo(app.deps.config.dataDir, principal.userId, body);
    const page = (form: FormState, extra: { notice?: service.Notice; logo?: LogoState } = {}) => (
      <ApplyPage
        form={formWithErrors(withoutLogoFields(form.values), inFormOrder(form.errors))}
        logo={extra.logo ?? logo}
        notice={extra.notice}
        contact={contactOf(principal)}
      />
    );

    if (body.action === 'save') {
      // A draft is kept as typed, checked only when sent.
      const values = withoutLogoFields(typedValues(body));
      await service.saveDraft(app.deps.db, principal.userId, {
        ...values,
        [LOGO_PENDING_FIELD]: logo.pendingName ?? undefined,
        [LOGO_LABEL_FIELD]: logo.pendingLabel ?? undefined,
      });
      if (!logoError) return redirectWithFlash(reply, `/${lang}/sign/apply`, 'signing.flash.draftSaved');
      const refused = { logo: t('signing.apply.draftSavedLogoRefused', { reason: t(logoError) }) };
      return sendPage(request, reply, page(formWithErrors(values, refused)), 400);
    }

    return handleForm(request, reply, {
      schema: applySchema,
      refused: logoError ? { logo: logoError } : null,
      page,
      run: (data) => service.submitApplication(deps(), principal, data, { pendingName: logo.pendingName ?? null }),
      done: ({ applicationId }) => ({ to: `/${lang}/sign/applications/${applicationId}`, flash: 'signing.flash.sent' }),
      failed: (outcome, form) => {
        // The day's ten applications are used up: a limit, answered like the other limits.
        const limited = outcome.errors._form === service.TOO_MANY_APPLICATIONS;
        if (limited && outcome.retryAfter) reply.header('retry-after', String(outcome.retryAfter));
        // A logo that could not be moved is gone from the form: it must be chosen again.
        const again = page(form, { notice: outcome.notice, logo: outcome.errors.logo ? {} : logo });
        return sendPage(request, reply, again, limited ? 429 : 400);
      },
    });
  });

  const loadForApplicant = async (request: FastifyRequest, reply: FastifyReply) => {
    const { applicationId } = request.params as Params;
    const found = await service.applicationForApplicant(app.deps.db, applicationId, request.principal!);
    if (!found.ok) {
      await sendError(request, reply, found.reason === 'notFound' ? 404 : 403, found.reason);
      return null;
    }
    return found.view;
  };

  const executiveValues = (view: service.ApplicationView) => ({
    executiveName: view.executive.name,
    executiveTitle: view.executive.title,
    executiveEmail: view.executive.email,
    executiveLang: view.executive.lang,
  });

  app.get(
    '/:lang/sign/applications/:applicationId',
    { config: { permission: 'signed-in' } },
    async (request, reply) => {
      const view = await loadForApplicant(request, reply);
      if (!view) return reply;
      return sendPage(
        request,
        reply,
        <ApplicationPage view={view} resendForm={emptyForm(executiveValues(view))} replyForm={emptyForm()} />,
      );
    },
  );

  app.post(
    '/:lang/sign/applications/:applicationId/resend',
    { config: { permission: 'signed-in' } },
    async (request, reply) => {
      const view = await loadForApplicant(request, reply);
      if (!view) return reply;
      const page = (form: FormState) => <ApplicationPage view={view} resendForm={form} replyForm={emptyForm()} />;
      return handleForm(request, reply, {
        schema: resendSchema,
        page,
        run: (data) => service.resendLink(deps(), view.id, request.principal!, data),
        done: () => ({ to: `/${request.lang}/sign/applications/${view.id}`, flash: 'signing.flash.resent' }),
        failed: (outcome, form) => {
          if (outcome.errors._form !== 'signing.error.tooManyResends') return undefined;
          if (outcome.retryAfter) reply.header('retry-after', String(outcome.retryAfter));
          return sendPage(request, reply, page(form), 429);
        },
      });
    },
  );

  app.post(
    '/:lang/sign/applications/:applicationId/reply',
    { config: { permission: 'signed-in' } },
    async (request, reply) => {
      const view = await loadForApplicant(request, reply);
      if (!view) return reply;
      return handleForm(request, reply, {
        schema: replySchema,
        page: (form) => <ApplicationPage view={view} resendForm={emptyForm(executiveValues(view))} replyForm={form} />,
        run: (data) => service.replyToInfoRequest(deps(), view.id, request.principal!, data.reply),
        done: () => ({ to: `/${request.lang}/sign/applications/${view.id}`, flash: 'signing.flash.replied' }),
      });
    },
  );
}
