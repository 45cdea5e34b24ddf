import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendPage, redirectWithFlash } from '../../platform/http/render.tsx';
import { sendError } from '../../platform/http/errors.tsx';
import { formWithErrors, parseForm, translateErrors, typedValues } from '../../platform/http/forms.ts';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { translator } from '../../platform/i18n/i18n.ts';
import { contentTypeOf, readStored } from '../../platform/files/storage.ts';
import { MAX_SCAN_BYTES } from '../../platform/files/scans.ts';
import { listVersions } from '../charter/service.ts';
import * as service from './service.ts';
import { receiveScan, SCAN_LABEL_FIELD, SCAN_PENDING_FIELD, type ScanState } from './scan.ts';
import { paperSchema, PAPER_FIELDS } from './pages/paper/schema.ts';
import { PaperSignaturePage, type PublishedVersion } from './pages/paper/view.tsx';
import { paperFormPdf } from './paper-form.ts';

// The paper route: the printable form anyone may download, and the secretariat's page that
// records a signed form (organisation, executive, date, charter version, scan).

const secretariat = { config: { permission: 'secretariat' as const } };

/** Errors in the order the fields appear, so the summary reads top to bottom. */
function inFormOrder(errors: Record<string, string>): Record<string, string> {
  const order: readonly string[] = ['_form', ...PAPER_FIELDS];
  return Object.fromEntries(
    Object.entries(errors).sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99)),
  );
}

export async function paperRoutes(app: FastifyInstance): Promise<void> {
  const deps = () => app.deps;

  async function publishedVersions(): Promise<PublishedVersion[]> {
    return (await listVersions(app.deps.db))
      .filter((v) => v.status !== 'draft' && v.publishedAt)
      .map((v) => ({ version: v.version, publishedAt: v.publishedAt!, inForce: v.status === 'in_force' }));
  }

  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    props: { form: FormState; scan: ScanState; notice?: service.PaperNotice },
    status = 200,
  ) => sendPage(request, reply, <PaperSignaturePage {...props} versions={await publishedVersions()} />, status);

  app.get('/:lang/sign/paper-form.pdf', { config: { permission: 'public' } }, async (request, reply) => {
    const pdf = await paperFormPdf(app.deps.db, request.lang, app.deps.config);
    if (!pdf) return sendError(request, reply, 404, 'notFound');
    reply.header('content-disposition', `inline; filename="${pdf.filename}"`);
    reply.header('cache-control', 'public, max-age=3600');
    return reply.type('application/pdf').send(pdf.data);
  });

  app.get('/:lang/secretariat/paper-signatures', { config: { ...secretariat.config, recentSecondFactor: true } }, async (request, reply) => {
    const inForce = (await publishedVersions()).find((v) => v.inForce);
    return render(request, reply, {
      form: emptyForm({ charterVersion: inForce ? String(inForce.version) : '', formLang: request.lang }),
      scan: {},
    });
  });

  app.post(
    '/:lang/secretariat/paper-signatures',
    { config: { permission: 'secretariat', uploads: { maxFileBytes: MAX_SCAN_BYTES } } },
    async (request, reply) => {
      const lang = request.lang;
      const t = translator(lang);
      const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, unknown>;
      const { scan, error: scanError } = await receiveScan(app.deps.config.dataDir, request.principal!.userId, body);
      const { [SCAN_PENDING_FIELD]: _pending, [SCAN_LABEL_FIELD]: _label, ...values } = typedValues(body);
      const again = (errors: Record<string, string>, notice?: service.PaperNotice) =>
        render(request, reply, { form: formWithErrors(values, inFormOrder(errors)), scan, notice }, 400);

      const parsed = parseForm(paperSchema, body, lang);
      const errors = parsed.ok ? {} : { ...parsed.form.errors };
      if (scanError) errors.scan = t(scanError);
      if (!parsed.ok || scanError || !scan.pendingName) return again(errors);

      const outcome = await service.recordPaperSignature(deps(), request.principal!, parsed.data, {
        pendingName: scan.pendingName,
      });
      if (!outcome.ok) return again(translateErrors(lang, outcome.errors, outcome.values), outcome.notice);
      return redirectWithFlash(
        reply,
        `/${lang}/secretariat/applications/${outcome.value.applicationId}`,
        'signing.flash.paperRecorded',
      );
    },
  );

  // The scan of a signature (`:file` is the signature's id): a file, not a page.
  app.get('/:lang/secretariat/scans/:file', secretariat, async (request, reply) => {
    const { file } = request.params as { file: string };
    const name = await service.paperScanOf(deps(), file);
    const body = name ? await readStored(app.deps.config.dataDir, 'scans', name) : null;
    if (!name || !body) return sendError(request, reply, 404, 'notFound');
    // Personal data (a signature): never cached, never shown inline where the file could act as a page.
    reply.header('cache-control', 'private, no-store');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('content-security-policy', "default-src 'none'; sandbox");
    reply.header('content-disposition', `attachment; filename="${name}"`);
    return reply.type(contentTypeOf(name)).send(body);
  });
}
