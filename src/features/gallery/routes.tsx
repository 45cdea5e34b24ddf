import type { FastifyInstance } from 'fastify';
import { sendPage, redirectWithFlash } from '../../platform/http/render.tsx';
import { parseForm } from '../../platform/http/forms.ts';
import { translator } from '../../platform/i18n/i18n.ts';
import { emptyForm } from '../../platform/views/form.tsx';
import { GalleryPage } from './pages/gallery/view.tsx';
import { GALLERY_PATH, sampleErrors } from './pages/gallery/forms.tsx';
import { errorsSchema, fieldsSchema } from './pages/gallery/schema.ts';

/** The component gallery: a page for the secretariat and for the accessibility tests. */
export async function routes(app: FastifyInstance) {
  app.get('/:lang/secretariat/gallery', { config: { permission: 'secretariat' } }, async (request, reply) =>
    sendPage(request, reply, <GalleryPage fields={emptyForm()} errors={sampleErrors(translator(request.lang))} />),
  );

  // Both sample forms post here; the submit button names the form. Nothing is stored.
  app.post('/:lang/secretariat/gallery', { config: { permission: 'secretariat', uploads: true } }, async (request, reply) => {
    const lang = request.lang;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const which = body.form === 'errors' ? 'errors' : 'fields';
    const result = which === 'errors' ? parseForm(errorsSchema, body, lang) : parseForm(fieldsSchema, body, lang);
    if (result.ok) return redirectWithFlash(reply, `/${lang}${GALLERY_PATH}`, 'gallery.flash.sent');
    const fields = which === 'fields' ? result.form : emptyForm();
    const errors = which === 'errors' ? result.form : sampleErrors(translator(lang));
    return sendPage(request, reply, <GalleryPage fields={fields} errors={errors} />, 400);
  });
}
