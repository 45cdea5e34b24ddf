import type { FastifyInstance } from 'fastify';
import { sendError } from '../../platform/http/errors.tsx';
import { sendPage } from '../../platform/http/render.tsx';
import { isLang, translator } from '../../platform/i18n/i18n.ts';
import { practicesOfOrganisation } from '../practices/service-public.ts';
import { obstaclesOfOrganisation } from '../obstacles/service.ts';
import { openPostsOfOrganisation } from '../exchange/service-public.ts';
import { profileActions } from '../actions/service.ts';
import { publicActivityTotals } from '../activities/service-read.ts';
import { directoryReportingYear, publicReporting } from '../reports/service-public.ts';
import { registerApi } from './api.ts';
import { badgeSvg } from './badge.ts';
import { parseDirectoryQuery } from './pages/directory/schema.ts';
import { DirectoryPage } from './pages/directory/view.tsx';
import { ProfilePage } from './pages/profile/view.tsx';
import { CertificatePage } from './pages/certificate/view.tsx';
import { badgeOf, brusselsYear, certificateOf, directoryPage, publicProfile, signingYears } from './service.ts';

const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/i;

export async function routes(app: FastifyInstance) {
  const { db } = app.deps;

  app.get('/:lang/signatories', { config: { permission: 'public' } }, async (request, reply) => {
    // The reporting filter is about the latest cycle that has opened (a few rows, by primary key).
    const reportingYear = await directoryReportingYear(db);
    const { filter, after } = parseDirectoryQuery(request.query, reportingYear);
    const [page, years] = await Promise.all([
      directoryPage(db, filter, after),
      signingYears(db, filter.includeWithdrawn),
    ]);
    return sendPage(
      request,
      reply,
      <DirectoryPage filter={filter} page={page} years={years} reportingYear={reportingYear} paged={after !== null} />,
    );
  });

  // A profile shows a part of every feature (its lists and the nine commitments): it is cached
  // for anonymous readers from every feature's contents, so any write a profile may show moves it.
  const profileConfig = { permission: 'public' as const, cachedFrom: app.deps.registry.contents };
  app.get('/:lang/signatories/:slug', { config: profileConfig }, async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const profile = SLUG.test(slug) ? await publicProfile(db, slug) : null;
    if (!profile) return sendError(request, reply, 404, 'notFound');
    // The activity log's public totals for last year and this year (Belgian time).
    const current = brusselsYear(new Date().toISOString());
    const [practices, obstacles, posts, actions, activityLines, parts, reporting] = await Promise.all([
      practicesOfOrganisation(db, profile.id, request.lang),
      obstaclesOfOrganisation(db, profile.id),
      openPostsOfOrganisation(db, profile.id),
      profileActions(db, profile.id),
      publicActivityTotals(db, profile.id, [current - 1, current]),
      // The nine commitments this year, public parts only (Feature.commitments, one call each).
      app.deps.registry.commitments(
        db,
        {
          id: profile.id,
          slug: profile.slug,
          status: profile.status,
          signed_at: profile.signedAt,
          charter_version: profile.charterVersion,
        },
        current,
        'public',
      ),
      // Its reporting statuses in the latest cycles and its public reports (commitment 9).
      publicReporting(db, profile.id, current),
    ]);
    const activities = { last: current - 1, current, lines: activityLines };
    return sendPage(
      request,
      reply,
      <ProfilePage
        profile={profile}
        practices={practices}
        obstacles={obstacles}
        posts={posts}
        actions={actions}
        activities={activities}
        commitments={{ year: current, parts }}
        reporting={reporting}
      />,
    );
  });

  app.get('/:lang/signatories/:slug/certificate', { config: { permission: 'public' } }, async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const certificate = SLUG.test(slug) ? await certificateOf(db, slug) : null;
    if (!certificate) return sendError(request, reply, 404, 'notFound');
    return sendPage(request, reply, <CertificatePage certificate={certificate} />);
  });

  // Other websites show this image: it may be loaded cross-origin and cached for an hour.
  app.get('/badge/:slug.svg', { config: { permission: 'public' } }, async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const requested = (request.query as { lang?: unknown }).lang;
    const lang = isLang(requested) ? requested : 'nl';
    const org = SLUG.test(slug) ? await badgeOf(db, slug) : null;
    reply.header('cross-origin-resource-policy', 'cross-origin');
    if (!org) {
      reply.header('cache-control', 'public, max-age=300');
      return reply.status(404).type('text/plain; charset=utf-8').send('Not found');
    }
    reply.header('cache-control', 'public, max-age=3600');
    reply.header('content-security-policy', "default-src 'none'");
    return reply
      .type('image/svg+xml; charset=utf-8')
      .send(badgeSvg(translator(lang), lang, { name: org.name, year: brusselsYear(org.signedAt) }));
  });

  await registerApi(app);
}
