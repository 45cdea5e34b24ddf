import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from '../../platform/http/errors.tsx';
import { formWithErrors, handleForm, NO_FIELDS, parseForm, typedValues } from '../../platform/http/forms.ts';
import { sendPage, redirectWithFlash } from '../../platform/http/render.tsx';
import { removeStored } from '../../platform/files/storage.ts';
import { translateErrors } from '../../platform/http/forms.ts';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { MAX_MATERIAL_BYTES, PENDING_FIELD, promoteMaterial, receiveMaterial } from './materials.ts';
import { campaignSchema, toInput, valuesOf } from './pages/edit/schema.ts';
import { CampaignFormPage } from './pages/edit/view.tsx';
import { materialSchema } from './pages/material/schema.ts';
import { MaterialPage } from './pages/material/view.tsx';
import { messageSchema } from './pages/message/schema.ts';
import { MessagePage } from './pages/message/view.tsx';
import { SecretariatListPage } from './pages/secretariat/view.tsx';
import { addMaterial, changeCampaign, createCampaign, removeMaterial } from './service.ts';
import { writeToSupporters } from './service-mail.ts';
import { campaignForEditing, everyCampaign, parseCursor, type CampaignView } from './service-public.ts';

// The secretariat's side: the list, a campaign's form, its materials, and writing to its
// supporters. The routes allow the secretariat only; the services audit every change.

export async function secretariatRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app.deps;
  const secretariat = { config: { permission: 'secretariat' as const } };
  const base = (request: FastifyRequest, id: string) => `/${request.lang}/secretariat/campaigns/${id}`;

  app.get('/:lang/secretariat/campaigns', secretariat, async (request, reply) => {
    const after = parseCursor((request.query as { after?: unknown }).after);
    const { items, next } = await everyCampaign(db, request.lang, after);
    return sendPage(request, reply, <SecretariatListPage items={items} next={next} paged={after !== null} />);
  });

  app.get('/:lang/secretariat/campaigns/new', secretariat, async (request, reply) =>
    sendPage(request, reply, <CampaignFormPage form={emptyForm({ lang: request.lang })} />),
  );

  app.post('/:lang/secretariat/campaigns/new', secretariat, async (request, reply) =>
    handleForm(request, reply, {
      schema: campaignSchema,
      page: (form) => <CampaignFormPage form={form} />,
      run: (data) => createCampaign(db, request.principal!.userId, toInput(data)),
      done: (made) => ({ to: `${base(request, made.id)}/edit`, flash: 'campaigns.flash.created' }),
    }),
  );

  /** The campaign in the URL, or a 404 page sent. */
  const load = async (request: FastifyRequest, reply: FastifyReply): Promise<CampaignView | null> => {
    const view = await campaignForEditing(db, (request.params as { campaignId: string }).campaignId, request.lang);
    if (!view) sendError(request, reply, 404, 'notFound');
    return view;
  };

  app.get('/:lang/secretariat/campaigns/:campaignId/edit', secretariat, async (request, reply) => {
    const view = await load(request, reply);
    if (!view) return reply;
    return sendPage(
      request,
      reply,
      <CampaignFormPage form={emptyForm(valuesOf(view.campaign, view.texts))} view={view} />,
    );
  });

  app.post('/:lang/secretariat/campaigns/:campaignId/edit', secretariat, async (request, reply) => {
    const view = await load(request, reply);
    if (!view) return reply;
    return handleForm(request, reply, {
      schema: campaignSchema,
      page: (form) => <CampaignFormPage form={form} view={view} />,
      run: (data) => changeCampaign(db, request.principal!.userId, view.campaign.id, toInput(data)),
      done: () => ({ to: `${base(request, view.campaign.id)}/edit`, flash: 'campaigns.flash.saved' }),
      failed: () => sendError(request, reply, 404, 'notFound'),
    });
  });

  const materialPage = (view: CampaignView, form: FormState, pending: { name: string } | null) => (
    <MaterialPage campaignId={view.campaign.id} campaignTitle={view.shown.text.title} form={form} pending={pending} />
  );

  app.get('/:lang/secretariat/campaigns/:campaignId/materials/new', secretariat, async (request, reply) => {
    const view = await load(request, reply);
    if (!view) return reply;
    return sendPage(request, reply, materialPage(view, emptyForm({ lang: request.lang, kind: 'link' }), null));
  });

  app.post(
    '/:lang/secretariat/campaigns/:campaignId/materials/new',
    { config: { permission: 'secretariat', uploads: { maxFileBytes: MAX_MATERIAL_BYTES } } },
    async (request, reply) => {
      const view = await load(request, reply);
      if (!view) return reply;
      const userId = request.principal!.userId;
      const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, unknown>;
      const received = await receiveMaterial(config.dataDir, userId, body);
      const values = typedValues(body);
      delete values[PENDING_FIELD];
      const parsed = parseForm(materialSchema, body, request.lang);
      const errors: Record<string, string> = parsed.ok ? {} : { ...parsed.form.errors };
      if (received.error) errors.file = translateErrors(request.lang, { file: received.error }).file!;
      if (parsed.ok && parsed.data.kind === 'file' && !received.pending && !received.error)
        errors.file = translateErrors(request.lang, { file: 'campaigns.error.fileMissing' }).file!;
      const again = (errs: Record<string, string>) =>
        sendPage(request, reply, materialPage(view, formWithErrors(values, errs), received.pending), 400);
      if (!parsed.ok || Object.keys(errors).length > 0) return again(errors);
      const data = parsed.data;
      const file =
        data.kind === 'file' && received.pending
          ? await promoteMaterial(config.dataDir, userId, received.pending)
          : null;
      if (data.kind === 'file' && !file)
        return again(translateErrors(request.lang, { file: 'campaigns.error.fileMissing' }));
      const added = await addMaterial(db, userId, view.campaign.id, {
        lang: data.lang,
        title: data.title,
        kind: data.kind,
        url: data.url ?? null,
        file,
      });
      if (!added.ok) {
        await removeStored(config.dataDir, 'attachments', file?.name);
        if (added.error === 'notFound') return sendError(request, reply, 404, 'notFound');
        return again(translateErrors(request.lang, { title: 'campaigns.error.tooManyMaterials' }));
      }
      return redirectWithFlash(
        reply,
        `${base(request, view.campaign.id)}/edit#materials`,
        'campaigns.flash.materialAdded',
      );
    },
  );

  app.post(
    '/:lang/secretariat/campaigns/:campaignId/materials/:materialId/delete',
    secretariat,
    async (request, reply) => {
      const view = await load(request, reply);
      if (!view) return reply;
      const { materialId } = request.params as { materialId: string };
      return handleForm(request, reply, {
        schema: NO_FIELDS,
        run: async () => {
          const removed = await removeMaterial(db, request.principal!.userId, view.campaign.id, materialId);
          // The row is gone: its file goes too (a file already gone is fine).
          if (removed.ok) await removeStored(config.dataDir, 'attachments', removed.value.file);
          return removed;
        },
        done: () => ({
          to: `${base(request, view.campaign.id)}/edit#materials`,
          flash: 'campaigns.flash.materialRemoved',
        }),
        failed: () => sendError(request, reply, 404, 'notFound'),
      });
    },
  );

  const messagePage = (view: CampaignView, form: FormState) => (
    <MessagePage
      campaignId={view.campaign.id}
      campaignTitle={view.shown.text.title}
      supporters={Number(view.campaign.supporter_count)}
      form={form}
    />
  );

  app.get('/:lang/secretariat/campaigns/:campaignId/message', secretariat, async (request, reply) => {
    const view = await load(request, reply);
    if (!view) return reply;
    return sendPage(request, reply, messagePage(view, emptyForm()));
  });

  // Mail to many organisations at once: the second factor again if it was proven long ago, as for decisions.
  const writing = { config: { ...secretariat.config, recentSecondFactor: true } };
  app.post('/:lang/secretariat/campaigns/:campaignId/message', writing, async (request, reply) => {
    const view = await load(request, reply);
    if (!view) return reply;
    return handleForm(request, reply, {
      schema: messageSchema,
      page: (form) => messagePage(view, form),
      run: (data) =>
        writeToSupporters({ db, baseUrl: config.baseUrl }, request.principal!.userId, view.campaign.id, data),
      done: () => ({ to: `${base(request, view.campaign.id)}/edit`, flash: 'campaigns.flash.written' }),
      failed: () => sendError(request, reply, 404, 'notFound'),
    });
  });
}
