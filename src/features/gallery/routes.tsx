import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../platform/http/render.tsx';
import { handleForm } from '../../platform/http/forms.ts';
import { ok } from '../../platform/outcome.ts';
import { translator } from '../../platform/i18n/i18n.ts';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { GalleryPage } from './pages/gallery/view.tsx';
import { GALLERY_PATH, sampleErrors } from './pages/gallery/forms.tsx';
import { errorsSchema, fieldsSchema } from './pages/gallery/schema.ts';

/** The component gallery: a page for the secretariat and for the accessibility tests. */
export async function routes(app: FastifyInstance) {
  app.get('/:lang/secretariat/gallery', { config: { permission: 'secretariat' } }, async (request, reply) =>
    sendPage(request, reply, <GalleryPage fields={emptyForm()} errors={sampleErrors(translator(request.lang))} />),
  );

  // Both sample forms post here; the submit button names the form. Nothing is stored.
  // Both sample forms post here; the submit button names the form. Nothing is stored.
  app.post('/:lang/secretariat/gallery', { config: { permission: 'secretariat', uploads: true } }, async (request, reply) => {
    const lang = request.lang;
    const errorsForm = (request.body as { form?: unknown } | undefined)?.form === 'errors';
    // The form not sent is shown as it was: the empty fields, or the sample of every error.
    const page = (form: FormState) =>
      errorsForm ? (
        <GalleryPage fields={emptyForm()} errors={form} />
      ) : (
        <GalleryPage fields={form} errors={sampleErrors(translator(lang))} />
      );
    const done = () => ({ to: `/${lang}${GALLERY_PATH}`, flash: 'gallery.flash.sent' });
    const run = async () => ok(null);
    return errorsForm
      ? handleForm(request, reply, { schema: errorsSchema, page, run, done })
      : handleForm(request, reply, { schema: fieldsSchema, page, run, done });
  });
}
