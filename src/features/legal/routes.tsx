import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../platform/http/render.tsx';
import { handleForm } from '../../platform/http/forms.ts';
import { ok } from '../../platform/outcome.ts';
import { emptyForm } from '../../platform/views/form.tsx';
import { currentSettings, legalDetails, saveSettings } from './service.ts';
import { AccessibilityPage } from './pages/accessibility/view.tsx';
import { PrivacyPage } from './pages/privacy/view.tsx';
import { ContactPage } from './pages/contact/view.tsx';
import { settingsSchema } from './pages/settings/schema.ts';
import { SettingsPage } from './pages/settings/view.tsx';

export async function routes(app: FastifyInstance) {
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
  app.post('/:lang/secretariat/settings', { config: { ...secretariat.config, recentSecondFactor: true } }, async (request, reply) =>
    handleForm(request, reply, {
      schema: settingsSchema,
      page: (form) => <SettingsPage form={form} />,
      run: async (data) => ok(await saveSettings(app.deps.db, request.principal!.userId, data)),
      done: () => ({ to: `/${request.lang}/secretariat/settings`, flash: 'legal.settings.saved' }),
    }),
  );
}
