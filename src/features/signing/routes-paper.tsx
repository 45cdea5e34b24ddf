import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendPage } from '../../platform/http/render.tsx';
import { sendError } from '../../platform/http/errors.tsx';
import { formWithErrors, handleForm } from '../../platform/http/forms.ts';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { contentTypeOf, readStored } from '../../platform/files/storage.ts';
import { MAX_SCAN_BYTES } from '../../platform/files/scans.ts';
import { listVersions } from '../charter/service.ts';
import * as service from './service.ts';
import { receiveScan, SCAN_ERROR, SCAN_LABEL_FIELD, SCAN_PENDING_FIELD, type ScanState } from './scan.ts';
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

  const paperPage = async (props: { form: FormState; scan: ScanState; notice?: service.PaperNotice }) => (
    <PaperSignaturePage {...props} versions={await publishedVersions()} />
  );

  app.get('/:lang/sign/paper-form.pdf', { config: { permission: 'public' } }, async (request, reply) => {
    const pdf = await paperFormPdf(app.deps.db, request.lang, app.deps.config);
    if (!pdf) return sendError(request, reply, 404, 'notFound');
    reply.header('content-disposition', `inline; filename="${pdf.filename}"`);
    reply.header('cache-control', 'public, max-age=3600');
    return reply.type('application/pdf').send(pdf.data);
  });

  app.get('/:lang/secretariat/paper-signatures', { config: { ...secretariat.config, recentSecondFactor: true } }, async (request, reply) => {
    const inForce = (await publishedVersions()).find((v) => v.inForce);
    const form = emptyForm({ charterVersion: inForce ? String(inForce.version) : '', formLang: request.lang });
    return sendPage(request, reply, await paperPage({ form, scan: {} }));
  });

  /** The scan as this form receives it: a new file set aside, or the one kept from before. */
  const scanOf = (request: FastifyRequest) => {
    const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, unknown>;
    return receiveScan(app.deps.config.dataDir, request.principal!.userId, body);
  };

  app.post(
    '/:lang/secretariat/paper-signatures',
    {
      config: {
        permission: 'secretariat',
        // Recording a signature lists an organisation, like an approval: a recent code is asked.
        recentSecondFactor: true,
        uploads: { maxFileBytes: MAX_SCAN_BYTES },
        // The form may take long to fill in: asked for the code, the scan is kept, not lost.
        keepUploads: async (request) => {
          const { scan } = await scanOf(request);
          const kept: Record<string, string> = {};
          if (scan.pendingName) {
            kept[SCAN_PENDING_FIELD] = scan.pendingName;
            kept[SCAN_LABEL_FIELD] = scan.pendingLabel ?? '';
          }
          return kept;
        },
      },
    },
    async (request, reply) => {
      const { scan, error: scanError } = await scanOf(request);
      const pendingName = scan.pendingName;
      const view = (form: FormState, notice?: service.PaperNotice) => {
        const { [SCAN_PENDING_FIELD]: _pending, [SCAN_LABEL_FIELD]: _label, ...values } = form.values;
        return paperPage({ form: formWithErrors(values, inFormOrder(form.errors)), scan, notice });
      };
      return handleForm(request, reply, {
        schema: paperSchema,
        refused: scanError ? { scan: scanError } : pendingName ? null : { scan: SCAN_ERROR.missing },
        page: (form) => view(form),
        run: (data) => service.recordPaperSignature(deps(), request.principal!, data, { pendingName: pendingName! }),
        done: ({ applicationId, invited }) => ({
          to: `/${request.lang}/secretariat/applications/${applicationId}`,
          flash: invited ? 'signing.flash.paperRecordedInvited' : 'signing.flash.paperRecorded',
        }),
        failed: async ({ notice }, form) => sendPage(request, reply, await view(form, notice), 400),
      });
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
