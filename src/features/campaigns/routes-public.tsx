import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm } from '../../platform/http/forms.ts';
import { sendPage } from '../../platform/http/render.tsx';
import { isStoredName, readStored } from '../../platform/files/storage.ts';
import { translator } from '../../platform/i18n/i18n.ts';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { refuse } from '../organisations/context.ts';
import { organisationRefs } from '../organisations/service-registration.ts';
import { campaignsCalendar, ICAL_TYPE } from './ical.ts';
import type { Period } from './repository.ts';
import { sendMaterial } from './materials.ts';
import { CampaignPage } from './pages/campaign/view.tsx';
import { participationSchema, supportSchema } from './pages/campaign/schema.ts';
import { CampaignsPage } from './pages/list/view.tsx';
import {
  campaignPageBySlug,
  campaignsIn,
  everyCampaign,
  materialFileOf,
  parseCursor,
  parseSupporterCursor,
  supportersOf,
  type CampaignCard,
  type CampaignView,
} from './service-public.ts';
import { logParticipation, supportCampaign, supportingOf, unsupportCampaign } from './service-support.ts';
import { belgianDate } from '../../platform/i18n/format.ts';

// The campaigns for everyone: the list by period, a campaign's page, its files and the calendar
// feeds; for an organisation's people, support in one step and logging their participation.

/** Today in Belgium, as YYYY-MM-DD: what is running, upcoming or past. */
export const brusselsToday = (): string => belgianDate();

const PERIODS = ['running', 'upcoming', 'past'] as const;

/** At most this many campaigns in the feed of them all: the newest, years of them. */
const FEED_MAX = 500;

export async function publicRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app.deps;
  const open = { config: { permission: 'public' as const } };
  const signedIn = { config: { permission: 'signed-in' as const } };

  app.get('/:lang/campaigns', open, async (request, reply) => {
    const today = brusselsToday();
    // `?running=…`, `?upcoming=…` or `?past=…`: the next page of that period alone.
    const query = request.query as Record<string, unknown>;
    const paged = PERIODS.find((p) => parseCursor(query[p]));
    const section = (period: Period) =>
      paged && paged !== period
        ? { items: [], next: null }
        : campaignsIn(db, period, today, request.lang, paged === period ? parseCursor(query[period]) : null);
    const [running, upcoming, past] = await Promise.all(PERIODS.map(section));
    return sendPage(
      request,
      reply,
      <CampaignsPage sections={{ running: running!, upcoming: upcoming!, past: past! }} paged={paged ?? null} />,
    );
  });

  const sendCalendar = (request: FastifyRequest, reply: FastifyReply, cards: CampaignCard[], name: string) =>
    reply
      .type(ICAL_TYPE)
      .header('cache-control', 'public, max-age=900')
      .send(campaignsCalendar(cards, { lang: request.lang, baseUrl: config.baseUrl, host: config.host, name }));

  app.get('/:lang/campaigns.ics', open, async (request, reply) => {
    const { items } = await everyCampaign(db, request.lang, null, FEED_MAX);
    return sendCalendar(request, reply, items, translator(request.lang)('campaigns.feed.name'));
  });

  /** The campaign's page with what the reader may do there, filled in with `participation`. */
  async function page(request: FastifyRequest, view: CampaignView, participation: FormState) {
    const principal = request.principal;
    const memberships = principal?.memberships ?? [];
    const refs = await organisationRefs(
      db,
      memberships.map((m) => m.orgId),
    );
    const signatories = memberships.filter((m) => refs.get(m.orgId)?.status === 'signatory');
    const admins = signatories.filter((m) => m.role === 'admin');
    const [supporters, supporting] = await Promise.all([
      supportersOf(db, view.campaign.id, parseSupporterCursor((request.query as { supporters?: unknown }).supporters)),
      supportingOf(
        db,
        view.campaign.id,
        admins.map((m) => m.orgId),
      ),
    ]);
    return (
      <CampaignPage
        view={view}
        supporters={supporters}
        supportersPaged={!!(request.query as { supporters?: unknown }).supporters}
        adminOrgs={admins.map((m) => ({ orgId: m.orgId, orgName: m.orgName, supporting: supporting.has(m.orgId) }))}
        memberOrgs={signatories.map((m) => ({ orgId: m.orgId, orgName: m.orgName }))}
        participation={participation}
      />
    );
  }

  app.get('/:lang/campaigns/:campaignSlug', open, async (request, reply) => {
    const { campaignSlug: slug } = request.params as { campaignSlug: string };
    // One route for the page and its calendar (`/campaigns/a-slug.ics`): a slug never has a dot.
    const ics = slug.endsWith('.ics');
    const view = await campaignPageBySlug(db, ics ? slug.slice(0, -4) : slug, request.lang);
    if (!view) return sendError(request, reply, 404, 'notFound');
    if (ics)
      return sendCalendar(request, reply, [{ campaign: view.campaign, shown: view.shown }], view.shown.text.title);
    return sendPage(
      request,
      reply,
      await page(request, view, emptyForm({ visibility: 'public', on: brusselsToday() })),
    );
  });

  app.get('/:lang/campaigns/:campaignSlug/files/:file', open, async (request, reply) => {
    const { campaignSlug: slug, file } = request.params as { campaignSlug: string; file: string };
    const view = isStoredName(file) ? await campaignPageBySlug(db, slug, request.lang) : null;
    const found = view ? await materialFileOf(db, view.campaign.id, file) : false;
    const body = found ? await readStored(config.dataDir, 'attachments', file) : null;
    if (!body) return sendError(request, reply, 404, 'notFound');
    return sendMaterial(reply, file, body);
  });

  const load = async (request: FastifyRequest) =>
    campaignPageBySlug(db, (request.params as { campaignSlug: string }).campaignSlug, request.lang);
  const back = (request: FastifyRequest, view: CampaignView) => `/${request.lang}/campaigns/${view.campaign.slug}`;

  // One route for both ways: the button says which (`action=stop` takes the support back).
  app.post('/:lang/campaigns/:campaignSlug/support', signedIn, async (request, reply) => {
    const view = await load(request);
    if (!view) return sendError(request, reply, 404, 'notFound');
    return handleForm(request, reply, {
      schema: supportSchema,
      run: async (data) => {
        const userId = request.principal!.userId;
        const done =
          data.action === 'stop'
            ? await unsupportCampaign(db, userId, view.campaign.id, data.orgId)
            : await supportCampaign(db, userId, view.campaign.id, data.orgId);
        return done.ok ? { ok: true as const, value: data.action } : done;
      },
      done: (action) => ({
        to: `${back(request, view)}#support`,
        flash: action === 'stop' ? 'campaigns.flash.unsupported' : 'campaigns.flash.supported',
      }),
      failed: (failure) => refuse(request, reply, failure.error),
    });
  });

  app.post('/:lang/campaigns/:campaignSlug/participate', signedIn, async (request, reply) => {
    const view = await load(request);
    if (!view) return sendError(request, reply, 404, 'notFound');
    return handleForm(request, reply, {
      schema: participationSchema,
      page: (form) => page(request, view, form),
      run: (data) =>
        logParticipation(app.deps, request.principal!.userId, view.campaign, view.shown.text.title, {
          orgId: data.orgId,
          on: data.on,
          people: data.people,
          note: data.note ?? null,
          visibility: data.visibility,
        }),
      done: () => ({ to: `${back(request, view)}#participate`, flash: 'campaigns.flash.participated' }),
      failed: (failure) => refuse(request, reply, failure.error),
    });
  });
}
