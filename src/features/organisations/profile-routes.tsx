import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendPage } from '../../platform/http/render.tsx';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm } from '../../platform/http/forms.ts';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { readImageUpload } from '../../platform/files/images.ts';
import { pendingExists, promotePending, removeStored, storeImage, storePending } from '../../platform/files/storage.ts';
import { orgRequest, refuse } from './context.ts';
import { profileForEdit, updateProfile, type LogoChange } from './profile-edit.ts';
import { profileFormValues, profileSchema, toProfileInput } from './profile-schema.ts';
import { LOGO_LABEL_FIELD, LOGO_PENDING_FIELD, type LogoState } from './profile-form.tsx';
import type { OrganisationProfile } from './service-registration.ts';
import { ProfileEditPage } from './pages/profile/view.tsx';

// Editing the public profile with the same fields as the application to sign.

const LOGO_ERROR = {
  tooLarge: 'organisations.profile.logo.error.tooLarge',
  notImage: 'organisations.profile.logo.error.notImage',
  tooManyPixels: 'organisations.profile.logo.error.tooManyPixels',
} as const;

const logoUrl = (file: string | null) => (file ? `/media/logos/${file}` : null);

export async function profileRoutes(app: FastifyInstance): Promise<void> {
  const deps = app.deps;
  const dataDir = deps.config.dataDir;
  const admin = { config: { permission: 'org-admin' as const } };

  function page(request: FastifyRequest, profile: OrganisationProfile, form: FormState, logo: LogoState) {
    const { orgId, orgName } = orgRequest(request);
    return (
      <ProfileEditPage
        orgId={orgId}
        orgName={orgName}
        slug={profile.slug}
        isSignatory={profile.status === 'signatory'}
        enterpriseNumber={profile.enterpriseNumber}
        form={form}
        logo={logo}
      />
    );
  }

  app.get('/:lang/organisations/:orgId/profile', admin, async (request, reply) => {
    const profile = await profileForEdit(deps, orgRequest(request).orgId);
    if (!profile) return sendError(request, reply, 404, 'notFound');
    const logo = { currentUrl: logoUrl(profile.logoFile) };
    return sendPage(request, reply, page(request, profile, emptyForm(profileFormValues(profile)), logo));
  });

  app.post('/:lang/organisations/:orgId/profile', { config: { ...admin.config, uploads: true } }, async (request, reply) => {
    const { principal, orgId } = orgRequest(request);
    const profile = await profileForEdit(deps, orgId);
    if (!profile) return sendError(request, reply, 404, 'notFound');
    const body = (request.body ?? {}) as Record<string, unknown>;
    const upload = await readImageUpload(body.logo);
    // Set aside by this person only: a pending name typed into the form attaches nobody else's file.
    const owner = principal.userId;
    const pendingName = (await pendingExists(dataDir, owner, body[LOGO_PENDING_FIELD]))
      ? (body[LOGO_PENDING_FIELD] as string)
      : null;

    return handleForm(request, reply, {
      schema: profileSchema,
      refused: upload.ok ? null : { logo: LOGO_ERROR[upload.reason] },
      page: async (form) => {
        // A good image chosen with other mistakes is kept aside, so the person need not choose it again.
        const kept = upload.ok && upload.image ? await storePending(dataDir, owner, upload.image) : pendingName;
        const keptLabel =
          upload.ok && upload.image ? (body.logo as { filename: string }).filename : String(body[LOGO_LABEL_FIELD] ?? '');
        return page(request, profile, form, {
          currentUrl: logoUrl(profile.logoFile),
          pendingName: kept,
          pendingLabel: keptLabel,
        });
      },
      run: async (data) => {
        let stored: string | null = null;
        if (upload.ok && upload.image) stored = await storeImage(dataDir, 'logos', upload.image);
        else if (pendingName && (await promotePending(dataDir, owner, 'logos', pendingName))) stored = pendingName;
        const logo: LogoChange = stored
          ? { kind: 'replace', file: stored }
          : body.removeLogo === 'yes'
            ? { kind: 'remove' }
            : { kind: 'keep' };
        const result = await updateProfile(deps, principal, orgId, toProfileInput(data), logo).catch(
          async (err: unknown) => {
            await removeStored(dataDir, 'logos', stored);
            throw err;
          },
        );
        await removeStored(dataDir, 'logos', result.ok ? result.value.oldLogo : stored);
        return result;
      },
      done: ({ changed }) => ({
        to: `/${request.lang}/organisations/${orgId}`,
        flash: changed ? 'organisations.flash.profileSaved' : 'organisations.flash.profileUnchanged',
      }),
      failed: ({ error }) => refuse(request, reply, error),
    });
  });
}
