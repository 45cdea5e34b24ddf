import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../platform/http/render.tsx';
import type { Feature } from '../feature.ts';
import { legalDetails } from './service.ts';
import { AccessibilityPage } from './pages/accessibility/view.tsx';
import { PrivacyPage } from './pages/privacy/view.tsx';
import { ContactPage } from './pages/contact/view.tsx';

async function routes(app: FastifyInstance) {
  app.get('/:lang/accessibility', { config: { permission: 'public' } }, async (request, reply) =>
    sendPage(request, reply, <AccessibilityPage details={await legalDetails(app.deps.db, request.lang)} />),
  );

  app.get('/:lang/privacy', { config: { permission: 'public' } }, async (request, reply) =>
    sendPage(request, reply, <PrivacyPage details={await legalDetails(app.deps.db, request.lang)} />),
  );

  app.get('/:lang/contact', { config: { permission: 'public' } }, async (request, reply) =>
    sendPage(request, reply, <ContactPage details={await legalDetails(app.deps.db, request.lang)} />),
  );
}

export const legal: Feature = { name: 'legal', routes };
