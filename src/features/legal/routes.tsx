import type { FastifyInstance } from 'fastify';
import { redirectWithFlash, sendPage } from '../../platform/http/render.tsx';
import { parseForm } from '../../platform/http/forms.ts';
import { emptyForm } from '../../platform/views/form.tsx';
import type { Feature } from '../feature.ts';
import { currentSettings, legalDetails, saveSettings } from './service.ts';
import { AccessibilityPage } from './pages/accessibility/view.tsx';
import { PrivacyPage } from './pages/privacy/view.tsx';
import { ContactPage } from './pages/contact/view.tsx';
import { settingsSchema } from './pages/settings/schema.ts';
import { SettingsPage } from './pages/settings/view.tsx';

async function routes(app: FastifyInstance) {
  const secretariat = { config: { permission: 'secretariat' as const } };

  app.get('/:lang/accessibility', { config: { permission: 'public' } }, async (request, reply) =>
    sendPage(request, reply, <AccessibilityPage details={await legalDetails(app.deps.db, request.lang)} />),
  );

  app.get('/:lang/privacy', { config: { permission: 'public' } }, async (request, reply) =>
    sendPage(request, reply, <PrivacyPage details={await legalDetails(app.deps.db, request.lang)} />),
  );

  app.get('/:lang/contact', { config: { permission: 'public' } }, async (request, reply) =>
    sendPage(request, reply, <ContactPage details={await legalDetails(app.deps.db, request.lang)} />),
  );

  app.get('/:lang/secretariat/settings', secretariat, async (request, reply) =>
    sendPage(request, reply, <SettingsPage form={emptyForm(await currentSettings(app.deps.db))} />),
  );

  // Changing the settings asks for the second factor again after 15 minutes.
  app.post('/:lang/secretariat/settings', { config: { ...secretariat.config, recentSecondFactor: true } }, async (request, reply) => {
    const parsed = parseForm(settingsSchema, request.body, request.lang);
    if (!parsed.ok) return sendPage(request, reply, <SettingsPage form={parsed.form} />, 400);
    await saveSettings(app.deps.db, request.principal!.userId, parsed.data);
    return redirectWithFlash(reply, `/${request.lang}/secretariat/settings`, 'legal.settings.saved');
  });
}

export const legal: Feature = { name: 'legal', routes };
